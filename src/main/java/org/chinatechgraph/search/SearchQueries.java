package org.chinatechgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/**
 * The Cypher of search: the full-text index over names, aliases and Chinese names ({@code entity_search}) and,
 * for Chinese text, the one over Chinese names and aliases with the CJK analyzer ({@code entity_search_zh}). A node
 * found by both adds its scores, so exact matches of a Chinese name rank above names sharing only a word with it.
 */
@Repository
class SearchQueries {

	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
			  RETURN node, score
			  UNION ALL
			  WITH $cjkQuery AS cjkQuery WHERE cjkQuery IS NOT NULL
			  CALL db.index.fulltext.queryNodes('entity_search_zh', cjkQuery, {limit: $candidates}) YIELD node, score
			  RETURN node, score
			}
			WITH node AS n, sum(score) AS score
			WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
			RETURN n {.*, labels: labels(n)} AS n, score
			ORDER BY score DESC, n.name
			LIMIT $first
			""";

	private final ReadCypher reads;

	SearchQueries(ReadCypher reads) {
		this.reads = reads;
	}

	/**
	 * The best {@code first} hits of a Lucene query of the main index and one of the CJK index (none when null),
	 * among nodes with one of {@code labels} (all when null).
	 */
	List<SearchHit> search(String luceneQuery, String cjkQuery, List<String> labels, int first) {
		Map<String, Object> p = new HashMap<>();
		p.put("query", luceneQuery);
		p.put("cjkQuery", cjkQuery);
		p.put("first", first);
		// with a type filter, look further down the ranking so that filtered-out hits do not starve the page
		p.put("candidates", labels == null ? first : Math.max(first * 20, 500));
		p.put("labels", labels);
		return this.reads.rows(SEARCH, p).stream()
			.map(row -> new SearchHit(GraphNodes.entity(row.get("n")), ((Number) row.get("score")).doubleValue()))
			.toList();
	}

}
