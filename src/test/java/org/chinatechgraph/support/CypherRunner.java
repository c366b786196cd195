package org.chinatechgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.data.neo4j.core.Neo4jClient;

/** Runs a read statement and returns its rows, through a service's client or on an embedded database directly. */
@FunctionalInterface
public interface CypherRunner {

	List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters);

	default List<Map<String, Object>> rows(String cypher) {
		return rows(cypher, Map.of());
	}

	static CypherRunner of(Neo4jClient neo4j) {
		return (cypher, parameters) -> List.copyOf(neo4j.query(cypher).bindAll(parameters).fetch().all());
	}

	/** Through a Neo4j driver, as any client over Bolt. */
	static CypherRunner of(Driver driver) {
		return (cypher, parameters) -> driver.executableQuery(cypher)
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map(Record::asMap)
			.toList();
	}

	static CypherRunner of(GraphDatabaseService database) {
		return (cypher, parameters) -> database.executeTransactionally(cypher, parameters, result -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			result.forEachRemaining(rows::add);
			return rows;
		});
	}

}
