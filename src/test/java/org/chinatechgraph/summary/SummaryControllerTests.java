package org.chinatechgraph.summary;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The investment summary on the seed graph, by each grouping, filtered and not, never counting twice. */
@GraphQlTest(SummaryController.class)
@GraphQlSlice
class SummaryControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void summaryByProvinceSectorAndYearNeverDoubleCounts() {
		var byProvince = this.graphQl.document("""
				{ investmentSummary(groupBy: PROVINCE) { groups { key totals { projectCount cny } } total { projectCount cny } } }""")
			.execute();
		List<Map> groups = byProvince.path("investmentSummary.groups").entityList(Map.class).get();
		assertThat(cny(groups, "province:zhejiang")).isEqualTo(1e9);
		assertThat(cny(groups, "province:jiangxi")).isEqualTo(8e8);
		double total = byProvince.path("investmentSummary.total.cny").entity(Double.class).get();
		assertThat(total).as("only projects, never program totals").isEqualTo(1.8e9);

		this.graphQl.document("""
				{ investmentSummary(groupBy: SECTOR, filter: {sector: "advanced packaging"}) {
				    groups { key totals { projectCount cny } } total { projectCount cny } } }""")
			.execute()
			.path("investmentSummary.total.projectCount").entity(Integer.class).isEqualTo(2)
			.path("investmentSummary.total.cny").entity(Double.class).isEqualTo(1.8e9);

		this.graphQl.document("{ investmentSummary(groupBy: YEAR) { groups { key totals { cny } } } }")
			.execute()
			.path("investmentSummary.groups[0].key").entity(String.class).isEqualTo("2020");

		this.graphQl.document("{ investmentSummary(groupBy: CITY) { groups { key label totals { cny } } } }")
			.execute()
			.path("investmentSummary.groups[0].key").entity(String.class).isEqualTo("city:jiaxing")
			.path("investmentSummary.groups[0].totals.cny").entity(Double.class).isEqualTo(1e9)
			.path("investmentSummary.groups[1].key").entity(String.class).isEqualTo("city:pingxiang")
			.path("investmentSummary.groups[1].totals.cny").entity(Double.class).isEqualTo(8e8);
	}

	@Test
	void aFilteredSummaryIsTheSumOfTheFilteredProjects() {
		this.graphQl.document("""
				{ investmentSummary(groupBy: YEAR, filter: {place: "Zhejiang", years: [2020]}) {
				    total { projectCount projectsWithAmount cny } } }""")
			.execute()
			.path("investmentSummary.total.projectCount").entity(Integer.class).isEqualTo(2)
			.path("investmentSummary.total.projectsWithAmount").entity(Integer.class).isEqualTo(1)
			.path("investmentSummary.total.cny").entity(Double.class).isEqualTo(1e9);
	}

	private static double cny(List<Map> groups, String key) {
		Map<?, ?> group = groups.stream().filter(g -> key.equals(g.get("key"))).findFirst().orElseThrow();
		return ((Number) ((Map<?, ?>) group.get("totals")).get("cny")).doubleValue();
	}

}
