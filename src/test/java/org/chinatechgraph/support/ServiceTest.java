package org.chinatechgraph.support;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service, whole, on the test database with the seed graph loaded, queried over HTTP; it accepts the
 * {@link TestCredentials}. For what only the whole shows: security, the consoles, limits, the example operations end
 * to end; a room's answers are asked of its slice ({@link GraphQlSlice}). Every subclass shares one application
 * context (and so one database): subclasses only read, or put back what they change. The cache of reads is off, so
 * that a test counting the statements a request sends sees them each time; {@code ReadCacheTests} make caches of
 * their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.test.webtestclient.timeout=PT30S")
@AutoConfigureHttpGraphQlTester
@Import(TestConfig.class)
public abstract class ServiceTest implements GraphChecks {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.configure(registry);
		TestCredentials.configure(registry);
		registry.add("ctg.read-cache.enabled", () -> "false");
		// nor does the service ask the explorer's landing questions itself at start, which would count with a test's
		registry.add("ctg.explorer.warm-up", () -> "false");
	}

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected RoundTrips roundTrips;

	@Autowired
	protected Neo4jClient neo4j;

	@Autowired
	protected AtomicReference<SchemaReport> schemaReport;

	@Override
	public Neo4jClient neo4jClient() {
		return this.neo4j;
	}

}
