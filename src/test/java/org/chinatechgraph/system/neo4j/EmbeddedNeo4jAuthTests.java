package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestDatabase;
import org.chinatechgraph.system.QueryLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Neo4j's authentication on the embedded database: the secret in the data directory (owner-only, made once, kept
 * across restarts, overridden by configuration), and Bolt refusing whoever does not have it, on a new store and on one
 * made before authentication was on.
 */
@SystemTest
class EmbeddedNeo4jAuthTests {

	@TempDir
	Path dir;

	@Test
	void theSecretIsMadeOwnerOnlyOnceAndConfigurationOverridesIt() throws IOException {
		String secret = EmbeddedNeo4jSecret.password(this.dir, null);
		Path file = this.dir.resolve(EmbeddedNeo4jSecret.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).isEqualTo(secret + "\n");
		// 32 random bytes in URL-safe Base64
		assertThat(secret).matches("[A-Za-z0-9_-]{43}");
		assertThat(EmbeddedNeo4jSecret.password(this.dir, null)).isEqualTo(secret);
		assertThat(EmbeddedNeo4jSecret.password(this.dir, "")).isEqualTo(secret);
		assertThat(EmbeddedNeo4jSecret.password(this.dir, "a-configured-password")).isEqualTo("a-configured-password");
		assertThat(EmbeddedNeo4jSecret.password(Files.createDirectory(this.dir.resolve("other")), null)).isNotEqualTo(secret);
		try (var files = Files.list(this.dir)) {
			assertThat(files).as("no temporary file is left").extracting(Path::getFileName).map(Path::toString)
				.containsExactlyInAnyOrder(EmbeddedNeo4jSecret.FILE_NAME, "other");
		}
	}

