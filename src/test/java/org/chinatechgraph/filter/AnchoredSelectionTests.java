package org.chinatechgraph.filter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ReadApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.summary.Plan;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.support.FactFileParts.node;
import static org.chinatechgraph.support.FactFileParts.rel;

/**
 * Every filtered read starts from the filter's anchor, and answers as if it had tested every node. On a generated
 * graph of nested places (provinces, cities, districts, a park inside a park), programs, phases of projects,
 * several sectors, firms, a university and its school: each filter alone and in pairs gives, through the project
 * list, the investment summary (by four groupings; two for a pair) and the organization list, what the plain
 * definition gives (every node of the label, walked up to the filter's place); and each statement the service
 * sends for them (and for the timeline, the top investors and search), EXPLAINed, reads no whole label of projects
 * or organizations.
 * Every filter here has an anchor; a signing date with one end has none, and the test sees its scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnchoredSelectionTests extends ReadApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SOURCE = "article:anchored-selection-test";

	/** Operators that read every node of a label (or of all labels). */
	private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "PartitionedNodeByLabelScan",
			"PartitionedAllNodesScan", "PartitionedUnionNodeByLabelsScan", "NodeIndexScan", "PartitionedNodeIndexScan");

	/**
	 * A filter, as GraphQL input and as the plain definition: a predicate on every project {@code n}, places
	 * walked up by the old rule ({@code -[:LOCATED_IN|PART_OF*1..8]->}). A pair is asked fewer shapes of request
	 * than a filter alone: each shape's statement is checked with every anchor alone, and a pair's statement is
	 * the same with one anchor taken and the other filter a test.
	 */
	record Case(String filter, String definition, boolean pair) {
	}

	private static final Map<String, String> SINGLE = new LinkedHashMap<>();

	private static final Map<String, String> DEFINED = new LinkedHashMap<>();

	static {
		single("place: \"province:anc-north\"", "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: 'province:anc-north'}) }");
		single("place: \"city:anc-south-1\"", "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: 'city:anc-south-1'}) }");
		single("place: \"park:anc-p1\"", "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: 'park:anc-p1'}) }");
		single("sector: \"sector:anc-a\"", "EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: 'sector:anc-a'}) }");
		single("organization: \"company:anc-c1\"", "EXISTS { (n)<-[:INVESTS_IN|DEVELOPS]-(:Entity {id: 'company:anc-c1'}) }");
		single("program: \"program:anc-program\"", "EXISTS { (n)-[:PART_OF]->(:Program {id: 'program:anc-program'}) }");
		single("years: [2020, 2022]", "n.year IN [2020, 2022]");
		single("name: \"ANC PROJECT 1\"", "toLower(n.name) CONTAINS 'anc project 1'");
		single("status: SIGNED", "n.status = 'signed'");
		// dates given as a year reach back before the window: 2020 overlaps it
		single("signed: {from: \"2020-06-15\", to: \"2021-02\"}",
				"n.signedEnd >= date('2020-06-15') AND n.signedStart <= date('2021-02-28')");
	}

	private static void single(String filter, String definition) {
		SINGLE.put(filter, definition);
	}

	/** Each filter alone, and each pair. */
	static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		List<String> filters = List.copyOf(SINGLE.keySet());
		for (int i = 0; i < filters.size(); i++) {
			cases.add(new Case(filters.get(i), SINGLE.get(filters.get(i)), false));
			for (int j = i + 1; j < filters.size(); j++) {
				if (key(filters.get(i)).equals(key(filters.get(j)))) {
					continue;
				}
				cases.add(new Case(filters.get(i) + ", " + filters.get(j),
						SINGLE.get(filters.get(i)) + " AND " + SINGLE.get(filters.get(j)), true));
			}
		}
		return cases;
	}

	private static String key(String filter) {
		return filter.substring(0, filter.indexOf(':'));
	}

	@Autowired
	private FactLoader loader;

	@Autowired
	private Driver driver;

	@Autowired
	private ObjectProvider<DatabaseManagementService> embedded;

	@BeforeAll
	void addGenerated() {
		this.loader.load(generated(), "anchored-selection.json");
	}

	@AfterAll
	void removeGenerated() {
		this.loader.retract(SOURCE);
	}

	@Test
	void projectListsAndTotalsAreThoseOfTheDefinition() {
		for (Case c : cases()) {
			List<Selected> expected = selected(c.definition());
			List<String> ids = expected.stream().map(Selected::id).toList();
			var page = this.graphQl.document("{ projects(filter: {%s}, first: 100) { totalCount edges { node { id } } } }"
				.formatted(c.filter())).execute();
			assertThat(page.path("projects.totalCount").entity(Integer.class).get()).as(c.filter()).isEqualTo(ids.size());
			assertThat(page.path("projects.edges[*].node.id").entityList(String.class).get()).as(c.filter())
				.isEqualTo(ids.subList(0, Math.min(100, ids.size())));
			for (String grouping : c.pair() ? List.of("PROVINCE", "SECTOR") : List.of("PROVINCE", "CITY", "SECTOR", "YEAR")) {
				assertThat(summary(grouping, c.filter())).as(grouping + " " + c.filter())
					.isEqualTo(definition(grouping, expected));
			}
		}
		// the cases select what they are meant to
		assertThat(count("MATCH (n:Project) WHERE " + SINGLE.get("place: \"park:anc-p1\"") + " RETURN count(n)"))
			.isGreaterThan(5);
	}

	@Test
	void organizationListsAreThoseOfTheDefinition() {
		Map<String, String> filters = new LinkedHashMap<>();
		String inNorth = "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: 'province:anc-north'}) }";
		String inSouth = "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: 'city:anc-south-1'}) }";
		String ofSector = """
				(EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: 'sector:anc-b'}) }
				 OR EXISTS { (n)-[:INVESTS_IN|DEVELOPS]->(:Project)-[:IN_SECTOR]->(:Sector {id: 'sector:anc-b'}) })""";
		filters.put("place: \"province:anc-north\"", inNorth);
		filters.put("place: \"city:anc-south-1\"", inSouth);
		filters.put("sector: \"sector:anc-b\"", ofSector);
		filters.put("place: \"province:anc-north\", sector: \"sector:anc-b\"", inNorth + " AND " + ofSector);
		filters.put("place: \"city:anc-south-1\", types: [INSTITUTE]", inSouth + " AND n:Institute");
		filters.put("place: \"province:anc-north\", name: \"anc firm\"", inNorth + " AND toLower(n.name) CONTAINS 'anc firm'");
		filters.forEach((filter, definition) -> {
			List<String> ids = this.neo4j.query("MATCH (n:Organization) WHERE " + definition
					+ " RETURN n.id AS id ORDER BY toLower(n.name), n.id").fetchAs(String.class).all().stream().toList();
			var page = this.graphQl.document("{ organizations(filter: {%s}, first: 100) { totalCount edges { node { id } } } }"
				.formatted(filter)).execute();
			assertThat(page.path("organizations.edges[*].node.id").entityList(String.class).get()).as(filter)
				.isEqualTo(ids);
			assertThat(page.path("organizations.totalCount").entity(Integer.class).get()).as(filter).isEqualTo(ids.size());
			assertThat(ids).as(filter).isNotEmpty();
		});
	}

	@Test
	void anAnchoredReadScansNoLabelOfProjectsOrOrganizations() {
		List<String> documents = List.of(
				"{ projects(filter: {%s}, first: 5) { totalCount edges { node { id } } } }",
				"{ projects(filter: {%s}, first: 5, orderBy: {field: AMOUNT, direction: DESC}) { edges { node { id } } } }",
				"{ investmentSummary(groupBy: SECTOR, filter: {%s}) { total { projectCount cny } } }",
				"{ investmentSummary(groupBy: PROVINCE, filter: {%s}) { total { cny } groups { key totals { projectCount } } programs { id } } }",
				"{ investmentSummary(groupBy: CITY, filter: {%s}) { groups { key totals { projectCount usd } } } }",
				"{ investmentSummary(groupBy: DISTRICT, filter: {%s}) { groups { key totals { projectCount } } } }",
				"{ investmentSummary(groupBy: SECTOR, filter: {%s}) { groups { key totals { projectsWithAmount } } } }",
				"{ investmentSummary(groupBy: YEAR, filter: {%s}) { groups { key totals { cny } } } }",
				"{ projectTimeline(filter: {%s}) { year month projectCount } }",
				"{ topInvestors(filter: {%s}, first: 3) { organization { id } cny } }",
				"{ topOrganizations(filter: {%s}, first: 3) { organization { id } projectCount } }");
		// for a pair: the list, a summary, the timeline and the rankings
		List<String> pairDocuments = List.of(documents.get(0), documents.get(3), documents.get(8), documents.get(9),
				documents.get(10));
		int checked = 0;
		for (Case c : cases()) {
			for (String document : c.pair() ? pairDocuments : documents) {
				assertThat(scans(document.formatted(c.filter()))).as(document.formatted(c.filter())).isEmpty();
				checked++;
			}
		}
		for (String filter : List.of("place: \"province:anc-north\"", "sector: \"sector:anc-b\"",
				"place: \"city:anc-south-1\", sector: \"sector:anc-b\"", "place: \"province:anc-north\", country: \"CN\"",
				"sector: \"sector:anc-b\", types: [COMPANY]")) {
			assertThat(scans("{ organizations(filter: {%s}, first: 5) { totalCount edges { node { id } } } }"
				.formatted(filter))).as(filter).isEmpty();
		}
		// search starts from its full-text indexes, with or without a filter of types
		for (String types : List.of("", ", types: [PROJECT]", ", types: [ORGANIZATION, PARK]")) {
			assertThat(scans("{ search(text: \"anc project\"%s) { score entity { id } } }".formatted(types)))
				.as(types).isEmpty();
		}
		assertThat(checked).isGreaterThan(300);
		// the test sees a scan where there is one
		assertThat(scans("{ projects(filter: {signed: {from: \"2021\"}}, first: 5) { totalCount } }")).isNotEmpty();
	}

	/**
	 * The label scans over projects or organizations in the plans of the statements a request sends. On the
	 * embedded database each is EXPLAINed through its Java API, as the service sends it, so that the plan comes
	 * from the cache the request just filled; on another database, through the driver.
	 */
	@SuppressWarnings("unchecked")
	private List<String> scans(String document) {
		this.roundTrips.record();
		this.graphQl.document(document).execute().errors().verify();
		List<String> scans = new ArrayList<>();
		DatabaseManagementService dbms = this.embedded.getIfAvailable();
		GraphDatabaseService embedded = (dbms != null) ? dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) : null;
		try (var session = this.driver.session()) {
			for (Object[] args : this.roundTrips.recorded()) {
				Query query = args[0] instanceof Query q ? q
						: new Query((String) args[0], args.length > 1 && args[1] instanceof Map<?, ?> p
								? (Map<String, Object>) p : Map.of());
				if (query.text().contains("RETURN max(COUNT {")) {
					continue; // the list bounds, computed in the background after the graph changed (ListSizes)
				}
				Operator plan = (embedded != null)
						? embedded.executeTransactionally("EXPLAIN " + query.text(), query.parameters().asMap(),
								result -> Operator.of(result.getExecutionPlanDescription()))
						: Operator.of(session.run(query.withText("EXPLAIN " + query.text())).consume().plan());
				collect(plan, query.text(), scans);
			}
		}
		return scans;
	}

	/** An operator of a plan, from the driver's summary or the embedded API's description. */
	private record Operator(String type, String details, List<Operator> children) {

		static Operator of(Plan plan) {
			return new Operator(plan.operatorType(), String.valueOf(plan.arguments().get("Details")),
					plan.children().stream().map(Operator::of).toList());
		}

		static Operator of(ExecutionPlanDescription plan) {
			return new Operator(plan.getName(), String.valueOf(plan.getArguments().get("Details")),
					plan.getChildren().stream().map(Operator::of).toList());
		}

	}

	private static void collect(Operator plan, String cypher, List<String> scans) {
		String operator = plan.type().replaceAll("@.*", "");
		String details = plan.details();
		if (SCANS.contains(operator) && (operator.contains("AllNodes") || details.contains("Project")
				|| details.contains("Organization"))) {
			scans.add(operator + " " + details + " in\n" + cypher);
		}
		plan.children().forEach(child -> collect(child, cypher, scans));
	}

	/** Group key → project count and CNY total, and the whole total, as the service answers. */
	@SuppressWarnings("unchecked")
	private Map<String, String> summary(String grouping, String filter) {
		var answer = (Map<String, Object>) this.graphQl.document("""
				{ investmentSummary(groupBy: %s, filter: {%s}) {
				    total { projectCount cny } groups { key totals { projectCount cny } } } }"""
			.formatted(grouping, filter)).execute().path("investmentSummary").entity(Map.class).get();
		Map<String, String> result = new TreeMap<>();
		var total = (Map<String, Object>) answer.get("total");
		result.put("(total)", total.get("projectCount") + " " + money(total.get("cny")));
		for (var g : (List<Map<String, Object>>) answer.get("groups")) {
			var totals = (Map<String, Object>) g.get("totals");
			result.put(String.valueOf(g.get("key")), totals.get("projectCount") + " " + money(totals.get("cny")));
		}
		return result;
	}

	/** A project the definition selects, with the groups it counts in: the places it is in, walked up, and its sectors. */
	private record Selected(String id, Object cny, Object year, Set<Object> provinces, Set<Object> cities,
			Set<Object> sectors) {

		Set<String> keys(String grouping) {
			Set<Object> groups = switch (grouping) {
				case "PROVINCE" -> this.provinces;
				case "CITY" -> this.cities;
				case "SECTOR" -> this.sectors;
				default -> Collections.singleton(this.year);
			};
			return groups.isEmpty() ? Set.of("null") : groups.stream().map(String::valueOf).collect(Collectors.toSet());
		}

	}

	/**
	 * The projects the plain definition selects, in the list's order, each with its groups: one statement per
	 * filter, the groupings counted from its rows.
	 */
	@SuppressWarnings("unchecked")
	private List<Selected> selected(String where) {
		return this.neo4j.query("""
				MATCH (n:Project) WHERE %s
				RETURN n.id AS id, n.investmentCny AS cny, n.year AS year,
				       [(n)-[:LOCATED_IN|PART_OF*1..8]->(g:Province) | g.id] AS provinces,
				       [(n)-[:LOCATED_IN|PART_OF*1..8]->(g:City) | g.id] AS cities,
				       [(n)-[:IN_SECTOR]->(g:Sector) | g.id] AS sectors
				ORDER BY toLower(n.name), n.id""".formatted(where))
			.fetch().all().stream()
			.map(row -> new Selected((String) row.get("id"), row.get("cny"), row.get("year"),
					new TreeSet<>((List<Object>) row.get("provinces")), new TreeSet<>((List<Object>) row.get("cities")),
					new TreeSet<>((List<Object>) row.get("sectors"))))
			.toList();
	}

	/** The same by the definition: every selected project counted once in each of its groups, and once in the total. */
	private static Map<String, String> definition(String grouping, List<Selected> projects) {
		Map<String, List<Selected>> byKey = new TreeMap<>();
		for (Selected project : projects) {
			project.keys(grouping).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(project));
		}
		Map<String, String> expected = new TreeMap<>();
		byKey.forEach((key, members) -> expected.put(key, totals(members)));
		expected.put("(total)", totals(projects));
		return expected;
	}

	private static String totals(List<Selected> projects) {
		double cny = projects.stream().map(Selected::cny).filter(Objects::nonNull)
			.mapToDouble(value -> ((Number) value).doubleValue()).sum();
		return projects.size() + " " + money(cny);
	}

	private static String money(Object value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value == null ? 0.0 : ((Number) value).doubleValue());
	}

	/**
	 * Two provinces: north with two cities and a district each, south with one; a park in a district, a park
	 * inside that park, a park in a city; a program in the north province; firms in districts and parks, a
	 * university in a southern city with a school part of it; sixty projects spread over them (some placed
	 * nowhere, some only through the project they are a phase of, some in the program), in one or two of three
	 * sectors, over four years.
	 */
	private static byte[] generated() {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> rels = new ArrayList<>();
		nodes.add(node("province:anc-north", "Province", "Anc North"));
		nodes.add(node("province:anc-south", "Province", "Anc South"));
		for (String[] place : new String[][] { { "city:anc-north-1", "City", "province:anc-north" },
				{ "city:anc-north-2", "City", "province:anc-north" }, { "city:anc-south-1", "City", "province:anc-south" },
				{ "district:anc-north-1-a", "District", "city:anc-north-1" },
				{ "district:anc-north-2-a", "District", "city:anc-north-2" },
				{ "district:anc-south-1-a", "District", "city:anc-south-1" } }) {
			nodes.add(node(place[0], place[1], "Anc " + place[0].substring(place[0].indexOf(':') + 1)));
			rels.add(rel("PART_OF", place[0], place[2]));
		}
		nodes.add(node("park:anc-p1", "Park", "Anc Park One"));
		nodes.add(node("park:anc-p2", "Park", "Anc Park Two"));
		nodes.add(node("park:anc-p3", "Park", "Anc Park Three"));
		rels.add(rel("LOCATED_IN", "park:anc-p1", "district:anc-north-1-a"));
		rels.add(rel("LOCATED_IN", "park:anc-p2", "city:anc-south-1"));
		rels.add(rel("PART_OF", "park:anc-p3", "park:anc-p1"));
		var program = node("program:anc-program", "Program", "Anc Program");
		program.put("year", 2021);
		nodes.add(program);
		rels.add(rel("LOCATED_IN", "program:anc-program", "province:anc-north"));
		for (String sector : List.of("a", "b", "c")) {
			nodes.add(node("sector:anc-" + sector, "Sector", "Anc sector " + sector));
		}
		rels.add(rel("IN_SECTOR", "program:anc-program", "sector:anc-a"));
		List<String> places = List.of("district:anc-north-1-a", "district:anc-north-2-a", "park:anc-p1", "park:anc-p3",
				"park:anc-p2", "district:anc-south-1-a", "city:anc-north-2");
		List<String> firms = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String id = "company:anc-c" + i;
			var firm = node(id, "Company", "Anc Firm " + (char) ('F' - i));
			firm.put("country", i % 2 == 0 ? "CN" : "DE");
			nodes.add(firm);
			firms.add(id);
			rels.add(rel("LOCATED_IN", id, places.get(i % places.size())));
		}
		nodes.add(node("university:anc-u", "University", "Anc University"));
		nodes.add(node("institute:anc-school", "Institute", "Anc School of Chips"));
		rels.add(rel("LOCATED_IN", "university:anc-u", "city:anc-south-1"));
		rels.add(rel("PART_OF", "institute:anc-school", "university:anc-u"));
		rels.add(rel("IN_SECTOR", "company:anc-c2", "sector:anc-b"));
		String[] statuses = { "signed", "announced", "planned" };
		for (int p = 0; p < 60; p++) {
			String id = "project:anc-" + p;
			var project = node(id, "Project", "Anc Project " + p);
			// by month, and some by year or by day
			project.put("signedOn", (2019 + p % 4) + (p % 7 == 0 ? "" : "-0" + (1 + p % 9) + (p % 7 == 1 ? "-1" + p % 10 : "")));
			project.put("status", statuses[p % 3]);
			if (p % 6 != 0) {
				project.put("investment", Map.of("amount", 1_000_000 + 7_919 * p, "currency", p % 10 == 3 ? "USD" : "CNY"));
			}
			nodes.add(project);
			boolean phase = p % 9 == 8;
			if (phase) {
				rels.add(rel("PART_OF", id, "project:anc-" + (p - 1)));
			}
			else if (p % 8 != 7) {
				rels.add(rel("LOCATED_IN", id, places.get(p % places.size())));
			}
			if (p % 8 == 3) {
				// placed twice: in the north and in the south
				rels.add(rel("LOCATED_IN", id, "district:anc-south-1-a"));
			}
			if (p % 5 == 0) {
				rels.add(rel("PART_OF", id, "program:anc-program"));
			}
			if (p % 11 != 10) {
				rels.add(rel("IN_SECTOR", id, "sector:anc-" + "abc".charAt(p % 3)));
			}
			if (p % 4 == 0) {
				rels.add(rel("IN_SECTOR", id, "sector:anc-" + "abc".charAt((p + 1) % 3)));
			}
			rels.add(rel("DEVELOPS", firms.get(p % firms.size()), id));
			String investor = firms.get((p * 7 + 1) % firms.size());
			if (!investor.equals(firms.get(p % firms.size())) && p % 3 != 2) {
				rels.add(rel("INVESTS_IN", investor, id));
			}
			if (p % 7 == 0) {
				rels.add(rel("INVESTS_IN", "institute:anc-school", id));
			}
		}
		var file = Map.of("source", Map.of("id", SOURCE, "kind", "news", "title", "Anchored selection test",
				"publishedOn", "2024"), "nodes", nodes, "relationships", rels);
		return JSON.writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
	}

}
