package org.chinatechgraph.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chinatechgraph.filter.Condition;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.GraphVersion;
import org.chinatechgraph.graph.ProjectSorts;
import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.support.ReadApiTest;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of projects gives the answers the graph gives: the same summary for each grouping, the same timeline,
 * the same rankings of organizations, the same page of a list in every order, under every condition it decides and
 * their combinations, on a graph made to hold the awkward cases (a project in two provinces, in a place of no
 * province, in a park, a program or another project, in no place, in several sectors or none; amounts on the
 * project, on the links, on neither; investors that also develop; two organizations of one name; names that sort
 * awkwardly; years and signing dates missing or partial). It answers only while the graph is unchanged, and leaves
 * to the graph the conditions and orders it cannot decide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectTableTests extends ReadApiTest {

	private static final String PREFIX = "tbl";

	private static final SummaryMeasures ALL = new SummaryMeasures(true, false, true, true, true);

	@Autowired
	private ReadCypher reads;

	@Autowired
	private GraphVersion version;

	@Autowired
	private ReadCache cache;

	private ProjectTable table;

	private SummaryQueries graphSummaries;

	private ExplorerQueries graphExplorer;

	private SummaryQueries tableSummaries;

	private ExplorerQueries tableExplorer;

	@BeforeAll
	void makeTheGraphAndTheTable() {
		this.neo4j.query(GRAPH).bindAll(graph(new Random(2026))).run();
		// the service's cache is off in these tests (see ServiceTest): every answer from the graph is read anew
		var none = new ProjectTable(this.reads, this.version, false, 0, Long.MAX_VALUE, 256, Duration.ofSeconds(2), false);
		this.graphSummaries = new SummaryQueries(this.cache, none);
		this.graphExplorer = new ExplorerQueries(this.cache, none);
		this.table = new ProjectTable(this.reads, this.version, true, 1_000_000, Long.MAX_VALUE, 256, Duration.ofSeconds(2), false);
		this.tableSummaries = new SummaryQueries(this.cache, this.table);
		this.tableExplorer = new ExplorerQueries(this.cache, this.table);
		assertThat(this.table.read()).as("table read").isTrue();
	}

	@AfterAll
	void removeTheGraph() {
		this.neo4j.query("MATCH (n:Entity) WHERE n.id CONTAINS ':" + PREFIX + "-' DETACH DELETE n").run();
	}

	@Test
	void everySummaryIsTheGraphs() {
		var groupings = SummaryGrouping.values();
		var selections = selections();
		for (int i = 0; i < selections.size(); i++) {
			// each selection with one grouping in turn, and every grouping with the broad selections
			var selection = selections.get(i);
			var asked = i < 2 ? List.of(groupings) : List.of(groupings[i % groupings.length]);
			for (var grouping : asked) {
				assertThat(this.table.summary(grouping, selection, ALL)).as("answered by the table").isPresent();
				assertThat(this.tableSummaries.summary(grouping, selection, ALL)).as(grouping + " of " + selection)
					.isEqualTo(this.graphSummaries.summary(grouping, selection, ALL));
			}
		}
		var totalOnly = new SummaryMeasures(false, false, false, true, false);
		var selection = selections.get(3);
		assertThat(this.tableSummaries.summary(SummaryGrouping.PROVINCE, selection, totalOnly))
			.isEqualTo(this.graphSummaries.summary(SummaryGrouping.PROVINCE, selection, totalOnly));
	}

	@Test
	void everyTimelineAndRankingIsTheGraphs() {
		for (var selection : selections()) {
			assertThat(this.table.timeline(selection)).as("answered by the table").isPresent();
			assertThat(this.tableExplorer.timeline(selection)).as("timeline of " + selection)
				.isEqualTo(this.graphExplorer.timeline(selection));
			assertThat(this.tableExplorer.investors(selection, 10)).as("investors of " + selection)
				.isEqualTo(this.graphExplorer.investors(selection, 10));
			assertThat(this.tableExplorer.organizations(selection, 10)).as("organizations of " + selection)
				.isEqualTo(this.graphExplorer.organizations(selection, 10));
		}
		var all = selections().getFirst();
		assertThat(this.tableExplorer.investors(all, 100)).hasSizeGreaterThan(10)
			.isEqualTo(this.graphExplorer.investors(all, 100));
		assertThat(this.tableExplorer.organizations(all, 100)).hasSizeGreaterThan(10)
			.isEqualTo(this.graphExplorer.organizations(all, 100));
	}

	@Test
	void theIdsAListStartsFromAreTheProjectsTheFilterSelects() {
		for (var selection : selections()) {
			var known = this.table.projects(selection, 1_000_000).orElseThrow();
			var selected = this.reads.rows(selection.cypher() + "\nRETURN n.id AS id", selection.parameters())
				.stream()
				.map(row -> (String) row.get("id"))
				.toList();
			assertThat(known.ids()).as("ids of " + selection).containsExactlyInAnyOrderElementsOf(selected);
			assertThat(known.current().getAsBoolean()).isTrue();
		}
		assertThat(this.table.projects(selections().getFirst(), 10)).as("more than asked for").isEmpty();
	}

	@Test
	void everyPageInEveryOrderIsTheGraphs() {
		int projects = inOrder(projects(), new SortOrder("NAME", "ASC")).size();
		int fewest = projects;
		for (var selection : selections()) {
			fewest = Math.min(fewest, inOrder(selection, new SortOrder("NAME", "ASC")).size());
			for (var field : ProjectSorts.EXPRESSIONS.keySet()) {
				for (var direction : List.of("ASC", "DESC")) {
					var order = new SortOrder(field, direction);
					List<String> all = inOrder(selection, order);
					for (int[] window : new int[][] { { 0, 5 }, { 3, 17 }, { 0, 1000 }, { all.size() - 2, 10 },
							{ all.size() + 5, 10 } }) {
						int offset = Math.max(0, window[0]);
						var known = this.table.page(selection, order, offset, window[1]).orElseThrow();
						assertThat(known.total()).as("count of " + selection).isEqualTo(all.size());
						assertThat(known.ids()).as(order + " from " + offset + " of " + selection)
							.isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + window[1], all.size())));
						assertThat(known.current().getAsBoolean()).isTrue();
					}
				}
			}
		}
		// the pages of a few projects are sorted by rank, those of many walked to in order: both are asked
		assertThat(fewest).as("the fewest projects a selection selects").isPositive().isLessThan(projects / 32);
	}

	@Test
	void anOrderTheTableCannotTellIsLeftToTheGraph() {
		assertThat(this.table.page(projects(), new SortOrder("RELEVANCE", "ASC"), 0, 5)).isEmpty();
		assertThat(this.table.page(projects(new Condition.NameContains("plant")), new SortOrder("NAME", "ASC"), 0, 5))
			.isEmpty();
	}

	/** The ids of the projects a selection selects, in the order the list's statement gives them. */
	private List<String> inOrder(Selection selection, SortOrder order) {
		String cypher = selection.cypher() + "\nWITH n, " + ProjectSorts.EXPRESSIONS.get(order.field())
				+ " AS sortKey ORDER BY sortKey IS NULL, sortKey " + order.direction() + ", n.id RETURN n.id AS id";
		return this.reads.rows(cypher, selection.parameters()).stream().map(row -> (String) row.get("id")).toList();
	}

	@Test
	void aQuestionAskedAgainSendsNoStatement() {
		var selection = projects(new Condition.InSector(id("sector", 1)), new Condition.InYears(List.of(2018, 2019)));
		var organizations = this.tableExplorer.organizations(selection, 7);
		var summary = this.tableSummaries.summary(SummaryGrouping.CITY, selection, ALL);
		this.roundTrips.reset();
		assertThat(this.tableExplorer.organizations(selection, 7)).isEqualTo(organizations);
		assertThat(this.tableSummaries.summary(SummaryGrouping.CITY, selection, ALL)).isEqualTo(summary);
		assertThat(this.roundTrips.count()).as("statements sent for the same questions again").isZero();
	}

	@Test
	void conditionsTheTableCannotDecideAreLeftToTheGraph() {
		for (Condition condition : List.of(new Condition.NameContains("plant"),
				new Condition.OfOrganization("company:" + PREFIX + "-1"))) {
			var selection = projects(condition, new Condition.InSector(id("sector", 0)));
			assertThat(this.table.summary(SummaryGrouping.PROVINCE, selection, ALL)).as(condition.toString()).isEmpty();
			assertThat(this.table.timeline(selection)).isEmpty();
			assertThat(this.table.investors(selection, 10)).isEmpty();
			assertThat(this.table.organizations(selection, 10)).isEmpty();
		}
		assertThat(this.table.summary(SummaryGrouping.PROVINCE, projects(), new SummaryMeasures(true, true, true, true,
				true))).as("programs asked").isEmpty();
	}

	@Test
	void aCommitMakesTheTableUnusedUntilItIsReadAgain() {
		var sector = projects(new Condition.InSector(id("sector", 0)));
		long before = this.tableSummaries.summary(SummaryGrouping.SECTOR, sector, ALL).total().projectCount();
		try {
			this.neo4j.query("""
					MATCH (s:Sector {id: $sector})
					CREATE (:Entity:Project {id: $id, name: 'Table Probe Works', year: 2020})-[:IN_SECTOR]->(s)""")
				.bindAll(Map.of("sector", id("sector", 0), "id", id("project", 9999)))
				.run();
			assertThat(this.table.summary(SummaryGrouping.SECTOR, sector, ALL)).as("after a commit").isEmpty();
			assertThat(this.table.page(sector, new SortOrder("NAME", "ASC"), 0, 5)).as("a page after a commit").isEmpty();
			assertThat(this.tableSummaries.summary(SummaryGrouping.SECTOR, sector, ALL).total().projectCount())
				.as("from the graph").isEqualTo(before + 1);
			assertThat(this.table.read()).isTrue();
			assertThat(this.table.summary(SummaryGrouping.SECTOR, sector, ALL)).as("read again").isPresent();
			assertThat(this.tableSummaries.summary(SummaryGrouping.SECTOR, sector, ALL).total().projectCount())
				.isEqualTo(before + 1);
		}
		finally {
			this.neo4j.query("MATCH (n {id: $id}) DETACH DELETE n").bind(id("project", 9999)).to("id").run();
			this.table.read();
		}
	}

	@Test
	void anAnswerIsKeptOnlyWhenAnswersMayBeKept() {
		var summary = this.table.summary(SummaryGrouping.SECTOR, projects(), ALL).orElseThrow();
		assertThat(this.table.summary(SummaryGrouping.SECTOR, projects(), ALL)).containsSame(summary);
		// a service whose cache keeps no answers (max-entries 0) works each one out again, alike
		var keepingNone = new ProjectTable(this.reads, this.version, true, 1_000_000, Long.MAX_VALUE, 0, Duration.ofSeconds(2), false);
		assertThat(keepingNone.read()).isTrue();
		var first = keepingNone.summary(SummaryGrouping.SECTOR, projects(), ALL).orElseThrow();
		var again = keepingNone.summary(SummaryGrouping.SECTOR, projects(), ALL).orElseThrow();
		assertThat(again).isEqualTo(first).isEqualTo(summary).isNotSameAs(first);
	}

	@Test
	void aGraphLargerThanAllowedOrThanTheHeapAllowsIsNotHeldInMemory() {
		var small = new ProjectTable(this.reads, this.version, true, 10, Long.MAX_VALUE, 256, Duration.ofSeconds(2),
				false);
		assertThat(small.read()).isFalse();
		assertThat(small.summary(SummaryGrouping.PROVINCE, projects(), ALL)).isEmpty();
		// nor one that would take more of the heap than the table may
		long projects = this.neo4j.query("MATCH (n:Project) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		var tight = new ProjectTable(this.reads, this.version, true, 1_000_000,
				projects * ProjectTable.BYTES_PER_PROJECT - 1, 256, Duration.ofSeconds(2), false);
		assertThat(tight.read()).isFalse();
		assertThat(tight.summary(SummaryGrouping.PROVINCE, projects(), ALL)).isEmpty();
		var enough = new ProjectTable(this.reads, this.version, true, 1_000_000,
				projects * ProjectTable.BYTES_PER_PROJECT, 256, Duration.ofSeconds(2), false);
		assertThat(enough.read()).isTrue();
	}

	/** Broad ones first, then each condition the table decides, alone and together. */
	private static List<Selection> selections() {
		var sector = new Condition.InSector(id("sector", 0));
		var fewYears = new Condition.InYears(List.of(2019, 2020));
		var manyYears = new Condition.InYears(List.of(2016, 2017, 2018, 2019, 2020, 2021, 2022));
		return List.of(projects(), projects(manyYears), projects(sector),
				projects(new Condition.InSector(id("sector", 3))), projects(fewYears),
				projects(new Condition.Inside(id("province", 0))), projects(new Condition.Inside(id("city", 1))),
				projects(new Condition.Inside(id("district", 2))), projects(new Condition.Inside(id("park", 0))),
				projects(new Condition.Inside(id("program", 0))), projects(new Condition.InProgram(id("program", 1))),
				projects(new Condition.InProgram(id("program", 0)), sector),
				projects(new Condition.InProgram(id("program", 1)), new Condition.WithStatus("signed")),
				projects(new Condition.Inside(id("city", 9))),
				projects(new Condition.WithStatus("under construction")),
				projects(new Condition.AmountBetween("investmentCny", 2e8, null)),
				projects(new Condition.AmountBetween("investmentUsd", null, 5e7)),
				projects(sector, manyYears), projects(new Condition.Inside(id("province", 1)), sector),
				projects(new Condition.Inside(id("province", 0)), new Condition.InSector(id("sector", 1)), fewYears),
				projects(new Condition.WithStatus("signed"), new Condition.InSector(id("sector", 2)),
						new Condition.AmountBetween("investmentCny", 1e7, 9e8)),
				projects(new Condition.SignedBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30))),
				projects(new Condition.SignedBetween(LocalDate.of(2018, 3, 1), null), sector),
				projects(new Condition.SignedBetween(null, LocalDate.of(2017, 12, 31))),
				projects(new Condition.SignedBetween(LocalDate.of(2020, 10, 15), LocalDate.of(2020, 10, 15)),
						new Condition.Inside(id("province", 0))));
	}

	private static Selection projects(Condition... conditions) {
		return new Selection("Project", List.of(conditions));
	}

	private static String id(String kind, int number) {
		return kind + ":" + PREFIX + "-" + number;
	}

	private static final String GRAPH = """
			UNWIND $nodes AS node
			CREATE (n:Entity {id: node.id}) SET n:$(node.labels), n += node.properties
			WITH count(*) AS made
			UNWIND $links AS link
			MATCH (a:Entity {id: link.from}), (b:Entity {id: link.to})
			CREATE (a)-[r:$(link.type)]->(b) SET r += link.properties""";

	/**
	 * Four provinces with cities, districts and parks under them, a city in no province, programs, sectors, forty
	 * organizations (two of one name) and 400 projects placed, linked and dated at random.
	 */
	private static Map<String, Object> graph(Random random) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> links = new ArrayList<>();
		for (int p = 0; p < 4; p++) {
			nodes.add(node(id("province", p), List.of("Place", "Province"), Map.of("name", "Tbl Province " + p)));
		}
		for (int c = 0; c < 10; c++) {
			nodes.add(node(id("city", c), List.of("Place", "City"), Map.of("name", "Tbl City " + c)));
			if (c < 9) { // city 9 is in no province
				links.add(link("LOCATED_IN", id("city", c), id("province", c % 4), Map.of()));
			}
		}
		for (int d = 0; d < 12; d++) {
			nodes.add(node(id("district", d), List.of("Place", "District"), Map.of("name", "Tbl District " + d)));
			links.add(link("LOCATED_IN", id("district", d), id("city", d % 10), Map.of()));
		}
		for (int k = 0; k < 4; k++) {
			nodes.add(node(id("park", k), List.of("Park"), Map.of("name", "Tbl Park " + k)));
			links.add(link("LOCATED_IN", id("park", k), k == 3 ? id("city", 9) : id("district", k * 3), Map.of()));
		}
		for (int g = 0; g < 2; g++) {
			nodes.add(node(id("program", g), List.of("Program"), Map.of("name", "Tbl Program " + g, "year", 2020)));
			links.add(link("LOCATED_IN", id("program", g), id("province", g), Map.of()));
		}
		for (int s = 0; s < 5; s++) {
			nodes.add(node(id("sector", s), List.of("Sector"), Map.of("name", "Tbl Sector " + s)));
		}
		for (int o = 0; o < 40; o++) {
			// organizations 38 and 39 share a name: their id orders them
			String name = "Tbl Org " + (o >= 38 ? "Twin" : String.valueOf(o));
			nodes.add(node(id("company", o), List.of("Organization", "Company"), Map.of("name", name)));
		}
		List<String> containers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			containers.add(id("district", i));
		}
		containers.addAll(List.of(id("city", 2), id("city", 9), id("park", 0), id("park", 3), id("province", 3),
				id("program", 0), id("program", 1)));
		String[] statuses = { "signed", "under construction", "operating" };
		for (int x = 0; x < 400; x++) {
			String project = id("project", x);
			Map<String, Object> properties = new HashMap<>();
			properties.put("name", name(x));
			if (random.nextInt(10) > 0) {
				int year = 2014 + random.nextInt(11);
				properties.put("year", year);
				if (random.nextInt(3) > 0) {
					properties.put("signedStart", java.time.LocalDate.of(year, 1 + random.nextInt(12), 1));
				}
				switch (random.nextInt(4)) {
					case 0 -> properties.put("signedOn", String.valueOf(year));
					case 1 -> properties.put("signedOn", year + "-0" + (1 + random.nextInt(9)));
					case 2 -> properties.put("signedOn", year + "-1" + random.nextInt(3) + "-1" + random.nextInt(9));
					default -> {
					}
				}
				if (properties.get("signedOn") instanceof String signedOn) {
					// the days it covers, as an ingestion sets them (a start without them stays, for the orders)
					var signed = org.chinatechgraph.system.PartialDate.parse(signedOn);
					properties.put("signedStart", signed.start());
					properties.put("signedEnd", signed.end());
				}
			}
			if (random.nextInt(3) > 0) {
				properties.put("investmentCny", 1_000_000L * (1 + random.nextInt(2000)));
			}
			if (random.nextInt(4) == 0) {
				properties.put("investmentUsd", 100_000.5 * (1 + random.nextInt(900)));
			}
			if (random.nextInt(4) > 0) {
				properties.put("status", statuses[random.nextInt(statuses.length)]);
			}
			nodes.add(node(project, List.of("Project"), properties));
			int places = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
			for (int i = 0; i < places; i++) {
				String container = containers.get(random.nextInt(containers.size()));
				links.add(link(container.startsWith("program") ? "PART_OF" : "LOCATED_IN", project, container, Map.of()));
			}
			if (x > 0 && random.nextInt(12) == 0) { // a phase of an earlier project
				links.add(link("PART_OF", project, id("project", random.nextInt(x)), Map.of()));
			}
			for (int s : random.ints(random.nextInt(4), 0, 5).distinct().toArray()) {
				links.add(link("IN_SECTOR", project, id("sector", s), Map.of()));
			}
			int[] investors = random.ints(random.nextInt(4), 0, 40).distinct().toArray();
			for (int o : investors) {
				Map<String, Object> amount = random.nextBoolean() ? Map.of("amountCny", 500_000L * (1 + random.nextInt(300)))
						: Map.of();
				links.add(link("INVESTS_IN", id("company", o), project, amount));
			}
			for (int o : random.ints(random.nextInt(3), 0, 40).distinct().toArray()) {
				links.add(link("DEVELOPS", id("company", o), project, Map.of()));
			}
		}
		return Map.of("nodes", nodes, "links", links);
	}

	/**
	 * Names that sort awkwardly: any case, shared by several projects (their ids order them), accented, full-width,
	 * and beyond the 16-bit characters (where ordering by code point and by UTF-16 unit differ).
	 */
	private static String name(int x) {
		if (x % 13 == 0) {
			return x % 2 == 0 ? "Tbl Twin Works" : "TBL TWIN WORKS";
		}
		if (x % 17 == 0) {
			return "\uFF34bl Wide " + x;
		}
		if (x % 19 == 0) {
			return "\uD840\uDC00 Tbl " + x;
		}
		if (x % 23 == 0) {
			return "\u00C9lan Tbl " + x;
		}
		return (x % 9 == 0 ? "tbl project " : "Tbl Project ") + x;
	}

	private static Map<String, Object> node(String id, List<String> labels, Map<String, Object> properties) {
		return Map.of("id", id, "labels", labels, "properties", properties);
	}

	private static Map<String, Object> link(String type, String from, String to, Map<String, Object> properties) {
		return Map.of("type", type, "from", from, "to", to, "properties", properties);
	}

}
