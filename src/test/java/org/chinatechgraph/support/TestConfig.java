package org.chinatechgraph.support;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/** What every service test adds: the test database, a round-trip counter, and the schema inspection report. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

	@Bean
	static RoundTrips roundTrips() {
		return new RoundTrips();
	}

	@Bean
	AtomicReference<SchemaReport> schemaReport() {
		return new AtomicReference<>();
	}

	@Bean
	GraphQlSourceBuilderCustomizer inspectSchema(AtomicReference<SchemaReport> schemaReport) {
		return builder -> builder.inspectSchemaMappings(schemaReport::set);
	}

}
