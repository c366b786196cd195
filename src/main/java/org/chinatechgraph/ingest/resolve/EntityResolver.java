package org.chinatechgraph.ingest.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.graph.Values;
import org.chinatechgraph.ingest.Labels;
import org.chinatechgraph.ingest.resolve.Resolution.Candidate;
import org.chinatechgraph.ingest.resolve.Resolution.Decision;
import org.chinatechgraph.search.LuceneQuery;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds what the graph already holds for the things an article names: a place by its GB/T 2260 code; anything
 * else by the full-text index over names and aliases, then scored here by name, alias, acronym and spelling. A
 * confident match links to the node; an uncertain one, or two equally good, goes to review; never a silent merge.
 */
@Component
public class EntityResolver {

	/** At or above: the same thing. */
	public static final double MATCH = 0.9;

	/** At or above (and below {@link #MATCH}): perhaps the same thing, for a person to decide. */
	public static final double REVIEW = 0.72;

	private static final String BY_CODE = """
			MATCH (p:Place) WHERE p.code IN $codes
			RETURN p.code AS key, p {.id, .name, .aliases, .nameZh, labels: labels(p)} AS n
			""";

	private static final String BY_ID = """
			MATCH (e:Entity) WHERE e.id IN $ids
			RETURN e.id AS key, e {.id, .name, .aliases, .nameZh, labels: labels(e)} AS n
			""";

	/** Candidates by name, with the places a project, program or fund is in (at every level above them). */
	private static final String BY_NAME = """
			UNWIND $queries AS q
			CALL db.index.fulltext.queryNodes('entity_search', q.query, {limit: 8}) YIELD node, score
			RETURN q.ref AS ref, node {.id, .name, .aliases, .nameZh, labels: labels(node),
			  places: CASE WHEN node:Project OR node:Program OR node:Fund
			    THEN COLLECT { MATCH (node)-[:LOCATED_IN]->()-[:LOCATED_IN|PART_OF*0..4]->(p:Place) RETURN DISTINCT p.id }
			    ELSE null END} AS n
			""";

	/** Kinds whose names are often generic ("the chip packaging project"): a match needs a shared place. */
	private static final Set<String> PLACED = Set.of("Project", "Program", "Fund");

	private final Neo4jClient neo4j;

	EntityResolver(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Resolves every mention of one article in three statements, whatever their number. */
	public Map<String, Resolution> resolve(Collection<Mention> mentions) {
		Map<String, Resolution> resolved = new LinkedHashMap<>();
		Map<String, Map<String, Object>> byCode = pinned(BY_CODE, "codes",
				mentions.stream().map(Mention::code).filter(c -> c != null).distinct().toList());
		Map<String, Map<String, Object>> byId = pinned(BY_ID, "ids",
				mentions.stream().map(Mention::id).filter(c -> c != null).distinct().toList());
		List<Map<String, Object>> queries = new ArrayList<>();
		for (Mention mention : mentions) {
			var node = mention.code() != null ? byCode.get(mention.code()) : null;
			String how = "code";
			if (node == null && mention.id() != null) {
				node = byId.get(mention.id());
				how = "id";
			}
			if (node != null && label(node).equals(mention.kind())) {
				resolved.put(mention.ref(), new Resolution(Decision.MATCH, (String) node.get("id"), how, 1,
						List.of(new Candidate((String) node.get("id"), label(node), (String) node.get("name"), 1,
								how))));
				continue;
			}
			for (String name : names(mention)) {
				String query = LuceneQuery.of(name);
				if (!query.isBlank()) {
					queries.add(Map.of("ref", mention.ref(), "query", query));
				}
			}
		}
		Map<String, Map<String, Map<String, Object>>> found = new HashMap<>();
		if (!queries.isEmpty()) {
			for (Map<String, Object> row : this.neo4j.query(BY_NAME).bind(queries).to("queries").fetch().all()) {
				Map<String, Object> node = Values.map(row, "n");
				found.computeIfAbsent((String) row.get("ref"), r -> new LinkedHashMap<>())
					.putIfAbsent((String) node.get("id"), node);
			}
		}
		Set<String> places = new java.util.HashSet<>();
		byCode.values().forEach(place -> places.add((String) place.get("id")));
		for (Mention mention : mentions) {
			if (!resolved.containsKey(mention.ref())) {
				resolved.put(mention.ref(),
						decide(mention, found.getOrDefault(mention.ref(), Map.of()).values(), places));
			}
		}
		return resolved;
	}

	/** Nodes by a key the text pins them to (a place code, a sector id). */
	private Map<String, Map<String, Object>> pinned(String cypher, String parameter, List<String> keys) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		if (!keys.isEmpty()) {
			for (Map<String, Object> row : this.neo4j.query(cypher).bind(keys).to(parameter).fetch().all()) {
				Map<String, Object> node = Values.map(row, "n");
				found.put((String) row.get("key"), node);
			}
		}
		return found;
	}

