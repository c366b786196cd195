package org.chinatechgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one definition of the tests' database. Where Docker runs (and {@code ctg.test.docker} is not false) it is
 * Neo4j in a Testcontainers container, reached by URI like any external server, shared by the whole service's tests
 * and the slices; elsewhere the whole service's tests run on the service's own embedded Neo4j, in a fresh directory
 * with Bolt on a free loopback port, and the slices on one Neo4j this class starts in the JVM ({@link #shared()}).
 * Either way, a real Neo4j.
 */
public final class TestDatabase {

	private static final String IMAGE = "neo4j:2026.08.1";

	private static Neo4jContainer container;

	private static Path embeddedDirectory;

	private static Shared shared;

	private static final String PREFIX = "ctg-";

	private static boolean swept;

	private TestDatabase() {
	}

	/** Points the service under test at the test database. */
	public static synchronized void configure(DynamicPropertyRegistry registry) {
		if (useDocker()) {
			registry.add("spring.neo4j.uri", container()::getBoltUrl);
		}
		else {
			registry.add("ctg.embedded.data-dir", () -> embeddedDirectory().toString());
			registry.add("ctg.embedded.bolt-port", () -> "0");
		}
	}

	/**
	 * The database the slices share ({@link GraphQlSlice}, {@link RepositorySlice}): the container where Docker runs,
	 * else a Neo4j started in this JVM once, with Bolt on a free loopback port and no login, kept until the JVM
	 * exits. A slice has no embedded Neo4j of its own, so that the many small contexts of the slices start in a
	 * second or two each and all read one graph, which the first of them loads.
	 */
	public static synchronized Shared shared() {
		if (shared == null) {
			shared = useDocker() ? new Shared(URI.create(container().getBoltUrl()), null) : startShared();
		}
		return shared;
	}

	/**
	 * Where the slices' database is.
	 *
	 * @param bolt its Bolt address
	 * @param inProcess the database management service when it runs in this JVM, for reads through its Java API as
	 * the service makes them on its embedded Neo4j; null for the container
	 */
	public record Shared(URI bolt, DatabaseManagementService inProcess) {
	}

	private static Neo4jContainer container() {
		if (container == null) {
			System.out.println("Test database: Neo4j " + IMAGE + " in a Testcontainers container");
			container = new Neo4jContainer(IMAGE).withoutAuthentication();
			container.start();
		}
		return container;
	}

	private static Shared startShared() {
		var dbms = new DatabaseManagementServiceBuilder(newDataDirectory("slices"))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enable_discovery, false)
			.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "slices-neo4j-shutdown"));
		var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		System.out.println("Slices' database: Neo4j in-process, Bolt at " + bolt);
		return new Shared(URI.create("bolt://" + bolt.getHost() + ":" + bolt.getPort()), dbms);
	}

	/**
	 * A new empty directory for a Neo4j store. A store stays open until the JVM's last moment (the service's and the
	 * slices' databases close in shutdown hooks), so it cannot be removed then; the stores that earlier runs left
	 * behind are removed here instead, by {@link LeftoverStores}, before the first new one is made.
	 */
	public static synchronized Path newDataDirectory(String name) {
		if (!swept) {
			swept = true;
			LeftoverStores.sweep(Path.of(System.getProperty("java.io.tmpdir")), PREFIX);
		}
		try {
			return Files.createTempDirectory(PREFIX + name + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path embeddedDirectory() {
		if (embeddedDirectory == null) {
			System.out.println("Test database: the service's embedded Neo4j, in-process (no Docker engine found)");
			embeddedDirectory = newDataDirectory("test");
		}
		return embeddedDirectory;
	}

	private static boolean useDocker() {
		if ("false".equals(System.getProperty("ctg.test.docker"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
