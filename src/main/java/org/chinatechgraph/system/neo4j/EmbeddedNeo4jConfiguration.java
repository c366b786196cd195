package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.chinatechgraph.system.QueryLimits;
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
import org.neo4j.fleetmanagement.FleetManagementSettings;
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
 * <p>
 * Neo4j's authentication is always on: Bolt clients, the service's driver included, log in as {@code neo4j} with
 * the configured password or the data directory's secret ({@link EmbeddedNeo4jSecret}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, QueryLimits limits,
			EmbeddedNeo4jPassword password) throws IOException {
		Path home = Path.of(properties.dataDir()).toAbsolutePath();
		log.info("Starting embedded Neo4j in {}", home);
		EmbeddedNeo4jAuth.writeInitialPassword(home, password.value());
		var builder = new DatabaseManagementServiceBuilder(home);
		if (password.generated()) {
			// Neo4j locks a user for 5 s after 3 failed logins, even against the right password: any web page could
			// keep the service's own user locked out so. Guessing 256 random bits needs no such brake; a configured
			// password, which may be weaker, keeps it.
			builder.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0);
		}
		var dbms = builder.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// a transaction that sets no timeout of its own (the service's all do) stops after the longest one allowed
			.setConfig(GraphDatabaseSettings.transaction_timeout, limits.writeTimeout())
			.setConfig(GraphDatabaseSettings.memory_transaction_max_size, limits.transactionMemory().toBytes())
			// Bolt's network threads otherwise wait ten seconds of quiet before the service can stop
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(200))
			// nothing leaves the machine: Neo4j would otherwise post usage data (a store id, the machine's memory and
			// processors) to its vendor, announce itself every 30 s by UDP broadcast on the local network, and accept
			// registration with the vendor's online monitoring
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enable_discovery, false)
			.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
			.build();
		try {
			EmbeddedNeo4jAuth.removeInitialPassword(home);
			// the embedded API needs no login; this is the password Bolt clients, the service included, log in with
			EmbeddedNeo4jAuth.require(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password.value());
		}
		catch (IOException | RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		return dbms;
	}

	/** The password of user {@code neo4j}: configured, or the data directory's secret (made on the first start). */
	@Bean
	EmbeddedNeo4jPassword embeddedNeo4jPassword(EmbeddedNeo4jProperties properties) throws IOException {
		Path home = Path.of(properties.dataDir()).toAbsolutePath();
		String configured = properties.authPassword();
		return new EmbeddedNeo4jPassword(EmbeddedNeo4jSecret.password(home, configured),
				configured == null || configured.isEmpty());
	}

	/**
	 * Held apart from the properties, so that it is in no bean's toString.
	 *
	 * @param generated true for the data directory's secret, false for a configured password
	 */
	record EmbeddedNeo4jPassword(String value, boolean generated) {

		@Override
		public String toString() {
			return "EmbeddedNeo4jPassword[...]";
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
			EmbeddedNeo4jPassword password) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort());
		log.info("Embedded Neo4j is up, Bolt at {}", uri);
		return new EmbeddedConnectionDetails(uri, AuthTokens.basic(EmbeddedNeo4jProperties.USER, password.value()));
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