	/**
	 * Scores each candidate against the mention and decides. A project, program or fund of the same name is the
	 * same one only if it is in one of the places the article names; else it goes to review.
	 */
	static Resolution decide(Mention mention, Collection<Map<String, Object>> nodes, Set<String> articlePlaces) {
		List<Candidate> candidates = new ArrayList<>();
		for (Map<String, Object> node : nodes) {
			double kindFactor = kindFactor(mention.kind(), label(node));
			if (kindFactor == 0) {
				continue;
			}
			Candidate best = score(mention, node, kindFactor);
			if (PLACED.contains(mention.kind()) && best.score() >= MATCH
					&& node.get("places") instanceof List<?> nodePlaces
					&& nodePlaces.stream().noneMatch(articlePlaces::contains)) {
				best = new Candidate(best.id(), best.label(), best.name(), 0.85,
						best.reason() + ", but in none of the places this article names");
			}
			if (best.score() > 0) {
				candidates.add(best);
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
		List<Candidate> top = candidates.subList(0, Math.min(5, candidates.size()));
		if (top.isEmpty() || top.get(0).score() < REVIEW) {
			return new Resolution(Decision.NEW, null, null, top.isEmpty() ? 0 : top.get(0).score(), List.copyOf(top));
		}
		Candidate first = top.get(0);
		boolean rivalled = top.size() > 1 && top.get(1).score() >= first.score() - 0.03;
		if (first.score() >= MATCH && !rivalled) {
			return new Resolution(Decision.MATCH, first.id(), first.reason().split(" ")[0], first.score(),
					List.copyOf(top));
		}
		return new Resolution(Decision.REVIEW, null, null, first.score(), List.copyOf(top));
	}

	private static Candidate score(Mention mention, Map<String, Object> node, double kindFactor) {
		String id = (String) node.get("id");
		String name = (String) node.get("name");
		List<String> nodeNames = new ArrayList<>();
		nodeNames.add(name);
		List<String> aliases = Values.list(node, "aliases");
		if (aliases != null) {
			nodeNames.addAll(aliases);
		}
		if (node.get("nameZh") != null) {
			nodeNames.add((String) node.get("nameZh"));
		}
		double best = 0;
		String reason = "";
		for (String mentioned : names(mention)) {
			for (String mentionKey : NameKeys.of(mentioned)) {
				for (int i = 0; i < nodeNames.size(); i++) {
					String how = i == 0 ? "name" : "alias";
					for (String nodeKey : NameKeys.of(nodeNames.get(i))) {
						double s;
						String why;
						if (mentionKey.equals(nodeKey)) {
							s = 1;
							why = isAcronym(mentioned) ? "acronym" : how;
						}
						else if (isAcronym(mentioned) && mentionKey.equals(NameKeys.initials(nodeKey))) {
							s = 0.8;
							why = "acronym";
						}
						else {
							s = NameKeys.similarity(mentionKey, nodeKey);
							why = "spelling";
						}
						s *= kindFactor;
						if (s > best) {
							best = s;
							reason = why + " '" + mentioned + "' ~ '" + nodeNames.get(i) + "'";
						}
					}
				}
			}
		}
		return new Candidate(id, label(node), name, Math.round(best * 1000) / 1000.0, reason);
	}

	private static List<String> names(Mention mention) {
		List<String> names = new ArrayList<>();
		if (mention.name() != null && !mention.name().isBlank()) {
			names.add(mention.name());
		}
		for (String alias : mention.aliases()) {
			if (alias != null && !alias.isBlank() && !names.contains(alias)) {
				names.add(alias);
			}
		}
		return names;
	}

	private static boolean isAcronym(String name) {
		return name.matches("[A-Z][A-Z0-9&]{1,9}");
	}

	/** Same kind: 1; two kinds of organization (a firm the text calls an institute): 0.9; else not comparable. */
	private static double kindFactor(String kind, String label) {
		if (kind.equals(label)) {
			return 1;
		}
		if (Labels.ORGANIZATIONS.contains(kind) && Labels.ORGANIZATIONS.contains(label)) {
			return 0.9;
		}
		return 0;
	}

	private static String label(Map<String, Object> node) {
		List<String> labels = Values.<String>list(node, "labels");
		for (String label : labels) {
			if (!Set.of("Entity", "Organization", "Place").contains(label)) {
				return label;
			}
		}
		return "Entity";
	}

}
