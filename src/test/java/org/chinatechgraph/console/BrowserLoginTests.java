package org.chinatechgraph.console;

import java.nio.file.Path;
import java.util.Map;

import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Browser's login is made anew with each start of the service, and the one before stops working. */
@SystemTest
class BrowserLoginTests {

	@Test
	void eachStartMakesANewLoginAndEndsTheOneBefore() {
		Path data = TestDatabase.newDataDirectory("browser-login");
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.build();
		try {
			var embedded = new StaticListableBeanFactory(Map.of("embeddedNeo4j", dbms))
				.getBeanProvider(DatabaseManagementService.class);
			int port = ((GraphDatabaseAPI) dbms.database("neo4j")).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			String bolt = "bolt://127.0.0.1:" + port;

			var first = new BrowserLogin(embedded);
			assertThat(first.available()).isTrue();
			assertThat(first.user()).isEqualTo("browser");
			try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic(first.user(), first.password()))) {
				driver.verifyConnectivity();
			}
			var second = new BrowserLogin(embedded);
			assertThat(second.password()).isNotEqualTo(first.password()).hasSize(43);
			try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic(first.user(), first.password()))) {
				assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic(second.user(), second.password()))) {
				driver.verifyConnectivity();
			}
		}
		finally {
			dbms.shutdown();
		}
	}

	@Test
	void withAnExternalDatabaseThereIsNone() {
		var none = new StaticListableBeanFactory().getBeanProvider(DatabaseManagementService.class);
		assertThat(new BrowserLogin(none).available()).isFalse();
	}

}
