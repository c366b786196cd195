package org.chinatechgraph.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The read API as a slice ({@link ReadApiSlice}), asked through {@code GraphQlTester}, with the counter of the
 * statements it sends and a client for checking the graph. Subclasses share one application context and the
 * slices' database; what they load into it they retract.
 */
@ReadApiSlice
public abstract class ReadApiTest implements GraphChecks {

	@Autowired
	protected GraphQlTester graphQl;

	@Autowired
	protected RoundTrips roundTrips;

	@Autowired
	protected Neo4jClient neo4j;

	@Override
	public Neo4jClient neo4jClient() {
		return this.neo4j;
	}

}
