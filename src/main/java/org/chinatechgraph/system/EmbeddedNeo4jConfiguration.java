package org.chinatechgraph.system;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j inside the service when no external database is configured, and points the driver
 * at its Bolt connector. Everything else in the service talks to Neo4j through the driver only,
 * so embedded and external mode share every line of query code.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		Path home = Path.of(properties.dataDir()).toAbsolutePath();
		log.info("Starting embedded Neo4j in {}", home);
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Bolt's network threads otherwise wait ten seconds of quiet before the service can stop
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(200))
			.build();
	}

	@Bean
	Neo4jConnectionDetails embeddedConnectionDetails(DatabaseManagementService embeddedNeo4j) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info("Embedded Neo4j is up, Bolt at {}", uri);
		return new EmbeddedConnectionDetails(uri);
	}

	record EmbeddedConnectionDetails(URI uri) implements Neo4jConnectionDetails {

		@Override
		public URI getUri() {
			return this.uri;
		}

		@Override
		public AuthToken getAuthToken() {
			return AuthTokens.none();
		}

	}

}
