package org.chinatechgraph.summary;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ReadApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's aggregates: {@code projectTimeline} (signed projects by month and sector), {@code topInvestors}
 * (what each organization commits) and {@code topOrganizations} (how many selected projects each invests in or
 * develops), on a small fact file of their own beside the seed.
 */
class ExplorerQueriesTests extends ReadApiTest {

	private static final String SOURCE = "article:explorer-aggregates-test";

	private static final String FACTS = """
			{"source": {"id": "%s", "kind": "news", "title": "Explorer aggregates", "publishedOn": "2031-05-01"},
			 "nodes": [
			   {"id": "sector:led", "label": "Sector"}, {"id": "sector:semiconductors", "label": "Sector"},
			   {"id": "project:exp-may", "label": "Project", "name": "Exp May Plant", "signedOn": "2031-05-02",
			    "investment": {"amount": 300000000, "currency": "CNY"}},
			   {"id": "project:exp-may-two", "label": "Project", "name": "Exp May Line", "signedOn": "2031-05",
			    "investment": {"amount": 100000000, "currency": "CNY"}},
			   {"id": "project:exp-year", "label": "Project", "name": "Exp Year Lab", "signedOn": "2031"},
			   {"id": "project:exp-unsigned", "label": "Project", "name": "Exp Unsigned Lab", "year": 2031},
			   {"id": "company:exp-sole", "label": "Company", "name": "Exp Sole Investor"},
			   {"id": "company:exp-partner-a", "label": "Company", "name": "Exp Partner A"},
			   {"id": "company:exp-partner-b", "label": "Company", "name": "Exp Partner B"}
			 ],
			 "relationships": [
			   {"type": "IN_SECTOR", "from": "project:exp-may", "to": "sector:led", "evidence": ["LED."]},
			   {"type": "IN_SECTOR", "from": "project:exp-may", "to": "sector:semiconductors", "evidence": ["Chips."]},
			   {"type": "IN_SECTOR", "from": "project:exp-may-two", "to": "sector:led", "evidence": ["LED too."]},
			   {"type": "INVESTS_IN", "from": "company:exp-sole", "to": "project:exp-may", "evidence": ["Alone."]},
			   {"type": "INVESTS_IN", "from": "company:exp-partner-a", "to": "project:exp-may-two",
			    "amount": {"amount": 60000000, "currency": "CNY"}, "evidence": ["A puts 60 million."]},
			   {"type": "INVESTS_IN", "from": "company:exp-partner-b", "to": "project:exp-may-two", "evidence": ["B too."]},
			   {"type": "INVESTS_IN", "from": "company:exp-sole", "to": "project:exp-year", "evidence": ["And a lab."]},
			   {"type": "DEVELOPS", "from": "company:exp-partner-a", "to": "project:exp-may-two", "evidence": ["A builds it."]},
			   {"type": "DEVELOPS", "from": "company:exp-partner-b", "to": "project:exp-year", "evidence": ["B builds the lab."]}
			 ]}""".formatted(SOURCE);

	@Autowired
	private FactLoader loader;

	@BeforeEach
	void load() {
		this.loader.load(FACTS.getBytes(StandardCharsets.UTF_8), "explorer-aggregates.json");
	}

	@AfterEach
	void retract() {
		this.loader.retract(SOURCE);
	}

	@Test
	void theTimelineCountsSignedProjectsByMonthAndSector() {
		assertThat(timeline("")).as("the unsigned project is left out; one in two sectors is in both")
			.containsExactly("2031-null none 1 0", "2031-5 sector:led 2 400000000",
					"2031-5 sector:semiconductors 1 300000000");
	}

	@Test
	void theTimelineByYearAddsUpTheMonthsOfEachSector() {
		assertThat(timeline("by: YEAR")).as("one entry per year and sector; month always null")
			.containsExactly("2031-null sector:led 2 400000000", "2031-null sector:semiconductors 1 300000000",
					"2031-null none 1 0");
	}

