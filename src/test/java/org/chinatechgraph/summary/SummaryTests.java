package org.chinatechgraph.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.project.ProjectSelection;
import org.chinatechgraph.support.ReadApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The investment summary takes each selected project's direct containers up to the groups, each container once;
 * its answer must be the one of the plain definition (each project walked up to its groups on its own),
 * including the awkward cases: a project in two provinces, one placed nowhere, one in a place that belongs to
 * no province, one in both such a place and a province, one in a program, phases of placed and unplaced projects.
 */
class SummaryTests extends ReadApiTest {

	private static final String SOURCE = "article:summary-edge-cases-test";

	private static final String FACTS = """
			{"source": {"id": "%s", "kind": "news", "title": "Summary edge cases", "publishedOn": "2021"},
			 "nodes": [
			   {"id": "district:anyuan", "label": "District"}, {"id": "city:jiaxing", "label": "City"},
			   {"id": "province:jiangsu", "label": "Province"}, {"id": "sector:led", "label": "Sector"},
			   {"id": "sector:semiconductors", "label": "Sector"},
			   {"id": "project:sum-two-provinces", "label": "Project", "name": "Sum Two Provinces Line", "year": 2021,
			    "investment": {"amount": 100000000, "currency": "CNY"}},
			   {"id": "project:sum-nowhere", "label": "Project", "name": "Sum Nowhere Plant", "year": 2022,
			    "investment": {"amount": 50000000, "currency": "CNY"}},
			   {"id": "city:sum-abroad", "label": "City", "name": "Sum Abroad City"},
			   {"id": "project:sum-abroad", "label": "Project", "name": "Sum Abroad Plant", "year": 2021,
			    "investment": {"amount": 70000000, "currency": "CNY"}},
			   {"id": "program:sum-program", "label": "Program", "name": "Sum Program", "year": 2021},
			   {"id": "project:sum-in-program", "label": "Project", "name": "Sum Program Plant", "year": 2021,
			    "investment": {"amount": 30000000, "currency": "CNY"}},
			   {"id": "project:sum-phase-of-abroad", "label": "Project", "name": "Sum Abroad Phase Two",
			    "investment": {"amount": 20000000, "currency": "CNY"}},
			   {"id": "project:sum-phase-of-two", "label": "Project", "name": "Sum Two Provinces Phase Two", "year": 2022},
			   {"id": "district:haidian", "label": "District"},
			   {"id": "project:sum-haidian", "label": "Project", "name": "Sum Haidian Lab", "year": 2022,
			    "investment": {"amount": 10000000, "currency": "CNY"}},
			   {"id": "project:sum-half-abroad", "label": "Project", "name": "Sum Half Abroad Works", "year": 2021,
			    "investment": {"amount": 5000000, "currency": "CNY"}}
			 ],
			 "relationships": [
			   {"type": "LOCATED_IN", "from": "project:sum-two-provinces", "to": "district:anyuan", "evidence": ["In Anyuan."]},
			   {"type": "LOCATED_IN", "from": "project:sum-haidian", "to": "district:haidian", "evidence": ["In Haidian."]},
			   {"type": "LOCATED_IN", "from": "project:sum-two-provinces", "to": "city:jiaxing", "evidence": ["And Jiaxing."]},
			   {"type": "IN_SECTOR", "from": "project:sum-two-provinces", "to": "sector:led", "evidence": ["LED."]},
			   {"type": "IN_SECTOR", "from": "project:sum-two-provinces", "to": "sector:semiconductors", "evidence": ["Chips."]},
			   {"type": "IN_SECTOR", "from": "project:sum-nowhere", "to": "sector:led", "evidence": ["LED too."]},
			   {"type": "LOCATED_IN", "from": "project:sum-abroad", "to": "city:sum-abroad", "evidence": ["Abroad."]},
			   {"type": "LOCATED_IN", "from": "project:sum-half-abroad", "to": "district:haidian", "evidence": ["Here."]},
			   {"type": "LOCATED_IN", "from": "project:sum-half-abroad", "to": "city:sum-abroad", "evidence": ["There."]},
			   {"type": "LOCATED_IN", "from": "program:sum-program", "to": "province:jiangsu", "evidence": ["Jiangsu's."]},
			   {"type": "PART_OF", "from": "project:sum-in-program", "to": "program:sum-program", "evidence": ["Part of it."]},
			   {"type": "PART_OF", "from": "project:sum-phase-of-abroad", "to": "project:sum-abroad", "evidence": ["Phase."]},
			   {"type": "PART_OF", "from": "project:sum-phase-of-two", "to": "project:sum-two-provinces", "evidence": ["Phase."]}
			 ]}""".formatted(SOURCE);

