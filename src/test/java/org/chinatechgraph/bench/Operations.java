package org.chinatechgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import tools.jackson.databind.JsonNode;

/**
 * The query benchmark's fixed operations. Each is a GraphQL document sent to the service and the same answer
 * written by hand in Cypher for the driver, with the parameters it draws at random from the graph, and a key that
 * reduces either answer to what must be equal (ids, totals), so the benchmark can check it compares like with like.
 */
final class Operations {

	/** One operation: its GraphQL, its hand-written Cypher, how to draw parameters, how to compare answers. */
	record Operation(String name, String description, String graphQl, String cypher,
			Function<Random, Map<String, Object>> variables, Function<Map<String, Object>, Map<String, Object>> cypherParameters,
			Function<JsonNode, Object> graphQlKey, Function<List<Record>, Object> cypherKey) {
	}

	/** What the operations draw from: ids sampled from the graph once, before timing. */
	record Pools(List<String> projects, List<String> provinces, List<String> sectors, List<String> partnered,
			List<String> words, List<String> investors, List<String> cities, List<String> projectWords,
			List<String> programs) {

		static Pools sample(Driver driver) {
			try (var session = driver.session()) {
				return session.executeRead(tx -> new Pools(
						strings(tx.run("MATCH (n:Project) RETURN n.id LIMIT 5000").list()),
						strings(tx.run("MATCH (n:Province) RETURN n.id ORDER BY n.id").list()),
						strings(tx.run("MATCH (n:Sector) WHERE EXISTS { (n)<-[:IN_SECTOR]-() } RETURN n.id ORDER BY n.id").list()),
						strings(tx.run("MATCH (n:Company) WHERE EXISTS { (n)-[:PARTNERS_WITH]-() } RETURN n.id LIMIT 5000").list()),
						strings(tx.run("MATCH (n:Company) RETURN split(n.name, ' ')[0] LIMIT 2000").list()),
						strings(tx.run("MATCH (n:Organization) WHERE EXISTS { (n)-[:INVESTS_IN]->() } RETURN n.id ORDER BY n.id LIMIT 5000").list()),
						strings(tx.run("MATCH (n:City) WHERE EXISTS { (n)<-[:PART_OF]-() } RETURN n.id ORDER BY n.id").list()),
						strings(tx.run("MATCH (n:Project) RETURN DISTINCT split(n.name, ' ')[0] LIMIT 2000").list()),
						strings(tx.run("MATCH (n:Program) WHERE EXISTS { (n)<-[:PART_OF]-(:Project) } RETURN n.id ORDER BY n.id").list())));
			}
		}

		private static List<String> strings(List<Record> records) {
			return records.stream().map(r -> r.get(0).asString()).toList();
		}

		void check() {
			if (this.projects.isEmpty() || this.provinces.isEmpty() || this.sectors.isEmpty() || this.partnered.size() < 2
					|| this.programs.isEmpty()) {
				throw new BenchmarkException("the database holds no generated graph (projects " + this.projects.size()
						+ ", provinces " + this.provinces.size() + ", partnered companies " + this.partnered.size()
						+ ", programs " + this.programs.size()
						+ "); load one with bench/load.sh first");
			}
		}

	}

	static final String NESTED_PROJECTS = """
			MATCH (:Entity {id: $place})(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Project)){1,8}(n:Project)
			WITH DISTINCT n
			WHERE EXISTS { (n)-[:IN_SECTOR]->(:Entity {id: $sector}) }
			""";

	/** The projects anywhere inside {@code $place}, each once, written as one would by hand. */
	private static final String IN_PLACE = """
			MATCH (:Entity {id: $place})(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Project)){1,8}(n:Project)
			WITH DISTINCT n
			""";

	private static final String IN_SECTOR = """
			MATCH (:Entity {id: $sector})<-[:IN_SECTOR]-(n:Project)
			""";

	private static final String OF_ORGANIZATION = """
			MATCH (:Entity {id: $organization})-[:INVESTS_IN|DEVELOPS]->(n:Project)
			WITH DISTINCT n
			""";

	private static final String IN_YEARS = """
			MATCH (n:Project) WHERE n.year IN $years
			""";

