package org.chinatechgraph.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Article;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Values;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;
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

	private static final NodeLists.Definition LIST = new NodeLists.Definition("Article", """
			($title IS NULL OR toLower(n.title) CONTAINS $title)
			AND ($publisher IS NULL OR toLower(n.publisher) CONTAINS $publisher)
			AND ($kind IS NULL OR n.kind = $kind)
			AND ($from IS NULL OR n.publishedEnd >= $from)
			AND ($to IS NULL OR n.publishedStart <= $to)""",
			Map.of("TITLE", "toLower(n.title)", "PUBLISHED_ON", "n.publishedStart"), new SortOrder("PUBLISHED_ON", "ASC"));

	private final ReadCypher reads;

	private final NodeLists lists;

	ArticleQueries(ReadCypher reads, NodeLists lists) {
		this.reads = reads;
		this.lists = lists;
	}

	Connection<Article> list(ArticleFilter filter, SortOrder order, Page page) {
		var f = filter == null ? new ArticleFilter(null, null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("title", Filters.lowered(f.title()));
		p.put("publisher", Filters.lowered(f.publisher()));
		p.put("kind", f.kind());
		p.put("from", f.published() == null ? null : f.published().start());
		p.put("to", f.published() == null ? null : f.published().end());
		return this.lists.page(LIST, p, order, page);
	}

	Map<String, List<Mention>> mentions(List<String> ids, Integer first) {
		Map<String, List<Mention>> result = new HashMap<>();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", ids);
		parameters.put("first", first);
		this.reads.rows(MENTIONS.formatted(first == null ? "" : "LIMIT $first"), parameters).forEach(row -> result
			.computeIfAbsent((String) row.get("article"), k -> new ArrayList<>())
			.add(new Mention(GraphNodes.entity(row.get("n")), Values.<String>list(row, "evidence"))));
		return result;
	}

	Map<String, Integer> mentionCounts(List<String> ids) {
		Map<String, Integer> counts = new HashMap<>();
		this.reads.rows(MENTION_COUNTS, Map.of("ids", ids))
			.forEach(row -> counts.put((String) row.get("id"), ((Number) row.get("count")).intValue()));
		return counts;
	}

}
