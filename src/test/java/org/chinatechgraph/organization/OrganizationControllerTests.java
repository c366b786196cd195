package org.chinatechgraph.organization;

import java.util.Comparator;
import java.util.List;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizations room on the seed graph: a lookup with its units, the list by type, place and project count. */
@GraphQlTest(OrganizationController.class)
@GraphQlSlice
class OrganizationControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void organizationsSortByProjectCountAndFilterByTypeAndPlace() {
		var response = this.graphQl.document("""
				{ organizations(filter: {types: [COMPANY]}, orderBy: {field: PROJECT_COUNT, direction: DESC}, first: 100) {
				    totalCount edges { node { id type projectCount } } } }""").execute();
		List<Integer> counts = response.path("organizations.edges[*].node.projectCount").entityList(Integer.class).get();
		assertThat(counts).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
		response.path("organizations.edges[*].node.type").entityList(String.class)
			.satisfies(types -> assertThat(types).containsOnly("COMPANY"));
		this.graphQl.document("{ organizations(filter: {place: \"Kunshan\"}) { edges { node { id } } } }")
			.execute()
			.path("organizations.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("company:td-automotive-compressor-kunshan",
					"company:huatian-technology-kunshan-electronics", "fund:kunshan-industrial-development-investment-fund"));
	}

	@Test
	void aLookupAnswersItsUnitsAndProjectCount() {
		this.graphQl.document("""
				{ organization(id: "university:southern-university-of-science-and-technology") {
				    type units { unit { id } } } }""")
			.execute()
			.path("organization.type").entity(String.class).isEqualTo("UNIVERSITY")
			.path("organization.units[0].unit.id").entity(String.class).isEqualTo("institute:sustech-school-of-microelectronics");
	}

	/** Tianyou both invests in and develops its one project: a project, counted once, in the count and the order. */
	@Test
	void aProjectInvestedInAndDevelopedCountsOnce() {
		this.graphQl.document("{ organization(id: \"company:dongguan-tianyou-semiconductor\") { projectCount } }")
			.execute()
			.path("organization.projectCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aNameFilterFindsByAliasAndAnyCase() {
		this.graphQl.document("{ organizations(filter: {name: \"TIANYOU\"}) { totalCount edges { node { id } } } }")
			.execute()
			.path("organizations.totalCount").entity(Integer.class).isEqualTo(1)
			.path("organizations.edges[0].node.id").entity(String.class).isEqualTo("company:dongguan-tianyou-semiconductor");
	}

}
