package org.chinatechgraph.system;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
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

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j inside the service when no external database is configured, and points the driver
 * at its Bolt connector. Writes go through the driver; reads run through Neo4j's Java API
 * ({@link InProcessReads}) unless {@code ctg.embedded.in-process-reads=false}. Both ways send the
 * same statements, so embedded and external mode share every line of query code.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, QueryLimits limits) {
		requireAuthOffLoopback(properties);
		Path home = Path.of(properties.dataDir()).toAbsolutePath();
		log.info("Starting embedded Neo4j in {}", home);
		var dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			// a transaction that sets no timeout of its own (the service's all do) stops after the longest one allowed
			.setConfig(GraphDatabaseSettings.transaction_timeout, limits.writeTimeout())
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, limits.transactionMemory().toBytes())
			// Bolt's network threads otherwise wait ten seconds of quiet before the service can stop
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(200))
			.build();
		if (properties.authEnabled()) {
			// the embedded API needs no login; this sets the password Bolt clients, the service included, log in with
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + EmbeddedNeo4jProperties.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", properties.authPassword()));
		}
		return dbms;
	}

	/**
	 * Without Neo4j's own authentication anyone who reaches the Bolt port can read and change the graph: that is
	 * only acceptable on loopback, where only this machine reaches it.
	 */
	static void requireAuthOffLoopback(EmbeddedNeo4jProperties properties) {
		if (properties.authEnabled() || isLoopback(properties.boltHost())) {
			return;
		}
		throw new IllegalStateException("ctg.embedded.bolt-host is " + properties.boltHost()
				+ ", not a loopback address, and Neo4j authentication is off: set ctg.embedded.auth-password"
				+ " (CTG_NEO4J_PASSWORD) to turn it on, or keep Bolt on 127.0.0.1");
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "ctg.embedded.in-process-reads", matchIfMissing = true)
	InProcessReads inProcessReads(DatabaseManagementService embeddedNeo4j, QueryLimits limits) {
		return new InProcessReads(embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
				limits.queryTimeout());
	}

	@Bean
	Neo4jConnectionDetails embeddedConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info("Embedded Neo4j is up, Bolt at {}", uri);
		AuthToken auth = properties.authEnabled()
				? AuthTokens.basic(EmbeddedNeo4jProperties.USER, properties.authPassword()) : AuthTokens.none();
		return new EmbeddedConnectionDetails(uri, auth);
	}

	record EmbeddedConnectionDetails(URI uri, AuthToken auth) implements Neo4jConnectionDetails {

		@Override
		public URI getUri() {
			return this.uri;
		}

		@Override
		public AuthToken getAuthToken() {
			return this.auth;
		}

		@Override
		public String toString() {
			return "EmbeddedConnectionDetails[" + this.uri + "]";
		}

	}

}
