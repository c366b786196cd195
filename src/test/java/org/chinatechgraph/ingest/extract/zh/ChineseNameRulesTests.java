package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/** The third round of Chinese rules, on sentences written for these tests; none is taken from the corpus. */
class ChineseNameRulesTests {

	@Test
	void aDisplayProjectsNameRunsAcrossXianshiAndAcrossJiAfterAnAttribute() {
		Extraction x = extract("今天，华光（合肥）第6代车载及医疗显示项目开工。");
		ExtractedEntity project = entity(x, "Project", "华光（合肥）第6代车载及医疗显示项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "华光").orElseThrow(), project)).isTrue();
	}

	@Test
	void aSentenceOpeningOnTheProjectSaysWhereItIs() {
		Extraction x = extract("南昌高新区招商成效明显，南昌高新区今年已引进多家企业。昨日，星原精密轴承项目签约。项目总投资6亿元，选址宜春经济技术开发区。");
		ExtractedEntity project = entity(x, "Project", "星原精密轴承项目").orElseThrow();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经济技术开发区").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "Park", "南昌高新区").orElseThrow())).isFalse();
	}

	@Test
	void aParksNextPhaseIsAProjectNotAPark() {
		Extraction x = extract("昨日，位于苏州市的恒远医药产业园三期项目开工。");
		assertThat(entity(x, "Project", "恒远医药产业园三期项目")).isPresent();
		assertThat(entity(x, "Park", "恒远医药产业园")).isEmpty();
	}

	@Test
	void pastBatchesAndSharesOfABatchAreNoBatchesOfTheirOwn() {
		Extraction x = extract("东山区在去年实施25个工业项目的基础上，今年计划实施工业项目30个，总投资90亿元，包括续建项目10个、新开工项目20个。"
				+ "加快推进明华光电、宏达新材料等10个续建项目建设。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).hasSize(1)
			.allMatch((e) -> Integer.valueOf(30).equals(e.properties().get("count")));
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		x.entities().stream().filter((e) -> e.kind().equals("Project"))
			.forEach((p) -> assertThat(related(x, "PART_OF", p, batch)).isTrue());
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).isNotEmpty();
	}

	@Test
	void theShortNameAfterZigongsiIsAFirm() {
		Extraction x = extract("明远科技股份有限公司公告，公司全资子公司明远锂电拟与宜春经开区管委会签署投资协议。");
		assertThat(entity(x, "Company", "明远锂电")).isPresent();
	}

	@Test
	void aYearsPlannedInvestmentIsNotAProjectsTotal() {
		Extraction x = extract("东湖区19个重大项目集中开工，总投资80亿元，年度计划投资20亿元，其中明华光电产业园总投资12亿元。");
		ExtractedEntity project = entity(x, "Project", "明华光电产业园").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new java.math.BigDecimal("1200000000"));
	}

	@Test
	void theTwoWhoFoundOrFundSomethingTogetherAreFirms() {
		Extraction x = extract("一期投资将由星原锂能及江西宏通共同设立的宜春星原公司投资。");
		assertThat(entity(x, "Company", "星原锂能")).isPresent();
		assertThat(entity(x, "Company", "江西宏通")).isPresent();
		// the province that opens a firm's name is no place of the news
		assertThat(entity(x, "Province", "江西")).isEmpty();
		// a government and a park that found something together are not firms
		Extraction y = extract("该基金由宜春市政府及宜春经开区共同设立。");
		assertThat(y.entities()).noneMatch((e) -> e.kind().equals("Company"));
	}

	@Test
	void aClausesOpeningIsNoPartOfTheNameAfterIt() {
		Extraction x = extract("据安徽省经信委介绍，2017年京东方10.5代线项目在合肥开工。据保定国家大学科技园负责人介绍，保定国家大学科技园已入驻企业。");
		assertThat(entity(x, "Government", "安徽省经信委")).isPresent();
		ExtractedEntity project = entity(x, "Project", "京东方10.5代线项目").orElseThrow();
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.startsWith("据") || n.startsWith("2017年"));
		// the mention starts where the name does
		assertThat(x.entities()).filteredOn((e) -> e == project).singleElement()
			.satisfies((e) -> assertThat(e.mentions()).allSatisfy((m) -> assertThat(m.end() - m.start()).isEqualTo("京东方10.5代线项目".length())));
		// the park named after 据 is the park named again: one entity
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park") && e.name().equals("保定国家大学科技园")).hasSize(1);
		// a batch keeps its year, not the verb before it
		Extraction batch = extract("两岸集成电路创新产业园昨奠基，集成电路一口气签下4个项目，总投资100亿元。2020年重点项目共12个。");
		assertThat(batch.entities()).filteredOn((e) -> e.kind().equals("Program")).extracting(ExtractedEntity::name)
			.contains("4个项目").noneMatch((n) -> n.startsWith("签下"));
	}

	@Test
	void aNameThatOnlyDescribesNamesNothing() {
		Extraction x = extract("签约的每个项目都将入驻专业软件园，打造一流大学和国家级大学科技园，相关属地政府将设立专业化子基金。");
		assertThat(x.entities()).extracting(ExtractedEntity::name)
			.doesNotContain("每个项目", "专业软件园", "一流大学", "国家级大学科技园", "相关属地政府", "专业化子基金");
	}

	@Test
	void aMinistryNamedBesideAPlaceIsNotInIt() {
		Extraction x = extract("保定国家大学科技园获科技部、教育部认定，位于保定市。");
		ExtractedEntity ministry = entity(x, "Government", "Ministry of Science and Technology").orElseThrow();
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN") && r.from().equals(ministry.ref()));
	}

	@Test
	void aProjectsNameRunsAcrossJiAfterALatinWord() {
		Extraction x = extract("1月21日，明澜元储年产30吉瓦时电池PACK及系统集成项目开工。");
		assertThat(entity(x, "Project", "明澜元储年产30吉瓦时电池PACK及系统集成项目")).isPresent();
	}

	@Test
	void aVerbWithItsResultAndEachOfAKindNameNothing() {
		Extraction x = extract("采访企业时，记者感受到宜春制造业项目建设的热火朝天。每条生产线投资都超过1亿元。");
		assertThat(x.entities()).noneMatch((e) -> e.name().contains("感受到") || e.name().startsWith("每条"));
	}

	@Test
	void aSlashBetweenTwoProductsIsInsideTheProjectsName() {
		Extraction x = extract("总投资均为20亿元的明塑AA/AE扩建项目、明化公司苯酚/丙酮项目已进入设备安装调试阶段。");
		assertThat(entity(x, "Project", "明塑AA/AE扩建项目")).isPresent();
		ExtractedEntity project = entity(x, "Project", "明化公司苯酚/丙酮项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明化公司").orElseThrow(), project)).isTrue();
	}

	@Test
	void wherePlusTheWorkOpensNoProjectsName() {
		Extraction x = extract("宜春市与明远科技有限公司签署协议，明远科技将在宜春建设总部基地。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project") && e.name().contains("建设"));
	}

}
