package org.chinatechgraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j that runs inside the service when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the store lives; it survives restarts
 * @param boltHost the address the Bolt connector listens on (loopback unless configured)
 * @param boltPort the Bolt port; 0 picks a free one
 * @param authPassword when set, Neo4j's own authentication is on and user {@code neo4j} has this password; it
 * must be set for Bolt to listen on any address but loopback
 */
@ConfigurationProperties("ctg.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") String dataDir,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort, String authPassword) {

	/** The user the service connects as when Neo4j's authentication is on. */
	public static final String USER = "neo4j";

	public boolean authEnabled() {
		return this.authPassword != null && !this.authPassword.isEmpty();
	}

	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDir=" + this.dataDir + ", boltHost=" + this.boltHost + ", boltPort="
				+ this.boltPort + ", auth=" + authEnabled() + "]";
	}

}
