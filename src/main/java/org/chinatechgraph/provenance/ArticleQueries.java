package org.chinatechgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.system.ReadCypher;

import org.springframework.stereotype.Repository;

/** The Cypher of the provenance room. */
@Repository
class ArticleQueries {

	private static final String MENTIONS = """
			MATCH (a:Article)<-[m:REPORTED_IN]-(n:Entity) WHERE a.id IN $ids
			RETURN a.id AS article, n {.*, labels: labels(n)} AS n, m.evidence AS evidence
			ORDER BY n.name
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
	Map<String, List<Mention>> mentions(List<String> ids) {
		Map<String, List<Mention>> result = new HashMap<>();
		this.reads.rows(MENTIONS, Map.of("ids", ids)).forEach(row -> result
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
