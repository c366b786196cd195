package org.chinatechgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * The query benchmark's operations written for the Neo4j GraphQL Library's schema ({@code bench/neo4j-graphql/typeDefs.graphql}):
 * for each operation of {@link Operations}, by name, the library's document, how the operation's drawn variables
 * become the document's, and a key that reduces the library's answer to what {@code Operations}' keys give for the
 * service and the Cypher, so the three sides can be checked to answer alike before they are timed.
 *
 * <p>The documents use what the library generates (filters, sorting, limits, connections with {@code totalCount},
 * aggregates) wherever it can say the same thing, and the type definitions' {@code @cypher} fields where it cannot
 * (places at any depth, paths, full-text search, totals per province).
 */
final class LibraryOperations {

	/** One operation for the library: its document, its variables from the operation's, and its answer's key. */
	record Query(String name, String document, Function<Map<String, Object>, Map<String, Object>> variables,
			Function<JsonNode, Object> key) {
	}

	private static final String NO_NAME_FILTER = "the library's CONTAINS is case-sensitive and reads no list of aliases: "
			+ "it cannot ask for a word in a name, an alias or a Chinese name, in any case";

	/** Operations the library cannot answer alike, with the reason. */
	static final Map<String, String> SKIPPED = Map.of(
			"listOfName", NO_NAME_FILTER,
			"summaryOfName", NO_NAME_FILTER);

	private static final Map<String, Query> QUERIES = new LinkedHashMap<>();

	static {
		add(new Query("lookup", """
				query($id: ID!) {
				  projects(where: {id: {eq: $id}}) {
				    id name status signedOn investmentAmount investmentCurrency investmentCny investmentUsd
				  }
				}""", v -> v, json -> {
					var projects = json.path("projects");
					return projects.isEmpty() ? null : projects.get(0).path("id").asString();
				}));
		// anchored at the sector (an indexed node, as the service and the Cypher anchor at the place): a filter on
		// the place at the top level would compute the places of every project of the graph
		add(new Query("page", """
				query($place: ID!, $sector: ID!, $min: Float!, $max: Float!) {
				  sectors(where: {id: {eq: $sector}}) {
				    projectsConnection(
				      where: {node: {placeIds: {includes: $place}, investmentCny: {gte: $min, lte: $max}}}
				      sort: [{node: {investmentCny: DESC}}, {node: {id: ASC}}]
				      first: 20
				    ) {
				      totalCount edges { node { id name status signedOn investmentCny } }
				    }
				  }
				}""", v -> {
					var f = filter(v);
					@SuppressWarnings("unchecked")
					var amount = (Map<String, Object>) f.get("amount");
					return Map.of("place", f.get("place"), "sector", f.get("sector"), "min", amount.get("min"), "max",
							amount.get("max"));
				}, json -> Operations.pageKey(first(json, "sectors").path("projectsConnection"))));
		// amountRank sorts missing amounts last, as the other sides do
		add(new Query("nested", """
				query($place: ID!, $sector: ID!) {
				  sectors(where: {id: {eq: $sector}}) {
				    projects(where: {placeIds: {includes: $place}}, sort: [{amountRank: DESC}, {id: ASC}], limit: 10) {
				      id name
				      investors(sort: [{name: ASC}]) {
				        id name investments(sort: [{name: ASC}, {id: ASC}], limit: 5) { id name }
				      }
				    }
				  }
				}""", v -> {
					var f = filter(v);
					return Map.of("place", f.get("place"), "sector", f.get("sector"));
				}, json -> {
					List<String> lines = new ArrayList<>();
					json.path("sectors").forEach(s -> s.path("projects").forEach(p -> {
						p.path("investors").forEach(i -> {
							List<String> others = new ArrayList<>();
							i.path("investments").forEach(x -> others.add(x.path("id").asString()));
							lines.add(p.path("id").asString() + " <- " + i.path("id").asString() + " -> " + others);
						});
						if (p.path("investors").isEmpty()) {
							lines.add(p.path("id").asString());
						}
					}));
					return lines;
				}));
		add(new Query("partners", """
				query($id: ID!) { partners(id: $id) { hops partner { id name } } }""", v -> Map.of("id", v.get("id")),
				json -> {
					TreeSet<String> ids = new TreeSet<>();
					json.path("partners").forEach(p -> ids.add(p.path("hops").asInt() + p.path("partner").path("id").asString()));
					return ids;
				}));
		add(new Query("path", """
				query($from: ID!, $to: ID!) { partnershipPath(from: $from, to: $to) { length nodes { id } } }""", v -> v,
				json -> json.path("partnershipPath").isNull() ? -1 : json.path("partnershipPath").path("length").asInt()));
		add(new Query("summaryByProvince", """
				query {
				  projectsConnection { aggregate { count { nodes } node { investmentCny { sum } } } }
				  provinces { id totals { projectCount cny } }
				}""", v -> v, json -> summaryKey(json, "provinces", g -> g.path("totals").path("projectCount").asLong())));
		add(new Query("summaryBySector", """
				query {
				  projectsConnection { aggregate { count { nodes } node { investmentCny { sum } } } }
				  sectors { id projectsConnection { aggregate { count { nodes } node { investmentCny { sum } } } } }
				}""", v -> v, json -> summaryKey(json, "sectors",
						g -> g.path("projectsConnection").path("aggregate").path("count").path("nodes").asLong())));
		add(new Query("search", """
				query($text: String!) { search(text: $text, first: 10) { score entity { id name } } }""", v -> v,
				json -> json.path("search").size()));
		filtered();
	}

