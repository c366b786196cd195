package org.chinatechgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The whole graph as sorted lines, every node with its labels and properties and every relationship with its
 * type, ends and properties, so that two states of a graph compare as equal only when they are identical.
 * Merge records (bookkeeping, not facts) are left out.
 */
public final class GraphDump {

	private GraphDump() {
	}

	@SuppressWarnings("unchecked")
	public static List<String> of(Neo4jClient neo4j) {
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> row : neo4j.query("""
				MATCH (n) WHERE NOT n:MergeRecord RETURN labels(n) AS labels, properties(n) AS props
				""").fetch().all()) {
			lines.add("node " + ((List<String>) row.get("labels")).stream().sorted().toList() + " "
					+ new TreeMap<>((Map<String, Object>) row.get("props")));
		}
		for (Map<String, Object> row : neo4j.query("""
				MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
				""").fetch().all()) {
			lines.add("rel " + row.get("from") + " -" + row.get("type") + "-> " + row.get("to") + " "
					+ new TreeMap<>((Map<String, Object>) row.get("props")));
		}
		lines.sort(null);
		return lines;
	}

}
