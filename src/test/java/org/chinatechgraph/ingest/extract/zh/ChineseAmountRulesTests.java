package org.chinatechgraph.ingest.extract.zh;

import java.math.BigDecimal;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * The fourth round of Chinese rules, on sentences written for these tests (none is taken from the corpus): which
 * thing a stated total belongs to, the names a total or 该项目 points at, where a project is, and what is no project.
 */
class ChineseAmountRulesTests {

	@Test
	void gaiXiangmuAfterAnAttributionIsTheProjectNamedLast() {
		Extraction x = extract("宜春经开区今年引进多家企业。昨日，星原精密轴承项目在宜春经开区签约。宜春市领导出席签约仪式。据悉，该项目总投资6亿元。");
		ExtractedEntity project = entity(x, "Project", "星原精密轴承项目").orElseThrow();
		assertThat(project.amount()).isNotNull();
		assertThat(project.amount().value()).isEqualByComparingTo(new BigDecimal("600000000"));
	}

	@Test
	void whatOnePhaseOrTheFixedAssetsCostIsNoProjectsTotal() {
		Extraction x = extract("昨日，明华光电产业园项目在东湖区开工，项目总投资50亿元。其中一期投资20亿元，固定资产投资超15亿元，建设第6代显示面板生产线。");
		assertThat(entity(x, "Project", "明华光电产业园项目").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("5000000000"));
		assertThat(entity(x, "Project", "第6代显示面板生产线").orElseThrow().amount()).isNull();
	}

	@Test
	void aTotalLeadsToTheNameAfterItsVerbOrMark() {
		Extraction x = extract("东湖区政府与星原集团签署投资协议和星原产业基金协议，投资30亿元人民币建设的年产5万吨新能源电池项目落户东湖区。");
		assertThat(entity(x, "Project", "年产5万吨新能源电池项目").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("3000000000"));
		assertThat(entity(x, "Fund", "星原产业基金").orElseThrow().amount()).isNull();
		Extraction y = extract("年产5万吨新能源电池项目落户东湖区。东湖区政府与星原集团签署投资协议和星原产业基金协议，总投资30亿元、年产5万吨新能源电池项目落户东湖区。");
		assertThat(entity(y, "Project", "年产5万吨新能源电池项目").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("3000000000"));
		assertThat(entity(y, "Fund", "星原产业基金").orElseThrow().amount()).isNull();
	}

	@Test
	void aCompoundVerbEndingInANameVerbStaysInTheName() {
		Extraction x = extract("昨日，宜春市集中供热改造工程开工，总投资3亿元。");
		assertThat(entity(x, "Project", "宜春市集中供热改造工程").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("300000000"));
	}

	@Test
	void aNameHanlpCutsIntoCharactersIsAProperName() {
		Extraction x = extract("总投资2亿元的中韩博佩精密零部件项目将于年底投产。");
		assertThat(entity(x, "Project", "中韩博佩精密零部件项目").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("200000000"));
	}

	@Test
	void aPlainNameWithATotalOfItsOwnIsAProject() {
		Extraction x = extract("东湖区15个重大项目同步开工，总投资60亿元，其中智能装备制造基地总投资8亿元。");
		assertThat(entity(x, "Project", "智能装备制造基地").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("800000000"));
	}

	@Test
	void aFirmsAnnouncementNamesItAndItsGongsi() {
		Extraction x = extract("华辰股份公告，公司全资子公司华辰锂能拟投资建设年产2万吨正极材料项目。");
		ExtractedEntity parent = entity(x, "Company", "华辰股份").orElseThrow();
		assertThat(related(x, "SUBSIDIARY_OF", entity(x, "Company", "华辰锂能").orElseThrow(), parent)).isTrue();
	}

