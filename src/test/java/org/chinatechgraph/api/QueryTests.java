package org.chinatechgraph.api;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Filters, sorting, search, traversals and aggregates on the seed graph, as a user would ask them. */
class QueryTests extends ServiceTest {

	@Autowired
	private FactLoader loader;

	private List<String> projectIds(String filter) {
		return this.graphQl.document("{ projects(first: 100, filter: %s) { edges { node { id } } } }".formatted(filter))
			.execute()
			.path("projects.edges[*].node.id")
			.entityList(String.class)
			.get();
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
	void organizationsSortByProjectCountAndFilterByTypeAndPlace() {
		var response = this.graphQl.document("""
				{ organizations(filter: {types: [COMPANY]}, orderBy: {field: PROJECT_COUNT, direction: DESC}, first: 100) {
				    totalCount edges { node { id type projectCount } } } }""").execute();
		List<Integer> counts = response.path("organizations.edges[*].node.projectCount").entityList(Integer.class).get();
		assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
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
	void placesListByLevelWithinAndCodePrefix() {
		// 13 prefecture-level cities, 95 county-level divisions and the town of Fenhu
		this.graphQl.document("{ places(filter: {within: \"Jiangsu\"}, orderBy: {field: CODE}) { totalCount edges { node { id } } } }")
			.execute()
			.path("places.totalCount").entity(Integer.class).isEqualTo(109)
			.path("places.edges[0].node.id").entity(String.class).isEqualTo("city:nanjing");
		this.graphQl.document("{ places(filter: {within: \"Suzhou\"}, orderBy: {field: CODE}) { edges { node { id } } } }")
			.execute()
			.path("places.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(10).contains("district:wujiang", "district:kunshan", "town:fenhu"));
		this.graphQl.document("{ places(filter: {codePrefix: \"33\", levels: [CITY]}) { totalCount } }")
			.execute()
			.path("places.totalCount").entity(Integer.class).isEqualTo(11);
	}

	@Test
	void parksHostingSemiconductorProjects() {
		this.graphQl.document("{ parks(filter: {sector: \"semiconductors\"}) { edges { node { id projectCount } } } }")
			.execute()
			.path("parks.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("park:anyuan-industrial-park", "park:jiaxing-technology-city"));
	}

	@Test
	void searchFindsNamesAliasesTyposAndChineseNames() {
		assertThat(searchIds("Tianyou", null)).first().isEqualTo("company:dongguan-tianyou-semiconductor");
		assertThat(searchIds("Dogguang", null)).contains("company:dongguan-tianyou-semiconductor");
		assertThat(searchIds("Xheijian", null)).first().isEqualTo("province:zhejiang");
		assertThat(searchIds("Pekin Universty", null)).first().isEqualTo("university:peking-university");
		assertThat(searchIds("北京大学", null)).first().isEqualTo("university:peking-university");
		assertThat(searchIds("NUDT", null)).first().isEqualTo("university:national-university-of-defense-technology");
		assertThat(searchIds("semiconductor", "[PLACE]")).isEmpty();
		assertThat(searchIds("Kunshan", "[PARK]")).containsExactly("park:kunshan-economic-and-technological-development-zone");
		assertThat(searchIds("a AND (b OR \\\"c", null)).isNotNull();
	}

	private List<String> searchIds(String text, String types) {
		return this.graphQl.document("query($text: String!) { search(text: $text%s) { entity { id } } }"
			.formatted(types == null ? "" : ", types: " + types)).variable("text", text).execute()
			.path("search[*].entity.id").entityList(String.class).get();
	}

	@Test
	void coInvestorsShareProjectsMostSharedFirst() {
		this.graphQl.document("{ coInvestors(id: \"company:dongguan-tianyou-semiconductor\") { organization { id } } }")
			.execute()
			.path("coInvestors").entityList(Object.class).hasSize(0);
		this.loader.load(CO_INVESTMENTS.getBytes(java.nio.charset.StandardCharsets.UTF_8), "co-investors.json");
		try {
			this.graphQl.document("""
					{ coInvestors(id: "company:co-test-a") { organization { id } projects { id } } }""")
				.execute()
				.path("coInvestors[*].organization.id").entityList(String.class)
				.containsExactly("company:co-test-b", "fund:co-test-c")
				.path("coInvestors[0].projects[*].id").entityList(String.class)
				.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("project:co-test-1", "project:co-test-2"))
				.path("coInvestors[1].projects[*].id").entityList(String.class).containsExactly("project:co-test-2");
		}
		finally {
			this.loader.retract("article:co-investors-test");
		}
	}

	private static final String CO_INVESTMENTS = """
			{"source": {"id": "article:co-investors-test", "kind": "news", "title": "Co-investors", "publishedOn": "2022"},
			 "nodes": [
			   {"id": "company:co-test-a", "label": "Company", "name": "Co Test A"},
			   {"id": "company:co-test-b", "label": "Company", "name": "Co Test B"},
			   {"id": "fund:co-test-c", "label": "Fund", "name": "Co Test C"},
			   {"id": "project:co-test-1", "label": "Project", "name": "Co Test Plant 1"},
			   {"id": "project:co-test-2", "label": "Project", "name": "Co Test Plant 2"}
			 ],
			 "relationships": [
			   {"type": "INVESTS_IN", "from": "company:co-test-a", "to": "project:co-test-1", "evidence": ["A funds 1."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-a", "to": "project:co-test-2", "evidence": ["A funds 2."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-b", "to": "project:co-test-1", "evidence": ["B funds 1."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-b", "to": "project:co-test-2", "evidence": ["B funds 2."]},
			   {"type": "INVESTS_IN", "from": "fund:co-test-c", "to": "project:co-test-2", "evidence": ["C funds 2."]}
			 ]}""";

	@Test
	void partnershipPathGoesThroughOrganizationsAndProjectsOnly() {
		var path = this.graphQl.document("""
				{ partnershipPath(from: "university:national-university-of-defense-technology", to: "university:peking-university") {
				    length nodes { id __typename } links { type from to } } }""").execute();
		path.path("partnershipPath.length").entity(Integer.class).isEqualTo(2)
			.path("partnershipPath.nodes[1].id").entity(String.class)
			.isEqualTo("park:tianhe-huigaolian-blockchain-semiconductor-equipment-industrial-park")
			.path("partnershipPath.links[*].type").entityList(String.class).containsExactly("PARTNERS_WITH", "PARTNERS_WITH");
		this.graphQl.document("""
				{ partnershipPath(from: "company:dongguan-tianyou-semiconductor", to: "company:alpsentek") { length } }""")
			.execute()
			.path("partnershipPath").valueIsNull();
	}

	@Test
	void summaryByProvinceSectorAndYearNeverDoubleCounts() {
		var byProvince = this.graphQl.document("""
				{ investmentSummary(groupBy: PROVINCE) { groups { key totals { projectCount cny } } total { projectCount cny } } }""")
			.execute();
		List<Map> groups = byProvince.path("investmentSummary.groups").entityList(Map.class).get();
		Map<?, ?> zhejiang = groups.stream().filter(g -> "province:zhejiang".equals(g.get("key"))).findFirst().orElseThrow();
		assertThat(((Number) ((Map<?, ?>) zhejiang.get("totals")).get("cny")).doubleValue()).isEqualTo(1e9);
		Map<?, ?> jiangxi = groups.stream().filter(g -> "province:jiangxi".equals(g.get("key"))).findFirst().orElseThrow();
		assertThat(((Number) ((Map<?, ?>) jiangxi.get("totals")).get("cny")).doubleValue()).isEqualTo(8e8);
		double total = byProvince.path("investmentSummary.total.cny").entity(Double.class).get();
		assertThat(total).as("only projects, never program totals").isEqualTo(1.8e9);

		var bySector = this.graphQl.document("""
				{ investmentSummary(groupBy: SECTOR, filter: {sector: "advanced packaging"}) {
				    groups { key totals { projectCount cny } } total { projectCount cny } } }""").execute();
		bySector.path("investmentSummary.total.projectCount").entity(Integer.class).isEqualTo(2)
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
	void nodeLooksUpAnyKindById() {
		this.graphQl.document("""
				{ nodes(ids: ["province:jiangxi", "article:kunshan-2021-11", "sector:led", "nope:nothing"]) {
				    id __typename } }""")
			.execute()
			.path("nodes[*].__typename").entityList(String.class).containsExactly("Place", "Article", "Sector")
			.path("nodes[3]").valueIsNull();
	}

	/** A relationship list without first is whole (Guangdong has 21 prefecture-level cities); first keeps its first. */
	@Test
	void aListWithoutFirstIsWholeAndFirstKeepsTheFirstByName() {
		var all = this.graphQl.document("{ place(id: \"province:guangdong\") { children { name } } }")
			.execute()
			.path("place.children[*].name").entityList(String.class).hasSize(21).get();
		assertThat(all).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		this.graphQl.document("{ place(id: \"province:guangdong\") { children(first: 5) { name } } }")
			.execute()
			.path("place.children[*].name").entityList(String.class).containsExactly(all.subList(0, 5).toArray(String[]::new));
	}

	/** An article's mentions and a node's sources, given first, are the first of the whole lists, cut per parent. */
	@Test
	void mentionsAndReportedInGivenFirstAreTheFirstOfTheirWholeLists() {
		String article = "article:advanced-packaging-2020-07";
		var all = this.graphQl.document("{ article(id: \"" + article + "\") { mentions { entity { id } } } }")
			.execute()
			.path("article.mentions[*].entity.id").entityList(String.class).hasSizeGreaterThan(3).get();
		this.graphQl.document("{ a: article(id: \"" + article + "\") { mentions(first: 3) { entity { id } } } "
				+ "b: article(id: \"" + article + "\") { mentions(first: 1) { entity { id } } } }")
			.execute()
			.path("a.mentions[*].entity.id").entityList(String.class).containsExactly(all.subList(0, 3).toArray(String[]::new))
			.path("b.mentions[*].entity.id").entityList(String.class).containsExactly(all.getFirst());
		var sources = this.graphQl.document("{ place(id: \"province:jiangxi\") { reportedIn { article { id } } } }")
			.execute()
			.path("place.reportedIn[*].article.id").entityList(String.class).hasSizeGreaterThan(1).get();
		this.graphQl.document("{ place(id: \"province:jiangxi\") { reportedIn(first: 1) { article { id } } } }")
			.execute()
			.path("place.reportedIn[*].article.id").entityList(String.class).containsExactly(sources.getFirst());
	}

	@Test
	void everyRelationshipIsNavigableBothWays() {
		this.graphQl.document("""
				{
				  sector(id: "sector:led") { members { id } projectCount }
				  park(id: "park:anyuan-industrial-park") { tenants { subject { id } } locations { location { id } } }
				  place(id: "district:anyuan") { located { subject { id } } parent { id } children { id } }
				  article(id: "article:advanced-packaging-2020-07") { mentionCount mentions { entity { id } } }
				  university: organization(id: "university:southern-university-of-science-and-technology") { units { unit { id } } }
				}""").execute()
			.path("sector.members[*].id").entityList(String.class).contains("project:tianyou-led-and-advanced-packaging")
			.path("park.tenants[*].subject.id").entityList(String.class).contains("project:tianyou-led-and-advanced-packaging")
			.path("park.locations[0].location.id").entity(String.class).isEqualTo("district:anyuan")
			.path("place.located[*].subject.id").entityList(String.class)
			.contains("park:anyuan-industrial-park", "government:anyuan-district-government")
			.path("place.parent.id").entity(String.class).isEqualTo("city:pingxiang")
			.path("article.mentions[*].entity.id").entityList(String.class).contains("company:dongguan-tianyou-semiconductor")
			.path("university.units[0].unit.id").entity(String.class).isEqualTo("institute:sustech-school-of-microelectronics");
	}

}
