package org.chinatechgraph.project;

import java.util.List;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The projects room on the seed graph: a lookup, the list under each filter and pair, each project's province. */
@GraphQlTest(ProjectController.class)
@GraphQlSlice
class ProjectControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	private List<String> projectIds(String filter) {
		return this.graphQl.document("{ projects(first: 100, filter: %s) { edges { node { id } } } }".formatted(filter))
			.execute()
			.path("projects.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void aProjectIsLookedUpByIdWithItsProvinceAndCity() {
		this.graphQl.document("""
				{ project(id: "project:jiaxing-ic-advanced-packaging-and-testing") {
				    name year status province { id } city { id } investment { amount currency } } }""")
			.execute()
			.path("project.name").entity(String.class).isEqualTo("Jiaxing IC advanced packaging and testing project")
			.path("project.year").entity(Integer.class).isEqualTo(2020)
			.path("project.province.id").entity(String.class).isEqualTo("province:zhejiang")
			.path("project.city.id").entity(String.class).isEqualTo("city:jiaxing")
			.path("project.investment.currency").entity(String.class).isEqualTo("CNY");
	}

	@Test
	void anUnknownIdAndAnotherKindsIdAreNotFound() {
		for (String id : List.of("project:no-such-project", "province:jiangxi")) {
			this.graphQl.document("{ project(id: \"%s\") { id } }".formatted(id))
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).isEqualTo("No project with id '" + id + "'");
					assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				}))
				.path("project")
				.valueIsNull();
		}
	}

	@Test
	void placeFilterMatchesEveryLevelBelowThePlace() {
		List<String> jiangsu = projectIds("{place: \"province:jiangsu\"}");
		assertThat(jiangsu).contains("project:quick-flash-technologies-fenhu", "project:tack-nev-air-conditioning-compressor");
		assertThat(projectIds("{place: \"Suzhou\"}")).containsExactlyInAnyOrderElementsOf(jiangsu);
		assertThat(projectIds("{place: \"Wujiang\"}")).containsExactly("project:quick-flash-technologies-fenhu");
		assertThat(projectIds("{place: \"Anyuan Industrial Park\"}"))
			.containsExactly("project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{place: \"jiangxi province\"}"))
			.as("by alias, any case").containsExactly("project:tianyou-led-and-advanced-packaging");
	}

	@Test
	void sectorStatusNameAndAmountFilters() {
		assertThat(projectIds("{sector: \"advanced packaging\"}")).containsExactlyInAnyOrder(
				"project:jiaxing-ic-advanced-packaging-and-testing", "project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{sector: \"Mattery\"}")).as("by the typo kept as alias").isEmpty();
		assertThat(projectIds("{status: PLANNED, place: \"Hainan\"}")).containsExactly("project:hainan-pilot-platforms");
		assertThat(projectIds("{name: \"TIANYOU\"}")).containsExactly("project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{amount: {min: 900000000}}")).containsExactly("project:jiaxing-ic-advanced-packaging-and-testing");
		assertThat(projectIds("{amount: {max: 130000000, currency: USD}}"))
			.containsExactly("project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{amount: {min: 1, max: 2}}")).isEmpty();
	}

	@Test
	void dateRangesRespectThePrecisionOfEachEnd() {
		assertThat(projectIds("{signed: {from: \"2020-07-04\", to: \"2020-07\"}}"))
			.containsExactly("project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{signed: {from: \"2020-07\", to: \"2020-07-03\"}}"))
			.containsExactly("project:jiaxing-ic-advanced-packaging-and-testing");
		assertThat(projectIds("{signed: {from: \"2021\"}}")).isEmpty();
		assertThat(projectIds("{years: [2025]}")).contains("project:beijing-intelligent-computing-clusters")
			.doesNotContain("project:tianyou-led-and-advanced-packaging");
	}

	@Test
	void organizationAndProgramFilters() {
		assertThat(projectIds("{organization: \"company:dongguan-tianyou-semiconductor\"}"))
			.containsExactly("project:tianyou-led-and-advanced-packaging");
		assertThat(projectIds("{program: \"program:hunan-42-electronic-information-manufacturing-projects-2023\"}"))
			.hasSize(3);
	}

	@Test
	void filtersTogetherKeepWhatEachKeeps() {
		assertThat(projectIds("{place: \"Zhejiang\", years: [2020], sector: \"advanced packaging\"}"))
			.containsExactly("project:jiaxing-ic-advanced-packaging-and-testing");
		assertThat(projectIds("{place: \"Zhejiang\", sector: \"LED\"}")).isEmpty();
		assertThat(projectIds("{organization: \"company:dongguan-tianyou-semiconductor\", place: \"Jiangsu\"}")).isEmpty();
	}

	@Test
	void totalCountAndOrderFollowTheFilter() {
		List<String> names = this.graphQl.document("""
				{ projects(filter: {place: "province:jiangsu"}, orderBy: {field: NAME}, first: 100) {
				    edges { node { name } } } }""")
			.execute()
			.path("projects.edges[*].node.name").entityList(String.class).get();
		assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		this.graphQl.document("""
				{ projects(filter: {place: "province:jiangsu"}, orderBy: {field: NAME}, first: 1) {
				    totalCount edges { node { name } } pageInfo { hasNextPage } } }""")
			.execute()
			.path("projects.totalCount").entity(Integer.class).isEqualTo(names.size())
			.path("projects.edges[*].node.name").entityList(String.class).containsExactly(names.getFirst())
			.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

}
