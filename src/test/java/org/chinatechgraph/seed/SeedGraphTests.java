package org.chinatechgraph.seed;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.ReadApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The key facts of each seed article, read back through the GraphQL API, with their sources. */
class SeedGraphTests extends ReadApiTest {

	@Test
	void article000KiterocketApril2020() {
		// language=GraphQL
		var response = this.graphQl.document("""
				{
				  program(id: "program:china-170-technology-projects-2020-04") {
				    count year investment { amount currency cny }
				    projects { project { id } }
				  }
				  lab: project(id: "project:sustech-alpsentek-vision-sensor-joint-laboratory") {
				    developers { developer { id } }
				  }
				  school: organization(id: "institute:sustech-school-of-microelectronics") {
				    aliases
				    parentOrganizations { parent { id name } }
				    partnerships { partner { id } kind sources { article { id } evidence } projects { id } }
				  }
				  nudt: organization(id: "university:national-university-of-defense-technology") { name aliases }
				  quickFlash: project(id: "project:quick-flash-technologies-fenhu") {
				    locations { location { id ... on Place { ancestors { id } } } }
				    province { id }
				  }
				}""").execute();
		response.path("program.count").entity(Integer.class).isEqualTo(170)
			.path("program.year").entity(Integer.class).isEqualTo(2020)
			.path("program.investment.amount").entity(Double.class).isEqualTo(140.5e9)
			.path("program.investment.currency").entity(String.class).isEqualTo("CNY")
			.path("program.projects[*].project.id").entityList(String.class).contains(
					"project:sustech-alpsentek-vision-sensor-joint-laboratory",
					"project:tunghsu-lishui-photoelectric-semiconductor-materials-base",
					"project:quick-flash-technologies-fenhu", "project:tianhe-huigaolian-semiconductor-industrial-base")
			.path("lab.developers[*].developer.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("company:alpsentek",
					"institute:sustech-school-of-microelectronics"))
			.path("school.aliases").entityList(String.class).contains("SME")
			.path("school.parentOrganizations[0].parent.id").entity(String.class)
			.isEqualTo("university:southern-university-of-science-and-technology")
			.path("school.partnerships[0].partner.id").entity(String.class).isEqualTo("company:alpsentek")
			.path("school.partnerships[0].kind").entity(String.class).isEqualTo("joint laboratory")
			.path("school.partnerships[0].projects[0].id").entity(String.class)
			.isEqualTo("project:sustech-alpsentek-vision-sensor-joint-laboratory")
			.path("school.partnerships[0].sources[0].article.id").entity(String.class)
			.isEqualTo("article:kiterocket-2020-04")
			.path("school.partnerships[0].sources[0].evidence").entityList(String.class)
			.satisfies(sentences -> assertThat(sentences).anyMatch(s -> s.contains("AlpsenTek are collaborating")))
			.path("nudt.name").entity(String.class).isEqualTo("National University of Defense Technology")
			.path("nudt.aliases").entityList(String.class)
			.contains("National University of Defense Science and Technology", "NUDT")
			.path("quickFlash.locations[0].location.id").entity(String.class).isEqualTo("town:fenhu")
			.path("quickFlash.locations[0].location.ancestors[*].id").entityList(String.class)
			.containsExactly("district:wujiang", "city:suzhou", "province:jiangsu")
			.path("quickFlash.province.id").entity(String.class).isEqualTo("province:jiangsu");
	}

	@Test
	void pekingUniversityWorksWithTheTianheHuiGaoLianParkAndThroughItWithNudt() {
		var reach = this.graphQl.document("""
				{ partners(id: "university:peking-university", hops: 2) {
				    hops partner { id } links { status kind sources { article { id } } } } }""")
			.execute()
			.path("partners")
			.entityList(Map.class)
			.get();
		assertThat(reach).extracting(r -> (Object) ((Map<?, ?>) r.get("partner")).get("id"))
			.containsExactly("park:tianhe-huigaolian-blockchain-semiconductor-equipment-industrial-park",
					"university:national-university-of-defense-technology");
		assertThat(reach).extracting(r -> (Object) r.get("hops")).containsExactly(1, 2);
		assertThat((List<?>) reach.get(1).get("links")).hasSize(2)
			.allSatisfy(link -> assertThat(((Map<?, ?>) link).get("status")).isEqualTo("planned"));
	}

	@Test
	void partnersWithoutTheirChainsAreTheSamePartnersAtTheSameDistances() {
		String withLinks = """
				{ partners(id: "university:peking-university", hops: 3) { hops partner { id name } links { kind } } }""";
		String without = """
				{ partners(id: "university:peking-university", hops: 3) { hops partner { id name } } }""";
		List<Map> full = this.graphQl.document(withLinks).execute().path("partners").entityList(Map.class).get();
		List<Map> lean = this.graphQl.document(without).execute().path("partners").entityList(Map.class).get();
		assertThat(full).isNotEmpty();
		assertThat(lean).containsExactlyElementsOf(full.stream().map(r -> {
			Map<Object, Object> copy = new java.util.LinkedHashMap<>(r);
			copy.remove("links");
			return (Map) copy;
		}).toList());
	}

	@Test
	void article001AdvancedPackagingJuly2020() {
		this.graphQl.document("""
				{
				  jiaxing: project(id: "project:jiaxing-ic-advanced-packaging-and-testing") {
				    signedOn phases status investment { amount currency text cny usd rateYear }
				    locations { location { id ... on Park { places { id } } } }
				    sectors { id }
				  }
				  tianyou: organization(id: "company:dongguan-tianyou-semiconductor") {
				    name aliases
				    investments { project { id signedOn phases } amount { amount currency } sources { evidence } }
				    partnerships { partner { id } kind since }
				  }
				  zhejiang: place(id: "province:zhejiang") { aliases code }
				}""").execute()
			.path("jiaxing.signedOn").entity(String.class).isEqualTo("2020-07-03")
			.path("jiaxing.phases").entity(Integer.class).isEqualTo(2)
			.path("jiaxing.status").entity(String.class).isEqualTo("SIGNED")
			.path("jiaxing.investment.amount").entity(Double.class).isEqualTo(1e9)
			.path("jiaxing.investment.usd").entity(Double.class).satisfies(usd -> assertThat(usd).isCloseTo(1e9 / 6.8974, org.assertj.core.data.Offset.offset(1.0)))
			.path("jiaxing.investment.rateYear").entity(Integer.class).isEqualTo(2020)
			.path("jiaxing.locations[0].location.id").entity(String.class).isEqualTo("park:jiaxing-technology-city")
			.path("jiaxing.locations[0].location.places[*].id").entityList(String.class)
			.containsExactly("district:nanhu", "city:jiaxing", "province:zhejiang")
			.path("jiaxing.sectors[*].id").entityList(String.class).contains("sector:advanced-packaging", "sector:mems")
			.path("tianyou.name").entity(String.class).isEqualTo("Dongguan Tianyou Semiconductor")
			.path("tianyou.aliases").entityList(String.class).contains("Dogguang Tianyou Semiconductor Ltd.")
			.path("tianyou.investments[0].project.id").entity(String.class).isEqualTo("project:tianyou-led-and-advanced-packaging")
			.path("tianyou.investments[0].project.signedOn").entity(String.class).isEqualTo("2020-07-05")
			.path("tianyou.investments[0].project.phases").entity(Integer.class).isEqualTo(3)
			.path("tianyou.investments[0].amount.amount").entity(Double.class).isEqualTo(8e8)
			.path("tianyou.investments[0].sources[0].evidence[0]").entity(String.class)
			.satisfies(sentence -> assertThat(sentence).contains("800-million-yuan agreement"))
			.path("tianyou.partnerships[0].partner.id").entity(String.class).isEqualTo("government:anyuan-district-government")
			.path("tianyou.partnerships[0].since").entity(String.class).isEqualTo("2020-07-05")
			.path("zhejiang.aliases").entityList(String.class).contains("Xheijian")
			.path("zhejiang.code").entity(String.class).isEqualTo("330000");
	}

	@Test
	void tianyouIsLinkedToJiangxiThroughItsProjectParkAndAnyuan() {
		var path = this.graphQl.document("""
				{ connection(from: "company:dongguan-tianyou-semiconductor", to: "province:jiangxi") {
				    length nodes { id } links { type sources { article { id } evidence } } } }""")
			.execute();
		List<String> nodes = path.path("connection.nodes[*].id").entityList(String.class).get();
		assertThat(nodes.getFirst()).isEqualTo("company:dongguan-tianyou-semiconductor");
		assertThat(nodes.getLast()).isEqualTo("province:jiangxi");
		assertThat(nodes).contains("district:anyuan", "city:pingxiang");
		path.path("connection.links[*].sources[0].evidence[0]").entityList(String.class)
			.satisfies(evidence -> assertThat(evidence).allSatisfy(sentence -> assertThat(sentence).isNotBlank()));
	}

	@Test
	void zhejiangInvestedOneBillionYuanIn2020() {
		this.graphQl.document("""
				{ investmentSummary(groupBy: YEAR, filter: {place: "Zhejiang", years: [2020]}) {
				    total { projectCount projectsWithAmount cny } } }""")
			.execute()
			.path("investmentSummary.total.projectsWithAmount").entity(Integer.class).isEqualTo(1)
			.path("investmentSummary.total.cny").entity(Double.class).isEqualTo(1e9);
	}

	@Test
	void article002KunshanNovember2021() {
		this.graphQl.document("""
				{
				  program(id: "program:kunshan-98-emerging-industry-projects-2021") {
				    count year investment { amount currency } locations { location { id } }
				  }
				  tack: organization(id: "company:td-automotive-compressor-kunshan") {
				    aliases locations { location { id ... on Park { places { id } } } }
				    developments { project { id investment { amount } sectors { id } } }
				  }
				  fund: organization(id: "fund:kunshan-industrial-development-investment-fund") { type }
				}""").execute()
			.path("program.count").entity(Integer.class).isEqualTo(98)
			.path("program.year").entity(Integer.class).isEqualTo(2021)
			.path("program.investment.amount").entity(Double.class).isEqualTo(98.06e9)
			.path("program.locations[0].location.id").entity(String.class).isEqualTo("district:kunshan")
			.path("tack.aliases").entityList(String.class).contains("TACK")
			.path("tack.locations[0].location.id").entity(String.class)
			.isEqualTo("park:kunshan-economic-and-technological-development-zone")
			.path("tack.locations[0].location.places[*].id").entityList(String.class)
			.containsExactly("district:kunshan", "city:suzhou", "province:jiangsu")
			.path("tack.developments[0].project.sectors[0].id").entity(String.class).isEqualTo("sector:new-energy-vehicles")
			.path("fund.type").entity(String.class).isEqualTo("FUND");
	}

	@Test
	void article003ProvincialPrioritiesJanuary2025() {
		this.graphQl.document("""
				{ project(id: "project:beijing-intelligent-computing-clusters") {
				    status province { id } sectors { id } reportedIn { article { id publishedOn } evidence } } }""")
			.execute()
			.path("project.status").entity(String.class).isEqualTo("PLANNED")
			.path("project.province.id").entity(String.class).isEqualTo("province:beijing")
			.path("project.sectors[*].id").entityList(String.class).contains("sector:ai-computing")
			.path("project.reportedIn[0].article.publishedOn").entity(String.class).isEqualTo("2025-01")
			.path("project.reportedIn[0].evidence[0]").entity(String.class)
			.satisfies(sentence -> assertThat(sentence).contains("intelligent calculation clusters"));
	}

	@Test
	void article004HunanMarch2023ProgramTotalsStandApart() {
		this.graphQl.document("""
				{
				  program(id: "program:hunan-42-electronic-information-manufacturing-projects-2023") {
				    count investment { amount } announcedBy { announcer { id } } projects { project { id } }
				  }
				  investmentSummary(groupBy: PROVINCE, filter: {place: "Hunan"}) {
				    total { projectCount cny } programs { id }
				  }
				}""").execute()
			.path("program.count").entity(Integer.class).isEqualTo(42)
			.path("program.investment.amount").entity(Double.class).isEqualTo(138.5e9)
			.path("program.announcedBy[0].announcer.id").entity(String.class)
			.isEqualTo("government:hunan-department-of-industry-and-information-technology")
			.path("program.projects").entityList(Object.class).hasSize(3)
			.path("investmentSummary.total.projectCount").entity(Integer.class).isEqualTo(3)
			.path("investmentSummary.total.cny").entity(Double.class).isEqualTo(0.0)
			.path("investmentSummary.programs[0].id").entity(String.class)
			.isEqualTo("program:hunan-42-electronic-information-manufacturing-projects-2023");
	}

	@Test
	void everyRelationshipHasASourceAndEvidence() {
		assertThat(count("""
				MATCH ()-[r]->() WHERE NOT r:REPORTED_IN AND NOT type(r) = 'REPORTED_IN'
				  AND (r.sources IS NULL OR size(r.sources) = 0 OR size(r.evidence) = 0)
				RETURN count(r)""")).isZero();
		assertThat(count("MATCH (n:Entity) WHERE NOT (n)-[:REPORTED_IN]->() RETURN count(n)")).isZero();
	}

}
