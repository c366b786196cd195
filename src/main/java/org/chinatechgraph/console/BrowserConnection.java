package org.chinatechgraph.console;

import java.net.URI;

import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Where Neo4j Browser connects: the Bolt address the service itself uses, that is the embedded connector's real
 * port or {@code NEO4J_URI}. Browser reaches it over a WebSocket on the same port.
 */
@Component
class BrowserConnection {

	private final Neo4jConnectionDetails database;

	BrowserConnection(Neo4jConnectionDetails database) {
		this.database = database;
	}

	/** The Bolt URL, with a wildcard listen address (0.0.0.0) replaced by {@code fallbackHost}. */
	String boltUrl(String fallbackHost) {
		URI uri = this.database.getUri();
		return uri.getScheme() + "://" + host(fallbackHost) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
	}

	/** The Bolt host, with a wildcard listen address replaced by {@code fallbackHost}. */
	String host(String fallbackHost) {
		String host = this.database.getUri().getHost();
		boolean wildcard = host == null || host.equals("0.0.0.0") || host.equals("[::]") || host.equals("::");
		return wildcard ? fallbackHost : host;
	}

	/** True when the database asks for no login, as the embedded one does. */
	boolean noLogin() {
		return AuthTokens.none().equals(this.database.getAuthToken());
	}

}