	/** The definition: every selected project, walked up to each of its groups once (none: a group of its own). */
	private static final Map<String, String> DEFINITION = Map.of(
			"PROVINCE", "OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(g:Province) RETURN DISTINCT g.id AS key",
			"CITY", "OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(g:City) RETURN DISTINCT g.id AS key",
			"DISTRICT", "OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(g:District) RETURN DISTINCT g.id AS key",
			"SECTOR", "OPTIONAL MATCH (n)-[:IN_SECTOR]->(g:Sector) RETURN DISTINCT g.id AS key",
			"YEAR", "RETURN toString(n.year) AS key");

	@Autowired
	private FactLoader loader;

	@Autowired
	private ProjectSelection selection;

	@BeforeEach
	void loadEdgeCases() {
		this.loader.load(FACTS.getBytes(StandardCharsets.UTF_8), "summary-edge-cases.json");
	}

	@AfterEach
	void retract() {
		this.loader.retract(SOURCE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"PROVINCE | ''", "CITY | ''", "DISTRICT | ''", "SECTOR | ''", "YEAR | ''",
			"DISTRICT | 'filter: {place: \"province:beijing\"}'", "DISTRICT | 'filter: {years: [2021]}'",
			"PROVINCE | 'filter: {years: [2021]}'", "CITY | 'filter: {years: [2021]}'", "CITY | 'filter: {sector: \"led\"}'",
			"SECTOR | 'filter: {place: \"Zhejiang\"}'", "PROVINCE | 'filter: {amount: {min: 40000000}}'",
			"PROVINCE | 'filter: {years: [2019, 2020, 2021, 2022]}'", "SECTOR | 'filter: {status: SIGNED}'",
			"YEAR | 'filter: {amount: {max: 60000000}}'" })
	void groupsAreThoseOfTheDefinition(String groupBy, String filter) {
		var answer = this.graphQl.document("""
				{ investmentSummary(groupBy: %s, %s) {
				    total { projectCount cny } groups { key label totals { projectCount cny } } } }"""
			.formatted(groupBy, filter)).execute();
		List<Map<String, Object>> groups = answer.path("investmentSummary.groups").entityList(Map.class).get()
			.stream().map(g -> (Map<String, Object>) g).toList();
		Map<String, String> byService = new TreeMap<>();
		for (var g : groups) {
			var totals = (Map<?, ?>) g.get("totals");
			byService.put(String.valueOf(g.get("key")), totals.get("projectCount") + " " + money(totals.get("cny")));
			assertThat(g.get("label")).as("a group without a key is called (none)")
				.isEqualTo(g.get("key") == null ? "(none)" : g.get("label"));
		}
		assertThat(byService).isEqualTo(definition(groupBy, filter));
		assertThat(byService).as("the edge cases are in the summary").isNotEmpty();
	}

	/**
	 * A summary computes only what the request asks for; each part asked alone, or a few together, is what the
	 * whole answer says of it.
	 */
	@ParameterizedTest
	@CsvSource({ "PROVINCE", "CITY", "DISTRICT", "SECTOR", "YEAR" })
	@SuppressWarnings("unchecked")
	void aPartAskedAloneIsThePartOfTheWholeAnswer(String groupBy) {
		String totals = "projectCount projectsWithAmount cny usd";
		var whole = (Map<String, Object>) this.graphQl.document("""
				{ investmentSummary(groupBy: %s) { total { %s } groups { key label totals { %s } } programs { id } } }"""
			.formatted(groupBy, totals, totals)).execute().path("investmentSummary").entity(Map.class).get();
		assertThat((List<?>) whole.get("groups")).isNotEmpty();
		for (String part : List.of("total { usd }", "total { projectCount }", "groups { key totals { cny } }",
				"groups { label totals { projectsWithAmount usd } }", "programs { id }",
				"total { cny } programs { id }", "groups { key } total { projectsWithAmount }")) {
			var answer = (Map<String, Object>) this.graphQl.document("{ investmentSummary(groupBy: %s) { %s } }"
				.formatted(groupBy, part)).execute().path("investmentSummary").entity(Map.class).get();
			assertThat(answer).as(part).isEqualTo(only(whole, answer));
		}
	}

