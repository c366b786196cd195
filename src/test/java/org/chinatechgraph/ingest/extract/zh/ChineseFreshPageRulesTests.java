package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * Chinese rules from a third reading of fresh pages nobody annotated: what they got wrong, on sentences written for
 * these tests in the same forms; none is taken from a page or from the corpus.
 */
class ChineseFreshPageRulesTests {

	@Test
	void aFirmsNameHoldsTheIndustryVerbsItIsNamedFor() {
		Extraction x = extract("含山县与奥锐风力发电有限公司签订投资协议，明澜农光互补(广西)科技有限公司与阜阳经开区管委会签约。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("奥锐风力发电有限公司", "明澜农光互补(广西)科技有限公司");
		// the province in brackets is part of the name, not a place of the article
		assertThat(entity(x, "Province", "Guangxi")).isEmpty();
	}

	@Test
	void eachProjectIsInTheCountyItsOwnClauseNamesAndNewlyBuildingIsNoDistrict() {
		Extraction x = extract("南昌消息，奥锐科技有限公司将在含山县投资15亿元建设15万千瓦风能发电厂，在明光市投资17.2亿元新建20万千瓦风能电厂。");
		ExtractedEntity first = entity(x, "Project", "15万千瓦风能发电厂").orElseThrow();
		ExtractedEntity second = entity(x, "Project", "20万千瓦风能电厂").orElseThrow();
		assertThat(related(x, "LOCATED_IN", first, entity(x, "District", "Hanshan County").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", second, entity(x, "District", "Mingguang").orElseThrow())).isTrue();
		// 新建 ("newly build") is the verb here, not Nanchang's 新建区, though the article names Nanchang
		assertThat(entity(x, "District", "Xinjian District")).isEmpty();
	}

	@Test
	void gaiGongsiIsTheFirmNamedBeforeItInItsOwnSentence() {
		Extraction x = extract("中部六省与明远邮政集团签订战略合作协议。含山县与奥锐风力发电有限公司签订投资协议，该公司将在含山县投资15亿元建设风能发电厂。");
		ExtractedEntity project = entity(x, "Project", "风能发电厂").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "奥锐风力发电有限公司").orElseThrow(), project)).isTrue();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远邮政集团").orElseThrow(), project)).isFalse();
	}

	@Test
	void solarAndFuelCellsAreNoBatteriesAndAPortSideWordIsNoPark() {
		Extraction x = extract("奥锐科技有限公司将在亳州建设10GW高效太阳能电池片基地，项目涉及粮油加工、临港冷链等领域。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Sector") && e.name().equals("Batteries"));
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Park"));
		// a zone's word after the short name still makes it the zone
		assertThat(extract("奥锐科技有限公司在临港新片区建设研发中心。").entities()).anyMatch((e) -> e.kind().equals("Park"));
	}

	@Test
	void qizhongOpensNoBatchsName() {
		Extraction x = extract("1到10月，该县新增签约过亿元项目113个，计划总投资541.05亿元；其中外资项目4个，总投资1.55亿美元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).extracting(ExtractedEntity::name)
			.noneMatch((n) -> n.startsWith("其中"));
	}

}
