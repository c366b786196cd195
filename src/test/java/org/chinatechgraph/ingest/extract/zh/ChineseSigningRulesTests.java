package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * The tenth round of Chinese rules: who signs with whom, what a signing's batch and its items are, and which place a
 * bare name is. On sentences written for these tests; none is taken from the corpus.
 */
class ChineseSigningRulesTests {

	@Test
	void aProvincialDepartmentOrABureauIsAGovernment() {
		Extraction x = extract("福建省经信厅与宁德市生态环境局在福州签署合作协议，省国资委和省财政厅出席。");
		assertThat(entity(x, "Government", "福建省经信厅")).isPresent();
		assertThat(entity(x, "Government", "宁德市生态环境局")).isPresent();
	}

	@Test
	void thePartiesOneListNamesAsSigningArePartnersEachOfEachOther() {
		Extraction x = extract("宁德市人民政府、明澜科技有限公司、澜越新材料有限公司和福州大学签署战略合作协议。");
		var city = entity(x, "Government", "宁德市人民政府").orElseThrow();
		var university = entity(x, "University", "福州大学").orElseThrow();
		assertThat(related(x, "PARTNERS_WITH", city, university)).isTrue();
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Company", "明澜科技有限公司").orElseThrow(), university)).isTrue();
	}

	@Test
	void firmsListedAsOneSideOfTheirSigningsAreNoPartnersOfEachOther() {
		Extraction x = extract("会上，明澜科技有限公司、澜越新材料有限公司等12家企业，分别与宁德高新区管委会、宁德市投资集团签约。");
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Company", "明澜科技有限公司").orElseThrow(),
				entity(x, "Company", "澜越新材料有限公司").orElseThrow())).isFalse();
	}

	@Test
	void aBareNameIsThePlaceTheArticleWritesInFull() {
		Extraction x = extract("北京明澜科技有限公司与朝阳经济开发区签约，项目落户辽宁朝阳市。");
		var park = entity(x, "Park", "朝阳经济开发区").orElseThrow();
		assertThat(related(x, "LOCATED_IN", park, entity(x, "City", "Chaoyang").orElseThrow())).isTrue();
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("District"));
	}

	@Test
	void aSentenceOnThisBatchOfSignedProjectsIsAboutTheBatchNotItsLastItem() {
		Extraction x = extract("宁德高新区现场集中签约项目12个，总投资60亿元。其中包括明澜动力电池项目、澜越新材料项目等。"
				+ "值得一提的是，本批签约项目聚焦新能源汽车、生物医药两大领域。");
		var batch = entity(x, "Program", "签约项目12个").orElseThrow();
		assertThat(related(x, "IN_SECTOR", batch, entity(x, "Sector", "Biomedicine").orElseThrow())).isTrue();
		assertThat(related(x, "IN_SECTOR", entity(x, "Project", "澜越新材料项目").orElseThrow(),
				entity(x, "Sector", "Biomedicine").orElseThrow())).isFalse();
	}

	@Test
	void whatOneProjectBuildsIsNoProjectOfItsOwn() {
		Extraction x = extract("明澜科技有限公司在宁德高新区投资20亿元建设明澜储能电池项目。"
				+ "项目建设内容主要包括：储能电池研发中心、智能制造运营中心、员工公寓及配套综合体等项目。");
		assertThat(entity(x, "Project", "明澜储能电池项目")).isPresent();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(1);
	}

	@Test
	void aBatchsTotalStatedAgainGoesToNoneOfItsItems() {
		Extraction x = extract("宁德高新区5个项目签约 总投资30亿元\n"
				+ "会上，明澜显示模组、澜越光电研发中心、星河智能显示模组等5个项目现场签约，总投资达30亿元。");
		var item = entity(x, "Project", "星河智能显示模组项目").orElseThrow();
		assertThat(item.amount()).isNull();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).singleElement()
			.satisfies((e) -> assertThat(e.amount()).isNotNull());
	}

	@Test
	void theYearOfAnEventIsNoPartOfTheParkThatHoldsIt() {
		Extraction x = extract("2月21日，2024宁德高新区(福州)新能源产业招商推介会举行。");
		assertThat(entity(x, "Park", "宁德高新区")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.name().startsWith("2024"));
	}

	@Test
	void theCreditLineNamesWhoGaveTheTextNotWhatItIsAbout() {
		Extraction x = extract("明澜科技有限公司在宁德高新区投资20亿元建设明澜储能电池项目。\n来源：宁德市人民政府");
		assertThat(entity(x, "Government", "宁德市人民政府")).isEmpty();
		assertThat(entity(x, "Project", "明澜储能电池项目")).isPresent();
	}

	@Test
	void anOptoelectronicDisplayIsADisplay() {
		Extraction x = extract("明澜科技有限公司投资5亿元在宁德高新区建设光电显示研发中心。");
		var centre = entity(x, "Project", "光电显示研发中心").orElseThrow();
		assertThat(related(x, "IN_SECTOR", centre, entity(x, "Sector", "Display").orElseThrow())).isTrue();
	}

	@Test
	void whoBroughtAProjectInIsNoPartnerOfTheFirmThatSignsIt() {
		Extraction x = extract("宁德市商务局招商引进的储能电池项目，由明澜科技有限公司与宁德高新区成功签约。");
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Government", "宁德市商务局").orElseThrow(),
				entity(x, "Company", "明澜科技有限公司").orElseThrow())).isFalse();
		Extraction y = extract("宁德市商务局与明澜科技有限公司签约。");
		assertThat(related(y, "PARTNERS_WITH", entity(y, "Government", "宁德市商务局").orElseThrow(),
				entity(y, "Company", "明澜科技有限公司").orElseThrow())).isTrue();
	}

	@Test
	void aListedFirmThatHoldsAKnownFirmsShortNameIsThatFirmOnce() {
		Extraction x = extract("会上，中电建、明澜科技、澜越新材料等12家企业与宁德高新区签约。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company") && (e.name().equals("中电建")
				|| e.aliases().contains("中电建") || e.aliases().contains("电建"))).hasSize(1);
	}

	@Test
	void aProjectNamedForTheWorkOnItKeepsItsNameAndTotal() {
		Extraction x = extract("在新能源领域，明澜研发及生产基地建设项目计划投资10亿元。");
		var project = entity(x, "Project", "明澜研发及生产基地建设项目").orElseThrow();
		assertThat(project.amount()).isNotNull();
		assertThat(project.amount().value()).isEqualByComparingTo("1000000000");
	}

	@Test
	void placesNamedAlikeMakeNoneOfThemTheArticlesHome() {
		Extraction x = extract("福建省经信厅和江西省工信厅签署合作协议。福建省经信厅、江西省工信厅将共同推进产业协作。"
				+ "会上，明澜显示模组项目、澜越玻璃基板项目等12个项目集中签约。");
		var project = entity(x, "Project", "明澜显示模组项目").orElseThrow();
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN") && r.from().equals(project.ref()));
	}

	@Test
	void firmsListedAsExamplesOfAKindAreNoPartners() {
		for (String sentence : new String[] {
				"近年来，宜春吸引了明澜科技有限公司、星河微电子有限公司、朗盾科技有限公司等一批龙头企业落户，并签约多个项目。",
				"宜春8个区县与明澜科技有限公司、星河微电子有限公司等企业集中签约。" }) {
			assertThat(extract(sentence).relations()).as(sentence).noneMatch((r) -> r.type().equals("PARTNERS_WITH"));
		}
		Extraction x = extract("明澜科技有限公司与星河微电子有限公司签署战略合作协议。");
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Company", "明澜科技有限公司").orElseThrow(),
				entity(x, "Company", "星河微电子有限公司").orElseThrow())).isTrue();
	}

	@Test
	void aJointLabBodiesBuildTogetherIsTheirProject() {
		Extraction x = extract("宜春学院与明澜科技有限公司共建锂电新材料联合实验室。");
		var lab = entity(x, "Project", "锂电新材料联合实验室").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "University", "宜春学院").orElseThrow(), lab)).isTrue();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明澜科技有限公司").orElseThrow(), lab)).isTrue();
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("PARTNERS_WITH")).extracting((r) -> r.kind())
			.containsExactly("joint lab");
	}

	@Test
	void aFirmThatSignsForAProjectBuildsItAndAnInvestmentAgreementMakesItAnInvestor() {
		Extraction x = extract("宜春经开区管委会与明远科技有限公司就锂电池材料项目签订投资协议。");
		var firm = entity(x, "Company", "明远科技有限公司").orElseThrow();
		var project = entity(x, "Project", "锂电池材料项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", firm, project)).isTrue();
		assertThat(related(x, "INVESTS_IN", firm, project)).isTrue();
		Extraction cooperation = extract("宜春经开区管委会与明远科技有限公司就锂电池材料项目签订合作协议。");
		assertThat(cooperation.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
	}

}
