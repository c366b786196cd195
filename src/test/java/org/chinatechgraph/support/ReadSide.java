package org.chinatechgraph.support;

import org.chinatechgraph.system.neo4j.SharedNeo4j;

import org.springframework.boot.test.context.TestConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.chinatechgraph.graph.ReadCacheProperties;
import org.chinatechgraph.ingest.SeedProperties;
import org.chinatechgraph.system.QueryLimits;
import org.chinatechgraph.system.neo4j.EmbeddedNeo4jProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * What a slice adds to what its test names: the read side's repositories and shared read machinery (the graph's
 * model and lists, filters, the GraphQL configuration and limits, the reads of Cypher), the seed's loader, and the
 * shared database. No controller comes with it (the test names its own), nor the web, security, consoles,
 * commands or ingestion.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = { "org.chinatechgraph.graph", "org.chinatechgraph.filter",
		"org.chinatechgraph.organization", "org.chinatechgraph.partnership", "org.chinatechgraph.place",
		"org.chinatechgraph.program", "org.chinatechgraph.project", "org.chinatechgraph.provenance",
		"org.chinatechgraph.search", "org.chinatechgraph.sector", "org.chinatechgraph.summary",
		"org.chinatechgraph.system", "org.chinatechgraph.ingest" },
		excludeFilters = { @ComponentScan.Filter(Controller.class),
				@ComponentScan.Filter({ TestConfiguration.class, TestComponent.class }),
				@ComponentScan.Filter(type = FilterType.REGEX,
						pattern = "org\\.chinatechgraph\\.(ingest\\.(pipeline|resolve|extract|article)|system\\.web)\\..*"),
				@ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.EmbeddedNeo4jConfiguration") })
@EnableConfigurationProperties({ QueryLimits.class, ReadCacheProperties.class, SeedProperties.class,
		EmbeddedNeo4jProperties.class })
@Import(SharedNeo4j.class)
class ReadSide {

	/** What the GraphQL metrics count into; the service's comes with the actuator, which a slice has not. */
	@Bean
	SimpleMeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	/** What the GraphQL instrumentation observes into; the service's comes with the actuator too. */
	@Bean
	ObservationRegistry observationRegistry() {
		return ObservationRegistry.create();
	}

}
