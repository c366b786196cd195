package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * The sixth round of Chinese rules: how batches of projects and the items of their lists are written. On sentences
 * written for these tests; none is taken from the corpus.
 */
class ChineseBatchRulesTests {

	@Test
	void aFirmThatOpensOneListItemBuildsThatItemNotTheNext() {
		Extraction x = extract("明远智能科技总部和研发生产基地、星河科技研发运营基地项目等一批项目落户宜春。");
		ExtractedEntity firm = entity(x, "Company", "明远").orElseThrow();
		assertThat(related(x, "DEVELOPS", firm, entity(x, "Project", "明远智能科技总部").orElseThrow())).isTrue();
		assertThat(related(x, "DEVELOPS", firm, entity(x, "Project", "星河科技研发运营基地项目").orElseThrow())).isFalse();
	}

	@Test
	void aFirmBeforeTheProjectItBuildsStillBuildsIt() {
		Extraction x = extract("明远科技有限公司在宜春投资建设研发运营基地项目。");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远科技有限公司").orElseThrow(),
				entity(x, "Project", "研发运营基地项目").orElseThrow())).isTrue();
	}

	@Test
	void aBatchCountedInChineseNumeralsIsABatch() {
		Extraction x = extract("宜春经开区集中签约十二个重大项目，总投资50亿元。");
		ExtractedEntity batch = entity(x, "Program", "宜春经开区集中签约十二个重大项目").orElseThrow();
		assertThat(batch.properties()).containsEntry("count", 12);
	}

	@Test
	void chineseNumeralsAreRead() {
		assertThat(ChineseExtractor.count("十二")).isEqualTo(12);
		assertThat(ChineseExtractor.count("二十三")).isEqualTo(23);
		assertThat(ChineseExtractor.count("一百一十七")).isEqualTo(117);
		assertThat(ChineseExtractor.count("两百")).isEqualTo(200);
		assertThat(ChineseExtractor.count("117")).isEqualTo(117);
	}

	@Test
	void twoProjectsTalkedAboutAndAProjectsPartsAreNoBatch() {
		assertThat(extract("宜春经开区这两个项目总投资50亿元。").entities()).noneMatch((e) -> e.kind().equals("Program"));
		assertThat(extract("明远新能源公司回收项目包括破碎、分选、提纯三个子项目，总投资5亿元。").entities())
			.noneMatch((e) -> e.kind().equals("Program"));
		assertThat(extract("明远新能源公司回收项目包括3个子项目，总投资5亿元。").entities())
			.noneMatch((e) -> e.kind().equals("Program"));
	}

	@Test
	void anAdverbOfTotalityIsNoPartOfABatchsName() {
		Extraction x = extract("宜春经开区共签约项目12个，总投资50亿元。");
		assertThat(entity(x, "Program", "宜春经开区签约项目12个")).isPresent();
		assertThat(entity(x, "Program", "宜春经开区共签约项目12个").orElseThrow().name()).isEqualTo("宜春经开区签约项目12个");
	}

	@Test
	void theCharactersOfAWordAreNoAdverb() {
		Extraction x = extract("宜春经开区公共建设项目12个，总投资50亿元。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Program") && !e.name().contains("公共"));
	}

	@Test
	void aParkNamedBeforeOpensTheBatchItsTextCutsApart() {
		// HanLP cuts 江北新区直属区 into 江北/新/区直/属区: the park is found by the name the article gave it
		Extraction x = extract("南京江北新区举行集中开工活动。江北新区直属区共开工项目15个，总投资达80亿元。");
		ExtractedEntity batch = entity(x, "Program", "江北新区直属区开工项目15个").orElseThrow();
		assertThat(related(x, "LOCATED_IN", batch, entity(x, "Park", "南京江北新区").orElseThrow())).isTrue();
	}

	@Test
	void theRegionABaseServesIsPartOfItsNameNotOfItsFirms() {
		Extraction x = extract("明远生物华中产业基地在宜春开工。");
		ExtractedEntity base = entity(x, "Project", "明远生物华中产业基地").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远生物").orElseThrow(), base)).isTrue();
		assertThat(entity(x, "Company", "明远生物华中")).isEmpty();
	}

	@Test
	void aRegionAndGenericWordsNameNoBaseOfTheirOwn() {
		Extraction x = extract("明远生物中部产业基地在宜春正式揭牌。这为中部产业基地的建设奠定了基础。");
		assertThat(entity(x, "Project", "明远生物中部产业基地")).isPresent();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(1);
		// a direction word that is no region still ends a name
		assertThat(entity(extract("宜春经开区内的明远生物产业基地开工。"), "Project", "明远生物产业基地")).isPresent();
	}

	@Test
	void aListOfFirmsStartsAfterTheVerbThatIntroducesIt() {
		Extraction x = extract("宜春经开区联合明远电子、星河光电等企业共同推进。");
		assertThat(entity(x, "Company", "明远电子")).isPresent();
		assertThat(entity(x, "Company", "星河光电")).isPresent();
	}

	@Test
	void aGroupsBusinessesListedAsItsSegmentsAreFirmsButIndustriesAreNot() {
		Extraction x = extract("该基地由宜春生物研究所牵头，携手毓晋生物、星河动保等多个板块共同建设。");
		assertThat(entity(x, "Company", "毓晋生物")).isPresent();
		assertThat(entity(x, "Company", "星河动保")).isPresent();
		assertThat(extract("园区涵盖新能源、新材料、智能制造等多个板块。").entities()).noneMatch((e) -> e.kind().equals("Company"));
		assertThat(extract("园区引进了新能源、新材料等企业。").entities()).noneMatch((e) -> e.kind().equals("Company"));
	}

	@Test
	void theBaseASentenceOpensOnIsTheOneTheArticleNamedLast() {
		Extraction x = extract("明远生物中部产业基地在宜春正式揭牌。这为基地的建设奠定了基础。"
				+ "该基地由宜春生物研究所牵头，联合星河电子有限公司共同建设。");
		ExtractedEntity base = entity(x, "Project", "明远生物中部产业基地").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Institute", "宜春生物研究所").orElseThrow(), base)).isTrue();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "星河电子有限公司").orElseThrow(), base)).isTrue();
	}

	@Test
	void whoBuildsNothingNamedDevelopsNothing() {
		Extraction x = extract("由宜春生物研究所牵头，联合星河电子有限公司共同建设。");
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("DEVELOPS"));
	}

	@Test
	void theItemsListedAfterABatchAreItsProjects() {
		Extraction x = extract("宜春经开区12个项目集中签约，总投资50亿元。12个签约项目包括袁州区明远高端医药产业园、袁州区蓝创新药物、万载县米度CRO等。");
		ExtractedEntity batch = entity(x, "Program", "宜春经开区12个项目").orElseThrow();
		ExtractedEntity drugs = entity(x, "Project", "袁州区蓝创新药物").orElseThrow();
		assertThat(related(x, "PART_OF", drugs, batch)).isTrue();
		assertThat(entity(x, "Project", "万载县米度CRO")).isPresent();
	}

	@Test
	void kindsOfThingsAndFirmsListedAfterAProjectAreNoProjects() {
		Extraction x = extract("明远科技项目包括厂房、仓库、办公楼等。该项目包括明远科技有限公司、星河电子有限公司等。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).allMatch((e) -> e.name().startsWith("明远科技项目"));
	}

	@Test
	void whatWasDoneWithABatchOpensNoName() {
		ExtractedEntity signed = entity(extract("活动期间共签约33个项目，涉及总投资405亿元。"), "Program", "33个项目").orElseThrow();
		assertThat(signed.properties()).containsEntry("count", 33);
		assertThat(entity(extract("宜春经开区与明远科技等企业集中签约，明确将落地实施9个先进制造业重大项目。"), "Program",
				"9个先进制造业重大项目")).isPresent();
		assertThat(entity(extract("此次共开工4个项目，全部建成后预计将完成产值31亿元。"), "Program", "4个项目")).isPresent();
	}

	@Test
	void projectsPointedBackAtAreNoBatch() {
		Extraction x = extract("包括这3个项目在内，宜春今年建成投产的重大工业项目将有16个。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Program") && e.name().startsWith("这"));
	}

	@Test
	void aKindOfProjectCountedInABatchIsNoProject() {
		Extraction x = extract("活动共签约33个项目，包括超百亿项目2个、世界500强项目3个。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project"));
		assertThat(entity(x, "Program", "33个项目")).isPresent();
	}

	@Test
	void aBatchNamedBySizeIsTheBatchWhenNoLargerOneIsNamed() {
		Extraction x = extract("宜春经开区今年新签约亿元以上项目32个，其中10亿元以上项目8个。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).extracting((e) -> e.properties().get("count"))
			.containsExactly(32);
		// after a larger batch, a batch by size is a share of it
		Extraction shares = extract("宜春经开区今年共签约项目45个，总投资320亿元。亿元以上项目30个。");
		assertThat(shares.entities()).filteredOn((e) -> e.kind().equals("Program"))
			.extracting((e) -> e.properties().get("count")).containsExactly(45);
	}


	@Test
	void anItemsSumInBracketsIsItsOwnAndTheDayIsNoPartOfTheBatchsName() {
		Extraction x = extract("合肥市6月18日集中签约12个项目，总投资300亿元，包括奥锐电池工厂项目（80亿元）、"
				+ "鲁美显示模组产线项目（总投资50亿元）和凯斯特机器人装配基地项目(25亿元)等。");
		assertThat(entity(x, "Program", "合肥市集中签约12个项目").orElseThrow().amount().text()).isEqualTo("300亿元");
		assertThat(entity(x, "Project", "奥锐电池工厂项目").orElseThrow().amount().text()).isEqualTo("80亿元");
		assertThat(entity(x, "Project", "鲁美显示模组产线项目").orElseThrow().amount().text()).isEqualTo("50亿元");
		assertThat(entity(x, "Project", "凯斯特机器人装配基地项目").orElseThrow().amount().text()).isEqualTo("25亿元");
		assertThat(x.entities()).noneMatch((e) -> e.name().contains("亿元") || e.name().contains("6月18日"));
	}

}