	/**
	 * Projects whose name, an alias or Chinese name holds a word, any case: the full-text index finds the projects
	 * with a word holding it, and the test keeps those that hold it (the words drawn are single words).
	 */
	private static final String NAMED = """
			CALL db.index.fulltext.queryNodes('entity_search', '*' + toLower($name) + '*') YIELD node AS n
			WITH n WHERE n:Project AND (toLower(n.name) CONTAINS toLower($name)
			  OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($name)) OR n.nameZh CONTAINS toLower($name))
			""";

	private static final String OF_PROGRAM = """
			MATCH (:Entity {id: $program})<-[:PART_OF]-(n:Project)
			""";

	private static final String SECTOR_TEST = "EXISTS { (n)-[:IN_SECTOR]->(:Entity {id: $sector}) }";

	private static final String YEAR_TEST = "n.year IN $years";

	private Operations() {
	}

	static List<Operation> all(Pools pools) {
		List<Operation> ops = new ArrayList<>();
		ops.add(new Operation("lookup", "a project by id", """
				query($id: ID!) { project(id: $id) { id name status signedOn investment { amount currency cny usd } } }""",
				"""
				MATCH (n:Entity {id: $id}) WHERE n:Project
				RETURN n.id AS id, n.name AS name, n.status AS status, n.signedOn AS signedOn,
				       n.investmentAmount AS amount, n.investmentCurrency AS currency, n.investmentCny AS cny,
				       n.investmentUsd AS usd
				""", r -> Map.of("id", pick(r, pools.projects())), v -> v,
				json -> json.path("project").path("id").asString(),
				rows -> rows.isEmpty() ? null : rows.getFirst().get("id").asString()));
		ops.add(new Operation("page",
				"projects in a province, of a sector, 100 million to 5 billion CNY, largest first, 20 of them", """
				query($f: ProjectFilter) {
				  projects(filter: $f, orderBy: {field: AMOUNT, direction: DESC}, first: 20) {
				    totalCount edges { node { id name status signedOn investment { cny } } }
				  }
				}""", """
				MATCH (:Entity {id: $place})(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Project)){1,8}(n:Project)
				WITH DISTINCT n
				WHERE n.investmentCny >= $min AND n.investmentCny <= $max
				  AND EXISTS { (n)-[:IN_SECTOR]->(:Entity {id: $sector}) }
				WITH n ORDER BY n.investmentCny DESC, n.id
				WITH count(n) AS total, collect(n)[0..20] AS page
				RETURN total, [n IN page | n {.id, .name, .status, .signedOn, .investmentCny}] AS page
				""", r -> Map.of("f", Map.of("place", pick(r, pools.provinces()), "sector", pick(r, pools.sectors()),
						"amount", Map.of("min", 1e8, "max", 5e9))),
				v -> flat(v, "f"), json -> pageKey(json.path("projects")), rows -> {
					var row = rows.getFirst();
					return row.get("total").asLong() + " " + row.get("page").asList(x -> x.get("id").asString());
				}));
		ops.add(new Operation("nested",
				"10 projects of a province and sector → their investors → 5 other projects of each", """
				query($f: ProjectFilter) {
				  projects(filter: $f, orderBy: {field: AMOUNT, direction: DESC}, first: 10) {
				    edges { node { id name investors { investor { id name
				      ... on Organization { investments(first: 5) { project { id name } } } } } } }
				  }
				}""", NESTED_PROJECTS + """
				WITH n ORDER BY n.investmentCny IS NULL, n.investmentCny DESC, n.id LIMIT 10
				CALL (n) {
				  OPTIONAL MATCH (n)<-[:INVESTS_IN]-(i:Entity)
				  CALL (i) {
				    OPTIONAL MATCH (i)-[:INVESTS_IN]->(p:Project)
				    WITH p ORDER BY p.name, p.id LIMIT 5
				    RETURN collect(p {.id, .name}) AS others
				  }
				  WITH i, others ORDER BY i.name
				  RETURN collect(i {.id, .name, others: others}) AS investors
				}
				RETURN n.id AS id, n.name AS name, investors
				""", r -> Map.of("f", Map.of("place", pick(r, pools.provinces()), "sector", pick(r, pools.sectors()))),
				v -> flat(v, "f"), Operations::nestedKey, Operations::nestedKey));
		ops.add(new Operation("partners", "partners of a firm up to 3 partnership links away", """
				query($id: ID!) { partners(id: $id, hops: 3) { hops partner { id name } } }""", """
				MATCH (start:Entity {id: $id})
				MATCH path = SHORTEST 1 (start)-[:PARTNERS_WITH]-{1,3}(partner:Entity)
				WHERE partner <> start
				RETURN partner.id AS id, partner.name AS name, length(path) AS hops
				""", r -> Map.of("id", pick(r, pools.partnered())), v -> v, json -> {
					TreeSet<String> ids = new TreeSet<>();
					json.path("partners").forEach(p -> ids.add(p.path("hops").asInt() + p.path("partner").path("id").asString()));
					return ids;
				}, rows -> {
					TreeSet<String> ids = new TreeSet<>();
					rows.forEach(row -> ids.add(row.get("hops").asInt() + row.get("id").asString()));
					return ids;
				}));
		ops.add(new Operation("path", "the shortest partnership path between two firms (at most 6 links)", """
				query($from: ID!, $to: ID!) { partnershipPath(from: $from, to: $to) { length nodes { id } } }""", """
				MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
				MATCH path = SHORTEST 1 (a)((x:Organization|Project|Park)
				      -[:PARTNERS_WITH|INVESTS_IN|DEVELOPS|PART_OF|SUBSIDIARY_OF]-(y:Organization|Project|Park)){1,6}(b)
				RETURN length(path) AS length, [n IN nodes(path) | n.id] AS nodes
				""", r -> {
					String from = pick(r, pools.partnered());
					String to = pick(r, pools.partnered());
					while (to.equals(from)) {
						to = pick(r, pools.partnered());
					}
					return Map.of("from", from, "to", to);
				}, v -> v, json -> json.path("partnershipPath").isNull() ? -1 : json.path("partnershipPath").path("length").asInt(),
				rows -> rows.isEmpty() ? -1 : rows.getFirst().get("length").asInt()));
		ops.add(summary("summaryByProvince", "investment totals by province, and outside every province", "PROVINCE", """
				CALL () {
				  MATCH (o) WHERE (o:Place OR o:Park OR o:Program) AND NOT o:Province
				    AND NOT EXISTS { (o)-[:LOCATED_IN|PART_OF*1..7]->(:Province) }
				  RETURN collect(o) AS outside
				}
				CALL (outside) {
				  MATCH (n:Project)
				  WITH n, all(x IN [(n)-[:LOCATED_IN|PART_OF]->(x:Place|Park|Program|Project) | x] WHERE x IN outside) AS none
				  RETURN count(n) AS projects, sum(n.investmentCny) AS cny, count(CASE WHEN none THEN 1 END) AS none
				}
				CALL () {
				  MATCH (g:Province)(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Project)){1,8}(n:Project)
				  WITH g, collect(DISTINCT n) AS ns
				  RETURN collect({key: g.id, projects: size(ns), cny: reduce(s = 0.0, n IN ns | s + coalesce(n.investmentCny, 0.0))}) AS groups
				}
				RETURN projects, cny, none, groups
				"""));
		ops.add(summary("summaryBySector", "investment totals by sector, and in no sector", "SECTOR", """
				CALL () {
				  MATCH (n:Project)
				  RETURN count(n) AS projects, sum(n.investmentCny) AS cny,
				         count(CASE WHEN NOT EXISTS { (n)-[:IN_SECTOR]->(:Sector) } THEN 1 END) AS none
				}
				CALL () {
				  MATCH (g:Sector)<-[:IN_SECTOR]-(n:Project)
				  WITH g, count(n) AS projects, sum(n.investmentCny) AS cny
				  RETURN collect({key: g.id, projects: projects, cny: cny}) AS groups
				}
				RETURN projects, cny, none, groups
				"""));
		ops.add(new Operation("search", "full-text search of a word of a firm's name, 10 hits", """
				query($text: String!) { search(text: $text, first: 10) { score entity { id name } } }""", """
				CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 10}) YIELD node AS n, score
				RETURN n.id AS id, n.name AS name, score
				ORDER BY score DESC, n.name
				""", r -> Map.of("text", pick(r, pools.words())), v -> {
					String word = ((String) v.get("text")).toLowerCase(java.util.Locale.ROOT);
					return Map.of("query", "(" + word + "^3 OR " + word + "*" + (word.length() >= 4 ? " OR " + word + "~1" : "") + ")");
				}, json -> json.path("search").size(), List::size));
		ops.add(filteredSummary("summaryOfSector", "the total of a sector's projects", "SECTOR",
				r -> Map.of("sector", pick(r, pools.sectors())), IN_SECTOR));
		ops.add(filteredSummary("summaryOfPlace", "the total of a province's projects", "CITY",
				r -> Map.of("place", pick(r, pools.provinces())), IN_PLACE));
		ops.add(filteredSummary("summaryOfOrganization", "the total of the projects an organization invests in or develops",
				"SECTOR", r -> Map.of("organization", pick(r, pools.investors())), OF_ORGANIZATION));
		ops.add(filteredSummary("summaryOfYear", "the total of a year's projects", "PROVINCE",
				r -> Map.of("years", List.of(year(r))), IN_YEARS));
		ops.add(filteredSummary("summaryOfName", "the total of the projects with a word in their name", "SECTOR",
				r -> Map.of("name", pick(r, pools.projectWords())), NAMED));
		ops.add(filteredSummary("summaryOfPlaceAndSector", "the total of a province's projects of a sector", "CITY",
				r -> Map.of("place", pick(r, pools.provinces()), "sector", pick(r, pools.sectors())),
				IN_PLACE + "WITH n WHERE " + SECTOR_TEST + "\n"));
		ops.add(list("listOfPlace", "20 projects of a province by name, and their count",
				r -> Map.of("place", pick(r, pools.provinces())), IN_PLACE));
		ops.add(list("listOfSector", "20 projects of a sector by name, and their count",
				r -> Map.of("sector", pick(r, pools.sectors())), IN_SECTOR));
		ops.add(list("listOfOrganization", "20 projects an organization invests in or develops, and their count",
				r -> Map.of("organization", pick(r, pools.investors())), OF_ORGANIZATION));
		ops.add(list("listOfYear", "20 projects of a year by name, and their count",
				r -> Map.of("years", List.of(year(r))), IN_YEARS));
		ops.add(list("listOfName", "20 projects with a word in their name, and their count",
				r -> Map.of("name", pick(r, pools.projectWords())), NAMED));
		ops.add(list("listOfAmount", "20 projects of at least 1, 2 or 5 billion CNY by name, and their count",
				r -> Map.of("amount", Map.of("min", Double.parseDouble(pick(r, List.of("1e9", "2e9", "5e9"))))), """
				MATCH (n:Project) WHERE n.investmentCny >= $min
				""", v -> Map.of("min", ((Map<?, ?>) filter(v).get("amount")).get("min"))));
		ops.add(list("listOfSigned", "20 projects signed within a window of six months by name, and their count",
				Operations::signingWindow, """
				MATCH (n:Project) WHERE n.signedEnd >= date($from) AND n.signedStart <= date($to)
				""", v -> signedBounds(filter(v))));
		ops.add(list("listOfStatus", "20 projects of a status by name, and their count",
				r -> Map.of("status", pick(r, List.of("SIGNED", "UNDER_CONSTRUCTION", "PLANNED"))), """
				MATCH (n:Project) WHERE n.status = toLower(replace($status, '_', ' '))
				"""));
		ops.add(list("listOfProgram", "20 projects of a batch by name, and their count",
				r -> Map.of("program", pick(r, pools.programs())), OF_PROGRAM));
		ops.add(list("listOfProgramAndSector", "20 projects of a batch in a sector by name, and their count",
				r -> Map.of("program", pick(r, pools.programs()), "sector", pick(r, pools.sectors())),
				OF_PROGRAM + "WITH n WHERE " + SECTOR_TEST + "\n"));
		ops.add(list("listOfCityAndYear", "20 projects of a city and year by name, and their count",
				r -> Map.of("place", pick(r, pools.cities()), "years", List.of(year(r))),
				IN_PLACE + "WITH n WHERE " + YEAR_TEST + "\n"));
		ops.add(list("listOfOrganizationAndSector", "20 projects of an organization in a sector, and their count",
				r -> Map.of("organization", pick(r, pools.investors()), "sector", pick(r, pools.sectors())),
				OF_ORGANIZATION + "WITH n WHERE " + SECTOR_TEST + "\n"));
		ops.add(list("listOfSectorAndYear", "20 projects of a sector and year by name, and their count",
				r -> Map.of("sector", pick(r, pools.sectors()), "years", List.of(year(r))),
				IN_SECTOR + "WITH n WHERE " + YEAR_TEST + "\n"));
		ops.add(new Operation("organizationsInPlace", "20 organizations located in a province by name, and their count", """
				query($f: OrganizationFilter) {
				  organizations(filter: $f, first: 20) { totalCount edges { node { id name } } }
				}""", """
				MATCH (:Entity {id: $place})(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Organization)){1,8}(n:Organization)
				WITH DISTINCT n
				WITH n ORDER BY toLower(n.name), n.id
				WITH count(n) AS total, collect(n)[0..20] AS page
				RETURN total, [n IN page | n {.id, .name}] AS page
				""", r -> Map.of("f", Map.of("place", pick(r, pools.provinces()))), v -> filter(v),
				json -> pageKey(json.path("organizations")), Operations::pageKey));
		ops.add(new Operation("lookupNested", "a project by id → its sectors, places and investors → 5 projects of each", """
				query($id: ID!) {
				  project(id: $id) { id name sectors { id } locations { location { id } }
				    investors { investor { id ... on Organization { investments(first: 5) { project { id } } } } } }
				}""", """
				MATCH (n:Entity {id: $id}) WHERE n:Project
				RETURN n.id AS id, COLLECT { MATCH (n)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS sectors,
				       COLLECT { MATCH (n)-[:LOCATED_IN]->(l) RETURN l.id } AS locations,
				       COLLECT { MATCH (n)<-[:INVESTS_IN]-(i:Entity)
				                 RETURN {id: i.id, others: COLLECT { MATCH (i)-[:INVESTS_IN]->(p:Project)
				                                                     WITH p ORDER BY p.name, p.id LIMIT 5 RETURN p.id }} } AS investors
				""", r -> Map.of("id", pick(r, pools.projects())), v -> v, json -> {
					var node = json.path("project");
					TreeSet<String> lines = new TreeSet<>();
					node.path("sectors").forEach(x -> lines.add("sector " + x.path("id").asString()));
					node.path("locations").forEach(x -> lines.add("in " + x.path("location").path("id").asString()));
					node.path("investors").forEach(x -> {
						List<String> others = new ArrayList<>();
						x.path("investor").path("investments").forEach(i -> others.add(i.path("project").path("id").asString()));
						lines.add("investor " + x.path("investor").path("id").asString() + " -> " + others.toString().replace(" ", ""));
					});
					return node.path("id").asString() + " " + lines;
				}, rows -> {
					var row = rows.getFirst();
					TreeSet<String> lines = new TreeSet<>();
					row.get("sectors").asList(x -> x.asString()).forEach(x -> lines.add("sector " + x));
					row.get("locations").asList(x -> x.asString()).forEach(x -> lines.add("in " + x));
					row.get("investors").asList(x -> x).forEach(x -> lines.add("investor " + x.get("id").asString() + " -> "
							+ x.get("others").asList(o -> o.asString()).toString().replace(" ", "")));
					return row.get("id").asString() + " " + lines;
				}));
		return ops;
	}