	@Test
	void aSecretFileOthersCouldReadIsMadeOwnerOnlyAndAnEmptyOneIsReplaced() throws IOException {
		Path file = this.dir.resolve(EmbeddedNeo4jSecret.FILE_NAME);
		Files.writeString(file, "a-password-put-here-by-hand\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(EmbeddedNeo4jSecret.password(this.dir, null)).isEqualTo("a-password-put-here-by-hand");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

		Files.writeString(file, "");
		String secret = EmbeddedNeo4jSecret.password(this.dir, null);
		assertThat(secret).hasSize(43);
		assertThat(Files.readString(file)).isEqualTo(secret + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	/**
	 * A data directory of the service from before authentication was on: user neo4j has Neo4j's default password. The
	 * service starts on it, keeps its graph, and Bolt then refuses every login but the secret's, after a restart too.
	 */
	@Test
	void aStoreFromBeforeAuthenticationIsProtectedFromItsFirstStartOn() throws IOException {
		Path data = TestDatabase.newDataDirectory("before-auth");
		var old = new DatabaseManagementServiceBuilder(data).setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.build();
		old.database("neo4j").executeTransactionally("CREATE (:BeforeAuth {id: 'kept'})");
		old.shutdown();

		String secret;
		try (var service = RunningService.start("ctg.embedded.data-dir=" + data, "ctg.embedded.bolt-port=0",
				"ctg.seed.enabled=false")) {
			Path file = data.resolve(EmbeddedNeo4jSecret.FILE_NAME);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			secret = Files.readString(file, StandardCharsets.UTF_8).strip();
			String bolt = boltUri(service);
			assertRefused(bolt, AuthTokens.none());
			assertRefused(bolt, AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(bolt, AuthTokens.basic("neo4j", "password"));
			assertThat(count(bolt, AuthTokens.basic("neo4j", secret), "MATCH (n:BeforeAuth {id: 'kept'}) RETURN count(n)"))
				.isOne();
			assertThat(EmbeddedNeo4jAuth.initialPasswordFile(data)).as("auth.ini is removed once read").doesNotExist();
			// the service's own reads (in-process) and writes (over Bolt, logged in)
			service.context().getBean(org.springframework.data.neo4j.core.Neo4jClient.class)
				.query("CREATE (:BeforeAuth {id: 'written'})").run();
			assertThat(service.graphQl().document("{ projects { totalCount } }").execute().path("projects.totalCount")
				.entity(Integer.class).get()).isZero();
		}
		try (var database = Embedded.start(data, null)) {
			assertThat(Files.readString(data.resolve(EmbeddedNeo4jSecret.FILE_NAME)).strip()).isEqualTo(secret);
			assertRefused(database.bolt(), AuthTokens.none());
			assertThat(count(database.bolt(), AuthTokens.basic("neo4j", secret), "MATCH (n:BeforeAuth) RETURN count(n)"))
				.isEqualTo(2);
		}
	}

	/**
	 * Neo4j itself gives user neo4j the password of auth.ini while starting, so Bolt never accepts the default one:
	 * started here with no step of the service's after the start, a store from before authentication refuses it.
	 */
	@Test
	void neo4jTakesThePasswordBeforeBoltOpens() throws IOException {
		Path data = TestDatabase.newDataDirectory("initial-password");
		new DatabaseManagementServiceBuilder(data).setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.build()
			.shutdown();
		EmbeddedNeo4jAuth.writeInitialPassword(data, "the-initial-password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedNeo4jAuth.initialPasswordFile(data))))
			.isEqualTo("rw-------");
		var dbms = new DatabaseManagementServiceBuilder(data).setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new org.neo4j.configuration.helpers.SocketAddress("127.0.0.1", 0))
			.build();
		try {
			var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			assertThat(EmbeddedNeo4jAuth.stored(system, "neo4j", "the-initial-password"))
				.isEqualTo(EmbeddedNeo4jAuth.Stored.SAME);
			assertThat(EmbeddedNeo4jAuth.stored(system, "neo4j", "neo4j")).isEqualTo(EmbeddedNeo4jAuth.Stored.OTHER);
		}
		finally {
			dbms.shutdown();
		}
	}

	/**
	 * A configured password replaces the secret; without it again, the secret is Neo4j's password again. Failed logins
	 * lock the user for a while with a configured password only.
	 */
	@Test
	void aConfiguredPasswordIsGivenToNeo4jAndTakenBackWithoutIt() throws IOException {
		Path data = TestDatabase.newDataDirectory("configured-password");
		String secret = EmbeddedNeo4jSecret.password(data, null);
		try (var database = Embedded.start(data, "a-configured-password")) {
			assertRefused(database.bolt(), AuthTokens.basic("neo4j", secret));
			assertThat(count(database.bolt(), AuthTokens.basic("neo4j", "a-configured-password"), "RETURN 1")).isOne();
			// a configured password keeps Neo4j's brake on guessing: three failures lock the user for a while
			for (int i = 0; i < 3; i++) {
				assertRefused(database.bolt(), AuthTokens.basic("neo4j", "a-guess-" + i));
			}
			assertRefused(database.bolt(), AuthTokens.basic("neo4j", "a-configured-password"));
		}
		try (var database = Embedded.start(data, null)) {
			assertRefused(database.bolt(), AuthTokens.basic("neo4j", "a-configured-password"));
			// with the generated secret, failures lock no one out: a web page could keep the service's user locked so
			for (int i = 0; i < 5; i++) {
				assertRefused(database.bolt(), AuthTokens.basic("neo4j", "a-guess-" + i));
			}
			assertThat(count(database.bolt(), AuthTokens.basic("neo4j", secret), "RETURN 1")).isOne();
		}
	}

	/** The embedded database as the service starts it, without the rest of the service. */
	record Embedded(DatabaseManagementService dbms, String bolt) implements AutoCloseable {

		static Embedded start(Path data, String configuredPassword) throws IOException {
			var configuration = new EmbeddedNeo4jConfiguration();
			var properties = new EmbeddedNeo4jProperties(data.toString(), "127.0.0.1", 0, configuredPassword);
			var password = configuration.embeddedNeo4jPassword(properties);
			var dbms = configuration.embeddedNeo4j(properties, QueryLimits.defaults(), password);
			return new Embedded(dbms, configuration.embeddedConnectionDetails(dbms, password).getUri().toString());
		}

		@Override
		public void close() {
			this.dbms.shutdown();
		}

	}

	private static String boltUri(RunningService service) {
		return service.context().getBean(Neo4jConnectionDetails.class).getUri().toString();
	}

	static void assertRefused(String bolt, AuthToken auth) {
		try (var driver = GraphDatabase.driver(bolt, auth)) {
			assertThatThrownBy(driver::verifyConnectivity).as("a login with %s", auth)
				.isInstanceOfAny(AuthenticationException.class, SecurityException.class);
		}
	}

	private static long count(String bolt, AuthToken auth, String cypher) {
		try (var driver = GraphDatabase.driver(bolt, auth)) {
			return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
		}
	}

}
