package org.chinatechgraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Neo4j that runs inside the service when no {@code NEO4J_URI} is given.
 *
 * @param dataDir where the store lives; it survives restarts
 * @param boltHost the address the Bolt connector listens on (loopback unless configured)
 * @param boltPort the Bolt port; 0 picks a free one
 */
@ConfigurationProperties("ctg.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") String dataDir,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort) {
}
