package org.chinatechgraph.console;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.chinatechgraph.system.neo4j.EmbeddedNeo4jSecret;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The login Neo4j Browser at {@code /browser} gets on the embedded database: a Neo4j user of its own,
 * {@value #USER}, whose password is made anew, at random, each time the service starts and is kept in memory only.
 * So the password of user {@code neo4j} (the data directory's secret, which the service and other tools use) never
 * reaches a web page, and what a page was given stops working when the service stops. Neo4j Community has no roles:
 * while the service runs, this user may do what {@code neo4j} may. Not there with an external database.
 * <p>
 * Neo4j hashes the password and plans the statement on its system database, about three seconds on a cold start:
 * that happens beside the service's start, and the first request for the login waits for it.
 */
@Component
@ConditionalOnWebApplication
class BrowserLogin {

	static final String USER = "browser";

	private final String password;

	private final CompletableFuture<Void> created;

	BrowserLogin(ObjectProvider<DatabaseManagementService> embedded) {
		DatabaseManagementService dbms = embedded.getIfAvailable();
		if (dbms == null) {
			this.password = null;
			this.created = CompletableFuture.completedFuture(null);
			return;
		}
		this.password = EmbeddedNeo4jSecret.generate();
		// the embedded API needs no login; replacing the user ends the password of the service's last run
		this.created = CompletableFuture.runAsync(() -> dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("CREATE OR REPLACE USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", this.password)), BrowserLogin::daemon);
	}

	private static void daemon(Runnable task) {
		Thread thread = new Thread(task, "browser-login");
		thread.setDaemon(true);
		thread.start();
	}

	/** True on the embedded database, where Browser is handed this login. */
	boolean available() {
		return this.password != null;
	}

	String user() {
		return USER;
	}

	/** The password, once Neo4j has the user: waits for that, and fails as making the user failed. */
	String password() {
		this.created.join();
		return this.password;
	}

	@Override
	public String toString() {
		return "BrowserLogin[" + USER + "]";
	}

}
