package org.chinatechgraph.reliability;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A second Neo4j in the test's JVM, which the service reaches only over Bolt on a fixed loopback port, as it would a
 * server: it can be stopped and started again on the same store and port.
 */
final class ExternalDatabase implements AutoCloseable {

	private final Path store;

	private final int port;

	private DatabaseManagementService dbms;

	ExternalDatabase(Path store, int port) {
		this.store = store;
		this.port = port;
	}

	String uri() {
		return "bolt://127.0.0.1:" + this.port;
	}

	synchronized void start() {
		this.dbms = new DatabaseManagementServiceBuilder(this.store).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", this.port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(200))
			.build();
	}

	synchronized void stop() {
		if (this.dbms != null) {
			this.dbms.shutdown();
			this.dbms = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

}
