package org.chinatechgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code search(text:)}: names, aliases and Chinese names of every kind of node, through the full-text index. */
@Controller
class SearchController {

	static final int MAX_RESULTS = 100;

	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node AS n, score
			WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
			RETURN n {.*, labels: labels(n)} AS n, score
			ORDER BY score DESC, n.name
			LIMIT $first
			""";

	private final Neo4jClient neo4j;

	SearchController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument int first) {
		if (text.isBlank()) {
			throw new BadRequestException("Search text is empty");
		}
		if (text.length() > 200) {
			throw new BadRequestException("Search text is longer than 200 characters");
		}
		if (first < 1 || first > MAX_RESULTS) {
			throw new BadRequestException("first must be between 1 and " + MAX_RESULTS + ", not " + first);
		}
		String query = LuceneQuery.of(text);
		if (query.isBlank()) {
			throw new BadRequestException("Search text has no words");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("query", query);
		p.put("first", first);
		p.put("candidates", first * 5);
		p.put("labels", types == null || types.isEmpty() ? null
				: types.stream().map(t -> t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT)).toList());
		return this.neo4j.query(SEARCH).bindAll(p).fetch().all().stream()
			.map(row -> new SearchHit(GraphNodes.entity(row.get("n")), ((Number) row.get("score")).doubleValue()))
			.toList();
	}

}