	@Test
	void theTimelineStacksTheLargestSectorsAndAddsUpTheOthers() {
		assertThat(timeline("sectors: 1")).as("LED has two projects, semiconductors one: it goes to the others")
			.containsExactly("2031-null none 1 0", "2031-5 sector:led 2 400000000", "2031-5 other 1 300000000");
	}

	@Test
	void anAutomaticTimelineIsByMonthForAFewMonths() {
		assertThat(timeline("by: AUTO")).containsExactly("2031-null none 1 0", "2031-5 sector:led 2 400000000",
				"2031-5 sector:semiconductors 1 300000000");
	}

	@Test
	void theTimelineRefusesANumberOfSectorsOutOfRange() {
		for (String sectors : new String[] { "0", "101" }) {
			this.graphQl.document("{ projectTimeline(sectors: " + sectors + ") { year } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("sectors must be between 1 and 100")));
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> timeline(String arguments) {
		return this.graphQl.document("{ projectTimeline(filter: {years: [2031]} " + arguments
				+ ") { year month sector { id } otherSectors projectCount cny } }")
			.execute()
			.path("projectTimeline")
			.entityList(Map.class)
			.get()
			.stream()
			.map(e -> (Map<String, Object>) e)
			.map(e -> e.get("year") + "-" + e.get("month") + " "
					+ (e.get("sector") != null ? ((Map<?, ?>) e.get("sector")).get("id")
							: Boolean.TRUE.equals(e.get("otherSectors")) ? "other" : "none")
					+ " " + e.get("projectCount") + " " + ((Number) e.get("cny")).longValue())
			.toList();
	}

	@Test
	@SuppressWarnings("unchecked")
	void topInvestorsAreRankedByWhatTheyCommit() {
		List<Map<String, Object>> investors = this.graphQl.document("""
				{ topInvestors(filter: {name: "Exp "}, first: 3) {
				    organization { id } projectCount projectsWithAmount cny } }""")
			.execute()
			.path("topInvestors")
			.entityList(Map.class)
			.get()
			.stream()
			.map(e -> (Map<String, Object>) e)
			.toList();
		assertThat(investors).extracting(i -> ((Map<?, ?>) i.get("organization")).get("id") + " "
				+ i.get("projectCount") + " " + i.get("projectsWithAmount") + " " + ((Number) i.get("cny")).longValue())
			.as("a sole investor counts the project's whole amount; a partner only what its link states")
			.containsExactly("company:exp-sole 2 1 300000000", "company:exp-partner-a 1 1 60000000",
					"company:exp-partner-b 1 0 0");
	}

	@Test
	void topOrganizationsCountEachSelectedProjectOnceWhateverLinksJoinThem() {
		assertThat(organizations("name: \"Exp \""))
			.as("Partner A invests in and develops one project: one project; ties ranked by name")
			.containsExactly("company:exp-partner-b 2 1 1", "company:exp-sole 2 2 0", "company:exp-partner-a 1 1 1");
		assertThat(organizations("name: \"Exp \", sector: \"led\""))
			.as("only the projects the filter selects are counted")
			.containsExactly("company:exp-partner-a 1 1 1", "company:exp-partner-b 1 1 0", "company:exp-sole 1 1 0");
	}

	@SuppressWarnings("unchecked")
	private List<String> organizations(String filter) {
		return this.graphQl.document("""
				{ topOrganizations(filter: {%s}, first: 5) {
				    organization { id } projectCount investedIn developed } }""".formatted(filter))
			.execute()
			.path("topOrganizations")
			.entityList(Map.class)
			.get()
			.stream()
			.map(e -> (Map<String, Object>) e)
			.map(o -> ((Map<?, ?>) o.get("organization")).get("id") + " " + o.get("projectCount") + " "
					+ o.get("investedIn") + " " + o.get("developed"))
			.toList();
	}

	@Test
	void theTopListsRefuseAPageOutOfRange() {
		for (String document : List.of("{ topInvestors(first: 0) { cny } }",
				"{ topOrganizations(first: 0) { projectCount } }")) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("first must be between 1 and 100")));
		}
	}

}
