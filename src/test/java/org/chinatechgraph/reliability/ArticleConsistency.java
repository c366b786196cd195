package org.chinatechgraph.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chinatechgraph.support.CypherRunner;

/**
 * Whether each generated article is wholly in the graph (its source, every node it reports, every relationship it
 * states, each sentence once) or wholly absent (nothing of it anywhere), and whether anything is doubled.
 *
 * @param present the articles wholly there
 * @param absent the articles wholly absent
 * @param problems everything else: partial articles, doubled nodes or relationships
 */
public record ArticleConsistency(Set<String> present, Set<String> absent, List<String> problems) {

	private static final String ARTICLES = "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id";

	private static final String MENTIONS = """
			MATCH (n:Entity)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
			RETURN a.id AS article, collect(n.id) AS nodes
			""";

	private static final String STATED = """
			MATCH (x:Entity)-[r]->(y:Entity) WHERE any(s IN r.sources WHERE s IN $ids)
			RETURN type(r) AS type, x.id AS from, y.id AS to, r.sources AS sources, r.evidenceSources AS evidenceSources
			""";

	private static final String DOUBLED_NODES = """
			MATCH (n) WHERE n.id IS NOT NULL
			WITH n.id AS id, count(*) AS copies WHERE copies > 1
			RETURN id
			""";

	private static final String DOUBLED_RELATIONSHIPS = """
			MATCH (x)-[r]->(y)
			WITH x.id AS from, type(r) AS type, y.id AS to, count(*) AS copies WHERE copies > 1
			RETURN from + ' ' + type + ' ' + to AS link
			""";

	public static ArticleConsistency check(CypherRunner cypher, List<GeneratedArticle> articles) {
		List<String> ids = articles.stream().map(GeneratedArticle::id).toList();
		Map<String, Object> parameters = Map.of("ids", ids);
		Set<String> there = new HashSet<>();
		cypher.rows(ARTICLES, parameters).forEach(row -> there.add((String) row.get("id")));
		Map<String, Set<String>> mentions = new HashMap<>();
		cypher.rows(MENTIONS, parameters)
			.forEach(row -> mentions.put((String) row.get("article"), new HashSet<>(strings(row.get("nodes")))));
		Map<String, Map<String, Integer>> sentences = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (var row : cypher.rows(STATED, parameters)) {
			String link = row.get("type") + " " + row.get("from") + " " + row.get("to");
			for (String source : new TreeSet<>(strings(row.get("sources")))) {
				if (Collections.frequency(strings(row.get("sources")), source) > 1) {
					problems.add(link + " lists " + source + " twice");
				}
				sentences.computeIfAbsent(source, k -> new HashMap<>())
					.put(link, Collections.frequency(strings(row.get("evidenceSources")), source));
			}
		}
		Set<String> present = new TreeSet<>();
		Set<String> absent = new TreeSet<>();
		for (GeneratedArticle article : articles) {
			Set<String> reported = mentions.getOrDefault(article.id(), Set.of());
			Map<String, Integer> stated = sentences.getOrDefault(article.id(), Map.of());
			if (!there.contains(article.id())) {
				if (reported.isEmpty() && stated.isEmpty()) {
					absent.add(article.id());
				}
				else {
					problems.add(article.id() + " is not there, yet " + reported + " and " + stated.keySet() + " are");
				}
				continue;
			}
			Map<String, Integer> expected = new HashMap<>();
			article.relationships().forEach(rel -> expected.put(rel.type() + " " + rel.from() + " " + rel.to(),
					rel.sentences()));
			if (!reported.equals(Set.copyOf(article.nodes())) || !stated.equals(expected)) {
				problems.add(article.id() + " is partly there: nodes " + reported + " of " + article.nodes()
						+ ", relationships " + stated + " of " + expected);
			}
			else {
				present.add(article.id());
			}
		}
		cypher.rows(DOUBLED_NODES).forEach(row -> problems.add("node " + row.get("id") + " is doubled"));
		cypher.rows(DOUBLED_RELATIONSHIPS).forEach(row -> problems.add("relationship " + row.get("link") + " is doubled"));
		return new ArticleConsistency(present, absent, List.copyOf(problems));
	}

	/** A list of strings as the driver gives it, or as an array as an embedded database may. */
	private static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Object[] array) {
			return java.util.Arrays.stream(array).map(String::valueOf).toList();
		}
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

}
