package org.chinatechgraph.support;

import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/** What a test reads of the graph beside the API's answers, to compare the graph before and after. */
public interface GraphChecks {

	Neo4jClient neo4jClient();

	/** The one number a Cypher count returns. */
	default long count(String cypher) {
		return neo4jClient().query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	/** The one row a Cypher read returns. */
	default Map<String, Object> one(String cypher, Map<String, Object> parameters) {
		return neo4jClient().query(cypher).bindAll(parameters).fetch().one().orElseThrow();
	}

}