	@Test
	void theLeadBatchsOwnPlaceIsTheArticlesPlaceEvenWhenNamedOnce() {
		Extraction x = extract("昨日，宜春市袁州区集中开工12个重大项目，总投资50亿元。其中，星原精密轴承项目总投资6亿元。"
				+ "宜春经开区今年引进企业30家，宜春经开区管委会表示将优化服务。");
		ExtractedEntity project = entity(x, "Project", "星原精密轴承项目").orElseThrow();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "District", "袁州区").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经开区").orElseThrow())).isFalse();
	}

	@Test
	void qianyueXiangmuOpensASentenceAboutTheBatchBefore() {
		Extraction x = extract("昨日，宜春市袁州区12个重大项目集中签约，总投资50亿元。签约项目涵盖新能源汽车、生物医药等领域。");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(related(x, "IN_SECTOR", batch, entity(x, "Sector", "新能源汽车").orElseThrow())).isTrue();
	}

	@Test
	void whatAPlaceAimsToBecomeIsNoProject() {
		Extraction x = extract("宜春市将围绕打造长江中游新能源汽车产业基地，引进一批龙头企业。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project") || e.kind().equals("Park"));
	}

	@Test
	void aPlainNameMadeAProjectByItsTotalNamesNoFirm() {
		Extraction x = extract("东湖区15个重大项目同步开工，总投资60亿元，其中音视听装备制造基地总投资5亿元。");
		assertThat(entity(x, "Project", "音视听装备制造基地")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Company"));
	}

	@Test
	void aThingNamedOnlyByItsTotalIsAProject() {
		Extraction x = extract("近日，投资30亿元的宜春星原锂能新材料在宜春经开区正式开工。");
		assertThat(entity(x, "Project", "宜春星原锂能新材料").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("3000000000"));
	}

	@Test
	void theParkAfterZaiOrLuohuIsWhereTheProjectIs() {
		Extraction x = extract("近日，星原光电显示模组项目在宜春经开区正式开工。");
		ExtractedEntity project = entity(x, "Project", "星原光电显示模组项目").orElseThrow();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void thePlaceOfAMastheadOrDatelineIsNotReported() {
		assertThat(entity(extract("湖北日报讯 近日，星原光电显示模组项目在宜春经开区正式开工。"), "Province", "湖北")).isEmpty();
		assertThat(entity(extract("本报武汉6月17日讯 星原光电显示模组项目在宜春经开区正式开工。"), "City", "武汉")).isEmpty();
		// a dated dateline whoever writes it, and a site's headline channel
		assertThat(entity(extract("感知山东4月29日讯 星原光电显示模组项目在宜春经开区正式开工。"), "Province", "山东")).isEmpty();
		assertThat(entity(extract("江西头条客户端讯 星原光电显示模组项目在宜春经开区正式开工。"), "Province", "江西")).isEmpty();
		// a place the news is about stays
		assertThat(entity(extract("星原光电显示模组项目在江西宜春经开区正式开工。"), "Province", "江西")).isPresent();
	}

	@Test
	void whatTheNextClauseCallsGaiXiangmuIsAProject() {
		Extraction x = extract("去年，宜春经开区成功引进50亿元星原新能源汽车，该项目今年3月正式开工。");
		assertThat(entity(x, "Project", "星原新能源汽车").orElseThrow().amount().value())
			.isEqualByComparingTo(new BigDecimal("5000000000"));
	}

	@Test
	void countedLinesOrPlantsAreATargetNotAProject() {
		Extraction x = extract("宜春市计划到2025年，建设3条12英寸晶圆生产线和2座新能源汽车工厂。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project"));
	}

	@Test
	void aProjectNamedBeforeTheBatchIsNotOneOfIt() {
		Extraction x = extract("昨日，星原光电显示模组项目在宜春经开区开工。同日，宜春经开区12个重大项目集中签约，总投资50亿元。");
		ExtractedEntity project = entity(x, "Project", "星原光电显示模组项目").orElseThrow();
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("PART_OF") && r.from().equals(project.ref()));
	}

	@Test
	void aBatchsNameDoesNotStartInsideAParksName() {
		Extraction x = extract("同日，宜春经开区12个重大项目集中签约，总投资50亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).singleElement()
			.satisfies((e) -> assertThat(e.properties().get("nameZh")).isEqualTo("宜春经开区12个重大项目"));
	}

	@Test
	void aCitysShareOfAProvincesBatchIsABatchOfItsOwn() {
		Extraction x = extract("昨日，江西省第三批重大项目集中开工，共开工重大项目120个，总投资900亿元。"
				+ "其中，宜春市此次集中开工重大项目18个，总投资150亿元。");
		ExtractedEntity city = x.entities().stream()
			.filter((e) -> e.kind().equals("Program") && Integer.valueOf(18).equals(e.properties().get("count"))).findFirst()
			.orElseThrow();
		assertThat(city.amount().value()).isEqualByComparingTo(new BigDecimal("15000000000"));
	}

	@Test
	void theFundsFoundersInvestInItAndAreNoPartners() {
		Extraction x = extract("今年5月，宜春市新能源产业投资基金正式设立。"
				+ "该基金由星原科技股份有限公司、宜春发展投资集团有限公司、江西省投资集团等共同发起设立。");
		ExtractedEntity fund = entity(x, "Fund", "宜春市新能源产业投资基金").orElseThrow();
		ExtractedEntity city = entity(x, "Company", "宜春发展投资集团有限公司").orElseThrow();
		ExtractedEntity province = entity(x, "Company", "江西省投资集团").orElseThrow();
		assertThat(related(x, "INVESTS_IN", city, fund)).isTrue();
		assertThat(related(x, "INVESTS_IN", province, fund)).isTrue();
		assertThat(related(x, "PARTNERS_WITH", city, province)).isFalse();
	}

	@Test
	void whatAFirmHasInvestedInAPlaceIsItsInvestmentThere() {
		Extraction x = extract("明澜科技有限公司在宜春累计投资超过50亿元。");
		ExtractedEntity firm = entity(x, "Company", "明澜科技有限公司").orElseThrow();
		assertThat(x.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("INVESTS_IN");
			assertThat(r.from()).isEqualTo(firm.ref());
			assertThat(x.entities().stream().filter((e) -> e.ref().equals(r.to())).findFirst().orElseThrow().kind())
				.isEqualTo("City");
			assertThat(r.amount().value()).isEqualByComparingTo(new BigDecimal("5000000000"));
		});
		// money for a project it builds there is the project's
		Extraction project = extract("明澜科技有限公司在宜春投资30亿元建设锂电池材料项目。");
		assertThat(project.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN")
				&& project.entities().stream().anyMatch((e) -> e.ref().equals(r.to()) && e.kind().equals("City")));
	}

	@Test
	void anItemsSumInParenthesesIsNeverItsBatchs() {
		Extraction x = extract("此外，包括明澜微电子(10000万元)、星河科技(6000万元)、朗盾半导体(5000万美元)等在内的22个半导体项目也"
				+ "签约落地宜春，投资总额达52.46亿元。");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(batch.amount().value()).isEqualByComparingTo(new BigDecimal("5246000000"));
	}

}