	/** The parts of {@code whole} that {@code shape} has, at the same places. */
	@SuppressWarnings("unchecked")
	private static Object only(Object whole, Object shape) {
		if (shape instanceof Map<?, ?> map) {
			Map<String, Object> kept = new java.util.LinkedHashMap<>();
			map.keySet().forEach(key -> kept.put((String) key, only(((Map<String, Object>) whole).get(key), map.get(key))));
			return kept;
		}
		if (shape instanceof List<?> list && !list.isEmpty()) {
			return ((List<Object>) whole).stream().map(item -> only(item, list.getFirst())).toList();
		}
		return whole;
	}

	@org.junit.jupiter.api.Test
	void everyFilterGivenIsAConditionThatReadsItsParameters() {
		// lists and summaries test only the filters a request sets: a filter without its condition would be ignored
		var all = this.selection.of(new org.chinatechgraph.project.ProjectFilter("x", "Zhejiang", "led", "SIGNED",
				new org.chinatechgraph.system.AmountRange(1.0, 2.0, null), new org.chinatechgraph.system.DateRange(null,
						org.chinatechgraph.system.PartialDate.parse("2030")), List.of(2021),
				"project:sum-nowhere", "program:sum-program"));
		assertThat(all.conditions()).hasSize(9);
		String cypher = all.cypher();
		all.parameters().forEach((name, value) -> {
			if (value != null) {
				assertThat(cypher).as("the test of " + name).containsPattern("\\$" + name + "\\b");
			}
		});
		// a name alone is the anchor, with a parameter of its own
		var named = this.selection.of(new org.chinatechgraph.project.ProjectFilter("Huali Fab", null, null, null, null,
				null, null, null, null));
		assertThat(named.parameters()).containsEntry("nameQuery", "*huali* AND *fab*");
		named.parameters().forEach((name, value) -> assertThat(named.cypher()).as("the test of " + name)
			.containsPattern("\\$" + name + "\\b"));
		assertThat(this.selection.of(null).cypher()).isEqualTo("MATCH (n:Project)\nWHERE true");
	}

	/** The same summary by the definition, with the filter written out for the cases above. */
	private Map<String, String> definition(String groupBy, String filter) {
		String where = switch (filter) {
			case "" -> "true";
			case "filter: {years: [2021]}" -> "n.year IN [2021]";
			case "filter: {sector: \"led\"}" -> "EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: 'sector:led'}) }";
			case "filter: {place: \"Zhejiang\"}" -> "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Province {id: 'province:zhejiang'}) }";
			case "filter: {amount: {min: 40000000}}" -> "n.investmentCny >= 40000000";
			case "filter: {amount: {max: 60000000}}" -> "n.investmentCny <= 60000000";
			case "filter: {years: [2019, 2020, 2021, 2022]}" -> "n.year IN [2019, 2020, 2021, 2022]";
			case "filter: {status: SIGNED}" -> "n.status = 'signed'";
			case "filter: {place: \"province:beijing\"}" -> "EXISTS { (n)-[:LOCATED_IN|PART_OF*1..8]->(:Province {id: 'province:beijing'}) }";
			default -> throw new IllegalArgumentException(filter);
		};
		Map<String, String> expected = new TreeMap<>();
		this.neo4j.query("""
				MATCH (n:Project) WHERE %s
				CALL (n) { %s }
				RETURN key, count(n) AS projects, sum(n.investmentCny) AS cny""".formatted(where, DEFINITION.get(groupBy)))
			.fetch().all()
			.forEach(row -> expected.put(String.valueOf(row.get("key")), row.get("projects") + " " + money(row.get("cny"))));
		return expected;
	}

	private static String money(Object value) {
		return String.format(java.util.Locale.ROOT, "%.2f", ((Number) value).doubleValue());
	}

}
