package org.chinatechgraph.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The service, whole, queried over HTTP, with the seed graph loaded; it accepts the {@link TestCredentials}. Which
 * database it runs on is its subclasses' to say: {@link ServiceTest} the one most tests share,
 * {@link LimitsLiftedServiceTest} one of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.test.webtestclient.timeout=PT30S")
@AutoConfigureHttpGraphQlTester
@Import(TestConfig.class)
public abstract class ServiceTestBase {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected RoundTrips roundTrips;

	@Autowired
	protected Neo4jClient neo4j;

	@Autowired
	protected AtomicReference<SchemaReport> schemaReport;

	/** Counts of what Cypher returns, for assertions that compare the graph before and after. */
	protected long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	protected Map<String, Object> one(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher).bindAll(parameters).fetch().one().orElseThrow();
	}

}
