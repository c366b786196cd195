package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.UserSerialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives Neo4j's user {@code neo4j} the service's password, with no moment in which Bolt accepts a guessable one.
 * <p>
 * A new store, and one made before authentication was on, has user {@code neo4j} with Neo4j's default password
 * ({@code neo4j}, to be changed at first login). Setting the password once the database has started would leave Bolt
 * open to that default for a moment, and whoever logs in with it then may change it. So before start the password
 * goes into {@code data/dbms/auth.ini}, the file {@code neo4j-admin dbms set-initial-password} writes: while starting,
 * before Bolt listens, Neo4j gives it to a user that still has the default password. After start {@link #require}
 * checks the stored credential and sets the password only when it differs (a changed configured password, a new secret
 * file); what Bolt accepted until then was the previous password, which was never a default.
 */
final class EmbeddedNeo4jAuth {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jAuth.class);

	private EmbeddedNeo4jAuth() {
	}

	/** Writes {@code auth.ini} for the store in {@code home} (readable by its owner only), and returns where. */
	static Path writeInitialPassword(Path home, String password) throws IOException {
		Path file = initialPasswordFile(home);
		var credential = SystemGraphCredential.createCredentialForPassword(bytes(password), new SecureHasher());
		var user = new User(EmbeddedNeo4jProperties.USER, null, credential, false, false);
		EmbeddedNeo4jSecret.write(file, new UserSerialization().serialize(List.of(user)), true);
		return file;
	}

	/** Removes {@code auth.ini} once Neo4j has read it: it holds a hash of the password. */
	static void removeInitialPassword(Path home) throws IOException {
		Files.deleteIfExists(initialPasswordFile(home));
	}

	static Path initialPasswordFile(Path home) {
		return CommunitySecurityModule
			.getInitialUserRepositoryFile(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
	}

	/**
	 * Makes {@code password} the one of user {@code neo4j} in the started database, with no change required at the
	 * next login, unless it is already.
	 */
	static void require(GraphDatabaseService system, String password) {
		String user = EmbeddedNeo4jProperties.USER;
		Map<String, Object> parameters = Map.of("password", password);
		switch (stored(system, user, password)) {
			case MISSING -> {
				log.info("Creating Neo4j's user {}", user);
				system.executeTransactionally("CREATE USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
						parameters);
			}
			case OTHER -> {
				log.info("Setting the password of Neo4j's user {}", user);
				system.executeTransactionally("ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
						parameters);
			}
			case TO_BE_CHANGED -> system.executeTransactionally("ALTER USER " + user + " SET PASSWORD CHANGE NOT REQUIRED");
			case SAME -> {
				// nothing to do (Neo4j refuses to set a password a user already has)
			}
		}
	}

	enum Stored {

		MISSING, OTHER, TO_BE_CHANGED, SAME

	}

	/** How the user's stored password compares with {@code password}: read from the system graph as Neo4j does. */
	static Stored stored(GraphDatabaseService system, String user, String password) {
		try (Transaction tx = system.beginTx()) {
			Node node = tx.findNode(Label.label("User"), "name", user);
			if (node == null) {
				return Stored.MISSING;
			}
			var credential = SystemGraphCredential.deserialize((String) node.getProperty("credentials"), new SecureHasher());
			if (!credential.matchesPassword(bytes(password))) {
				return Stored.OTHER;
			}
			return Boolean.TRUE.equals(node.getProperty("passwordChangeRequired", false)) ? Stored.TO_BE_CHANGED
					: Stored.SAME;
		}
		catch (FormatException ex) {
			throw new IllegalStateException("Cannot read the stored credential of Neo4j's user " + user, ex);
		}
	}

	private static byte[] bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8);
	}

}
