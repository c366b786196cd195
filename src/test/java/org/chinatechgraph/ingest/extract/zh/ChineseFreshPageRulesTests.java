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


	@Test
	void aZoneAfterWeiyuIsNamedWithoutItAndHoldsTheProject() {
		Extraction x = extract("明澜半导体制造产业园是今年武汉单个最大投资项目,位于临空港经济技术开发区临空港大道西侧,总投资1280亿元。");
		ExtractedEntity zone = entity(x, "Park", "临空港经济技术开发区").orElseThrow();
		assertThat(x.entities()).noneMatch((e) -> e.name().startsWith("位于") || e.name().startsWith("于"));
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("LOCATED_IN") && r.to().equals(zone.ref()));
	}

	@Test
	void aBatchsNameStartsWhereAWordDoes() {
		Extraction x = extract("其中,以联影武汉总部基地项目为代表的高端制造业项目10个,总投资超过886亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).extracting(ExtractedEntity::name)
			.containsExactly("高端制造业项目10个");
	}

	@Test
	void aProjectStartedOnADayInAZoneIsInTheZoneAndItsMainWorksAreNoProjectOfTheirOwn() {
		Extraction x = extract("三安光电第三代半导体产业园项目20日在长沙高新技术开发区开工。晶隆半导体材料项目主体工程开工仪式在南谯区举行。");
		assertThat(related(x, "LOCATED_IN", entity(x, "Project", "三安光电第三代半导体产业园项目").orElseThrow(),
				entity(x, "Park", "长沙高新技术开发区").orElseThrow())).isTrue();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("三安光电第三代半导体产业园项目", "晶隆半导体材料项目");
	}


	@Test
	void aKnownFirmHanLPCutApartOpensItsProjectAndTwoProjectsJoinedByHeAreTwo() {
		Extraction x = extract("1月25日，中创新航动力电池及储能系统广州基地项目和江门基地项目投资合作协议成功签署。");
		ExtractedEntity guangzhou = entity(x, "Project", "中创新航动力电池及储能系统广州基地项目").orElseThrow();
		ExtractedEntity jiangmen = entity(x, "Project", "江门基地项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "CALB").orElseThrow(), guangzhou)).isTrue();
		assertThat(related(x, "LOCATED_IN", jiangmen, entity(x, "City", "Jiangmen").orElseThrow())).isTrue();
	}

	@Test
	void aDotBetweenTwoPartiesJoinsThemAndAQuotedNameIsWhole() {
		Extraction x = extract("副校长张彦铎与区长夏鑫签订了《鄂州市鄂城区人民政府·武汉工程大学共建青天湖产业技术研究院》协议。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("鄂州市鄂城区人民政府", "武汉工程大学")
			.noneMatch((n) -> n.contains("·"));
		Extraction quoted = extract("校地双方将深度共建“淄博绿色化工与功能材料省实验室”，真正发挥科教优势。");
		assertThat(quoted.entities()).filteredOn((e) -> !e.kind().equals("City") && !e.kind().equals("Sector"))
			.extracting(ExtractedEntity::name).containsExactly("淄博绿色化工与功能材料省实验室");
	}


	@Test
	void aKnownFirmBeforeItsPlaceIsThatFirmAndTheFirmHoldingTheCeremonyBuildsTheProject() {
		Extraction x = extract("比亚迪宁乡电池生产基地开工。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("BYD");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "BYD").orElseThrow(),
				entity(x, "Project", "比亚迪宁乡电池生产基地").orElseThrow())).isTrue();
		Extraction ceremony = extract("11月11日上午，明远新能源开发有限公司隆重举行了10GWh锂电池生产线项目的开工仪式。");
		assertThat(related(ceremony, "DEVELOPS", entity(ceremony, "Company", "明远新能源开发有限公司").orElseThrow(),
				entity(ceremony, "Project", "10GWh锂电池生产线项目").orElseThrow())).isTrue();
	}


	@Test
	void aPlacesParkOfAnEnergyNamedWithXiangmuIsOneProjectInThePlace() {
		Extraction x = extract("此次集中开工活动主会场设在迁安市氢能产业园项目现场。该项目总投资52亿元。");
		ExtractedEntity project = entity(x, "Project", "迁安市氢能产业园项目").orElseThrow();
		assertThat(project.amount().text()).isEqualTo("52亿元");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Park"));
		assertThat(related(x, "LOCATED_IN", project, entity(x, "District", "Qian'an").orElseThrow())).isTrue();
	}


	@Test
	void aProjectNamedAgainWithoutItsFirmIsThatProject() {
		Extraction x = extract("2月24日，阜阳市政府与东方电气集团签订东方电气氢能产业科技园项目投资协议。首期，氢能产业科技园项目计划落户园区，总投资8亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("东方电气氢能产业科技园项目");
			assertThat(p.amount().text()).isEqualTo("8亿元");
		});
	}


	@Test
	void aSumTwoFirmsInvestTogetherIsTheProjectsAndNeithersOwn() {
		Extraction x = extract("奥锐科技有限公司与鲁美电子有限公司共同投资50亿元，在合肥高新区建设动力电池项目。");
		ExtractedEntity project = entity(x, "Project", "动力电池项目").orElseThrow();
		assertThat(project.amount().text()).isEqualTo("50亿元");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("INVESTS_IN")).hasSize(2)
			.allSatisfy((r) -> assertThat(r.amount()).isNull());
	}


	@Test
	void aParkNamedByAnIndustryAloneIsNoParkUnlessTheArticleNamesItWithItsPlace() {
		Extraction x = extract("园区致力于构建氢能产业园。12月27日，东方氢能产业园正式开园。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.containsExactly("东方氢能产业园");
	}

}
