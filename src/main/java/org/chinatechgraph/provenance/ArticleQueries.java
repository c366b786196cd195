package org.chinatechgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/** The Cypher of the provenance room. */
@Repository
class ArticleQueries {

	/** The entities each article reports, by name; %s: nothing, or a LIMIT that keeps the first of each. */
	private static final String MENTIONS = """
			UNWIND $ids AS id
			MATCH (a:Article {id: id})
			CALL (a) {
			  MATCH (a)<-[m:REPORTED_IN]-(n:Entity)
			  WITH m, n ORDER BY n.name, n.id
			  %s
			  RETURN n {.*, labels: labels(n)} AS n, m.evidence AS evidence
			}
			RETURN a.id AS article, n, evidence
			""";

	private static final String MENTION_COUNTS = """
			UNWIND $ids AS id
			MATCH (a:Article {id: id})
			RETURN id, COUNT { (a)<-[:REPORTED_IN]-() } AS count
			""";

	private final ReadCypher reads;

	ArticleQueries(ReadCypher reads) {
		this.reads = reads;
	}

	@SuppressWarnings("unchecked")
	Map<String, List<Mention>> mentions(List<String> ids, Integer first) {
		Map<String, List<Mention>> result = new HashMap<>();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("first", first);
		this.reads.rows(MENTIONS.formatted(first == null ? "" : "LIMIT $first"), parameters).forEach(row -> result
			.computeIfAbsent((String) row.get("article"), k -> new ArrayList<>())
			.add(new Mention(GraphNodes.entity(row.get("n")), (List<String>) row.get("evidence"))));
		return result;
	}

	Map<String, Integer> mentionCounts(List<String> ids) {
		Map<String, Integer> counts = new HashMap<>();
		this.reads.rows(MENTION_COUNTS, Map.of("ids", ids))
			.forEach(row -> counts.put((String) row.get("id"), ((Number) row.get("count")).intValue()));
		return counts;
	}

}
