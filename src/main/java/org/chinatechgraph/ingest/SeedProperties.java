package org.chinatechgraph.ingest;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the service loads on start.
 *
 * @param enabled load the curated seed graph (off to start on an empty or foreign database)
 * @param locations the fact files, in order; patterns are sorted by file name
 * @param retryInterval how long to wait before trying again when the database is away at start
 */
@ConfigurationProperties("ctg.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue({ "classpath:facts/reference/places.json",
				"classpath:facts/reference/places-curated.json", "classpath:facts/reference/sectors.json",
				"classpath:facts/seed/*.json" }) List<String> locations,
		@DefaultValue("5s") java.time.Duration retryInterval) {
}