	/**
	 * The filtered reads: where the filter names a sector the document starts from it, as the service and the Cypher
	 * start from their anchors; an organization (investing or developing), a year and a place are filters the library
	 * applies to every project (a place through {@code placeIds}, computed per project), for it has no other way to
	 * say them; a province's totals are its {@code @cypher} field.
	 */
	private static void filtered() {
		String aggregate = "aggregate { count { nodes } node { investmentCny { sum } } }";
		String page = "totalCount edges { node { id name } }";
		String ofOrganization = "{OR: [{investors: {some: {id: {eq: $organization}}}}, "
				+ "{developers: {some: {id: {eq: $organization}}}}]}";
		add(new Query("summaryOfSector", """
				query($sector: ID!) { sectors(where: {id: {eq: $sector}}) { projectsConnection { %s } } }""".formatted(aggregate),
				v -> only(v, "sector"), json -> totalsKey(first(json, "sectors").path("projectsConnection"))));
		add(new Query("summaryOfPlace", """
				query($place: ID!) { provinces(where: {id: {eq: $place}}) { totals { projectCount cny } } }""",
				v -> only(v, "place"), json -> {
					var totals = first(json, "provinces").path("totals");
					return totals.path("projectCount").asLong() + " " + Math.round(totals.path("cny").asDouble());
				}));
		add(new Query("summaryOfOrganization", """
				query($organization: ID!) { projectsConnection(where: %s) { %s } }""".formatted(ofOrganization, aggregate),
				v -> only(v, "organization"), json -> totalsKey(json.path("projectsConnection"))));
		add(new Query("summaryOfYear", """
				query($years: [Int!]!) { projectsConnection(where: {year: {in: $years}}) { %s } }""".formatted(aggregate),
				v -> only(v, "years"), json -> totalsKey(json.path("projectsConnection"))));
		add(new Query("summaryOfPlaceAndSector", """
				query($place: ID!, $sector: ID!) {
				  sectors(where: {id: {eq: $sector}}) {
				    projectsConnection(where: {node: {placeIds: {includes: $place}}}) { %s }
				  }
				}""".formatted(aggregate), v -> only(v, "place", "sector"),
				json -> totalsKey(first(json, "sectors").path("projectsConnection"))));
		// a root connection sorts by the node's fields, a relationship's connection by its node's or its edge's
		String byName = "sort: [{nameKey: ASC}, {id: ASC}], first: 20";
		String byNodeName = "sort: [{node: {nameKey: ASC}}, {node: {id: ASC}}], first: 20";
		add(new Query("listOfPlace", """
				query($place: ID!) { projectsConnection(where: {placeIds: {includes: $place}}, %s) { %s } }"""
			.formatted(byName, page), v -> only(v, "place"), json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfSector", """
				query($sector: ID!) { sectors(where: {id: {eq: $sector}}) { projectsConnection(%s) { %s } } }"""
			.formatted(byNodeName, page), v -> only(v, "sector"), json -> Operations.pageKey(first(json, "sectors").path("projectsConnection"))));
		add(new Query("listOfOrganization", """
				query($organization: ID!) { projectsConnection(where: %s, %s) { %s } }""".formatted(ofOrganization, byName, page),
				v -> only(v, "organization"), json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfYear", """
				query($years: [Int!]!) { projectsConnection(where: {year: {in: $years}}, %s) { %s } }""".formatted(byName, page),
				v -> only(v, "years"), json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfAmount", """
				query($min: Float!) { projectsConnection(where: {investmentCny: {gte: $min}}, %s) { %s } }""".formatted(byName, page),
				v -> Map.of("min", ((Map<?, ?>) filter(v).get("amount")).get("min")),
				json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfSigned", """
				query($from: Date!, $to: Date!) {
				  projectsConnection(where: {signedEnd: {gte: $from}, signedStart: {lte: $to}}, %s) { %s }
				}""".formatted(byName, page), v -> Operations.signedBounds(filter(v)),
				json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfStatus", """
				query($status: String!) { projectsConnection(where: {status: {eq: $status}}, %s) { %s } }""".formatted(byName, page),
				v -> Map.of("status", ((String) filter(v).get("status")).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
				json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfProgram", """
				query($program: ID!) { programs(where: {id: {eq: $program}}) { projectsConnection(%s) { %s } } }"""
			.formatted(byNodeName, page), v -> only(v, "program"), json -> Operations.pageKey(first(json, "programs").path("projectsConnection"))));
		add(new Query("listOfProgramAndSector", """
				query($program: ID!, $sector: ID!) {
				  programs(where: {id: {eq: $program}}) {
				    projectsConnection(where: {node: {sectors: {some: {id: {eq: $sector}}}}}, %s) { %s }
				  }
				}""".formatted(byNodeName, page), v -> only(v, "program", "sector"),
				json -> Operations.pageKey(first(json, "programs").path("projectsConnection"))));
		add(new Query("listOfCityAndYear", """
				query($place: ID!, $years: [Int!]!) {
				  projectsConnection(where: {year: {in: $years}, placeIds: {includes: $place}}, %s) { %s }
				}""".formatted(byName, page), v -> only(v, "place", "years"), json -> Operations.pageKey(json.path("projectsConnection"))));
		add(new Query("listOfOrganizationAndSector", """
				query($organization: ID!, $sector: ID!) {
				  sectors(where: {id: {eq: $sector}}) { projectsConnection(where: {node: %s}, %s) { %s } }
				}""".formatted(ofOrganization, byNodeName, page), v -> only(v, "organization", "sector"),
				json -> Operations.pageKey(first(json, "sectors").path("projectsConnection"))));
		add(new Query("listOfSectorAndYear", """
				query($sector: ID!, $years: [Int!]!) {
				  sectors(where: {id: {eq: $sector}}) { projectsConnection(where: {node: {year: {in: $years}}}, %s) { %s } }
				}""".formatted(byNodeName, page), v -> only(v, "sector", "years"),
				json -> Operations.pageKey(first(json, "sectors").path("projectsConnection"))));
		add(new Query("organizationsInPlace", """
				query($place: ID!) { organizationsConnection(where: {placeIds: {includes: $place}}, %s) { %s } }"""
			.formatted(byName, page), v -> only(v, "place"), json -> Operations.pageKey(json.path("organizationsConnection"))));
		add(new Query("lookupNested", """
				query($id: ID!) {
				  projects(where: {id: {eq: $id}}) {
				    id sectors { id } locationIds
				    investors { id investments(sort: [{name: ASC}, {id: ASC}], limit: 5) { id } }
				  }
				}""", v -> v, json -> {
					var node = first(json, "projects");
					TreeSet<String> lines = new TreeSet<>();
					node.path("sectors").forEach(x -> lines.add("sector " + x.path("id").asString()));
					node.path("locationIds").forEach(x -> lines.add("in " + x.asString()));
					node.path("investors").forEach(x -> {
						List<String> others = new ArrayList<>();
						x.path("investments").forEach(i -> others.add(i.path("id").asString()));
						lines.add("investor " + x.path("id").asString() + " -> " + others.toString().replace(" ", ""));
					});
					return node.path("id").asString() + " " + lines;
				}));
	}

	private LibraryOperations() {
	}

	/** The library's form of the operation, or null when it has none ({@link #SKIPPED} or not written). */
	static Query of(String operation) {
		return QUERIES.get(operation);
	}

	/** Why the operation has no library form. */
	static String whyNot(String operation) {
		return SKIPPED.getOrDefault(operation, "no document for the library is written for it (LibraryOperations)");
	}

	private static void add(Query query) {
		QUERIES.put(query.name(), query);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> filter(Map<String, Object> variables) {
		return (Map<String, Object>) variables.get("f");
	}

	/** The filter's entries named, as the library document's variables. */
	private static Map<String, Object> only(Map<String, Object> variables, String... names) {
		Map<String, Object> f = filter(variables);
		Map<String, Object> picked = new LinkedHashMap<>();
		for (String name : names) {
			picked.put(name, f.get(name));
		}
		return picked;
	}

	/** The first node of a list at the answer's root, or a missing node when the list is empty. */
	private static JsonNode first(JsonNode json, String field) {
		return json.path(field).path(0);
	}

	/** A connection's aggregate as the service's and the Cypher's key: the count and the rounded CNY total. */
	private static Object totalsKey(JsonNode connection) {
		var aggregate = connection.path("aggregate");
		return aggregate.path("count").path("nodes").asLong() + " "
				+ Math.round(aggregate.path("node").path("investmentCny").path("sum").asDouble());
	}

	/**
	 * The total number of projects and the number per group. The library lists every province and sector; the Cypher
	 * lists those that have projects, so groups without any are left out of the key.
	 */
	private static Object summaryKey(JsonNode json, String groupsField, Function<JsonNode, Long> count) {
		long total = json.path("projectsConnection").path("aggregate").path("count").path("nodes").asLong();
		Map<String, Long> groups = new TreeMap<>();
		json.path(groupsField).forEach(g -> {
			long n = count.apply(g);
			if (n > 0) {
				groups.put(g.path("id").asString(), n);
			}
		});
		return total + " " + groups;
	}

}