	/** A year projects are counted under in the generated graph. */
	private static int year(Random random) {
		return 2015 + random.nextInt(10);
	}

	/** A filter of six months' signing, from the first of a month to the end of the fifth month after it. */
	private static Map<String, Object> signingWindow(Random random) {
		var from = java.time.YearMonth.of(year(random), 1 + random.nextInt(12));
		return Map.of("signed", Map.of("from", from.toString(), "to", from.plusMonths(5).toString()));
	}

	/** The first and last day of a filter's signing window, as the hand-written Cypher and the library take them. */
	static Map<String, Object> signedBounds(Map<String, Object> filter) {
		var window = (Map<?, ?>) filter.get("signed");
		return Map.of("from", java.time.YearMonth.parse((String) window.get("from")).atDay(1).toString(), "to",
				java.time.YearMonth.parse((String) window.get("to")).atEndOfMonth().toString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> filter(Map<String, Object> variables) {
		return (Map<String, Object>) variables.get("f");
	}

	/** The totals of the projects a filter selects; the Cypher is the selection, ending with {@code n}. */
	private static Operation filteredSummary(String name, String description, String groupBy,
			Function<Random, Map<String, Object>> filter, String selection) {
		return new Operation(name, description, """
				query($f: ProjectFilter) { investmentSummary(groupBy: %s, filter: $f) { total { projectCount cny } } }"""
			.formatted(groupBy), selection + "RETURN count(n) AS projects, sum(n.investmentCny) AS cny\n",
				r -> Map.of("f", filter.apply(r)), Operations::filter, json -> {
					var total = json.path("investmentSummary").path("total");
					return total.path("projectCount").asLong() + " " + Math.round(total.path("cny").asDouble());
				}, rows -> rows.getFirst().get("projects").asLong() + " "
						+ Math.round(rows.getFirst().get("cny").asDouble(0)));
	}

	/** A page of the projects a filter selects, by name, with their count; the Cypher is the selection. */
	private static Operation list(String name, String description, Function<Random, Map<String, Object>> filter,
			String selection) {
		return list(name, description, filter, selection, Operations::filter);
	}

	/** The same, the selection's parameters made from the operation's variables by {@code parameters}. */
	private static Operation list(String name, String description, Function<Random, Map<String, Object>> filter,
			String selection, Function<Map<String, Object>, Map<String, Object>> parameters) {
		return new Operation(name, description, """
				query($f: ProjectFilter) { projects(filter: $f, first: 20) { totalCount edges { node { id name } } } }""",
				selection + """
				WITH n ORDER BY toLower(n.name), n.id
				WITH count(n) AS total, collect(n)[0..20] AS page
				RETURN total, [n IN page | n {.id, .name}] AS page
				""", r -> Map.of("f", filter.apply(r)), parameters, json -> pageKey(json.path("projects")),
				Operations::pageKey);
	}

	private static Object pageKey(List<Record> rows) {
		var row = rows.getFirst();
		return row.get("total").asLong() + " " + row.get("page").asList(x -> x.get("id").asString());
	}

	private static Operation summary(String name, String description, String groupBy, String cypher) {
		return new Operation(name, description, """
				query { investmentSummary(groupBy: %s) { total { projectCount cny } groups { key totals { projectCount cny } } } }"""
			.formatted(groupBy), cypher, r -> Map.of(), v -> v, json -> {
				var summary = json.path("investmentSummary");
				Map<String, Long> groups = new TreeMap<>();
				summary.path("groups").forEach(g -> groups.put(g.path("key").isNull() ? "(none)" : g.path("key").asString(),
						g.path("totals").path("projectCount").asLong()));
				return summary.path("total").path("projectCount").asLong() + " " + groups;
			}, rows -> {
				var row = rows.getFirst();
				Map<String, Long> groups = new TreeMap<>();
				row.get("groups").asList(g -> g).forEach(g -> groups.put(g.get("key").asString(), g.get("projects").asLong()));
				if (row.get("none").asLong() > 0) {
					groups.put("(none)", row.get("none").asLong());
				}
				return row.get("projects").asLong() + " " + groups;
			});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> flat(Map<String, Object> variables, String filter) {
		var f = (Map<String, Object>) variables.get(filter);
		Map<String, Object> p = new HashMap<>();
		p.put("place", f.get("place"));
		p.put("sector", f.get("sector"));
		var amount = (Map<String, Object>) f.get("amount");
		if (amount != null) {
			p.put("min", amount.get("min"));
			p.put("max", amount.get("max"));
		}
		return p;
	}

	/** A page's key: its total and its ids in order (the library's answers are keyed alike). */
	static Object pageKey(JsonNode connection) {
		List<String> ids = new ArrayList<>();
		connection.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
		return connection.path("totalCount").asLong() + " " + ids;
	}

	private static Object nestedKey(JsonNode json) {
		List<String> lines = new ArrayList<>();
		json.path("projects").path("edges").forEach(e -> {
			var node = e.path("node");
			node.path("investors").forEach(i -> {
				List<String> others = new ArrayList<>();
				i.path("investor").path("investments").forEach(x -> others.add(x.path("project").path("id").asString()));
				lines.add(node.path("id").asString() + " <- " + i.path("investor").path("id").asString() + " -> " + others);
			});
			if (node.path("investors").isEmpty()) {
				lines.add(node.path("id").asString());
			}
		});
		return lines;
	}

	private static Object nestedKey(List<Record> rows) {
		List<String> lines = new ArrayList<>();
		for (Record row : rows) {
			var investors = row.get("investors").asList(x -> x);
			for (var i : investors) {
				lines.add(row.get("id").asString() + " <- " + i.get("id").asString() + " -> "
						+ i.get("others").asList(x -> x.get("id").asString()));
			}
			if (investors.isEmpty()) {
				lines.add(row.get("id").asString());
			}
		}
		return lines;
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}
