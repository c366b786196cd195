package org.chinatechgraph.system.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j that runs inside the service when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the store lives; it survives restarts
 * @param boltHost the address the Bolt connector listens on (loopback unless configured)
 * @param boltPort the Bolt port; 0 picks a free one
 * @param authPassword the password of Neo4j's user {@code neo4j}; when it is not set, the service makes a secret on
 * its first start and keeps it in the data directory ({@link EmbeddedNeo4jSecret}). Neo4j's authentication is on
 * either way.
 */
@ConfigurationProperties("ctg.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") String dataDir,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort, String authPassword) {

	/** The user the service connects as. */
	public static final String USER = "neo4j";

	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDir=" + this.dataDir + ", boltHost=" + this.boltHost + ", boltPort="
				+ this.boltPort + ", authPassword=" + ((this.authPassword == null || this.authPassword.isEmpty())
						? "(from the data directory)" : "(configured)") + "]";
	}

}
