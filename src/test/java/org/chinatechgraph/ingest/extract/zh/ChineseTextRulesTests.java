package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;

/** The fifth round of Chinese rules, on sentences written for these tests; none is taken from the corpus. */
class ChineseTextRulesTests {

	@Test
	void pinyinPrintedAfterTraditionalCharactersIsNotPartOfAName() {
		String text = "宜春經濟技術開發區管委會(huì)與明遠新能源汽車集團(tuán)有限公司簽訂合作協議。";
		Extraction x = extract(text);
		ExtractedEntity firm = entity(x, "Company", "明遠新能源汽車集團有限公司").orElseThrow();
		assertThat(entity(x, "Government", "宜春經濟技術開發區管委會")).isPresent();
		// the evidence is the article's own text, pinyin included
		assertThat(text.substring(firm.evidence().start(), firm.evidence().end())).isEqualTo("明遠新能源汽車集團(tuán)有限公司");
	}

	@Test
	void aLineAPageWrappedInsideAWordIsReadWhole() {
		Extraction x = extract("    为进一步扩大产能，提升公司产品的竞争力，本着互惠互利的原则，公司及公司子公\n"
				+ "司明远半导体制造（宜春）有限公司与宜春经济技术开发区管委会于\n"
				+ "2024年6月签订投资协议。");
		assertThat(entity(x, "Company", "明远半导体制造（宜春）有限公司")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.name().startsWith("司"));
	}

	@Test
	void aSpaceSetAroundANumberIsInNoName() {
		Extraction x = extract("明远半导体公司在宜春经济技术开发区投资建设明远宜春二期 12 英寸功率器件项目。");
		assertThat(entity(x, "Project", "明远宜春二期12英寸功率器件项目")).isPresent();
	}

	@Test
	void aOneCharacterVerbBeforeABoundCharacterStartsAFirmsName() {
		// HanLP cuts the unknown name 建沃 into 建/v and 沃/vg
		Extraction x = extract("宜春经济技术开发区管委会与建沃电子有限公司签约。");
		assertThat(entity(x, "Company", "建沃电子有限公司")).isPresent();
	}

	@Test
	void aFundsNameRunsOnToItsPartnershipForm() {
		Extraction x = extract("明远科技与宜春明瑞创业投资基金合伙企业(有限合伙)(以下简称“明瑞”)签订投资协议。");
		assertThat(entity(x, "Fund", "宜春明瑞创业投资基金合伙企业(有限合伙)")).isPresent();
		assertThat(entity(x, "Fund", "宜春明瑞创业投资基金")).isEmpty();
	}

	@Test
	void aShortNameDeclaredAfterANameIsThatName() {
		Extraction x = extract("明远科技与宜春明瑞创业投资基金合伙企业(有限合伙)(以下简称“明瑞基金”)签订投资协议。明瑞基金出资5亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).hasSize(1);
		assertThat(entity(x, "Fund", "明瑞基金")).isPresent();
	}

	@Test
	void aFirmsTradeNameIsThatFirm() {
		Extraction x = extract("星河、华光等龙头企业纷纷落户宜春。星河科技集團股份有限公司今日发布公告。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).hasSize(2);
		assertThat(entity(x, "Company", "星河科技集團股份有限公司")).isPresent();
	}

	@Test
	void aPlaceAndAnIndustryWordAreNoTradeName() {
		Extraction x = extract("中国电子科技集团公司与中国电子信息产业集团有限公司签约。中国电子8.6代液晶面板项目今日开工。");
		assertThat(entity(x, "Company", "中国电子科技集团公司").orElseThrow().aliases()).doesNotContain("中国电子");
	}

	@Test
	void twoOneCharacterVerbsAreAVerbNotANamesStart() {
		// HanLP cuts 投建 into 投/v and 建/v
		Extraction x = extract("明远科技公告，拟在江西省宜春市投建一条第8.6代液晶面板生产线项目。");
		assertThat(entity(x, "Project", "第8.6代液晶面板生产线项目")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.name().contains("投建"));
	}

	@Test
	void aPeoplesGovernmentIsTheGovernmentOfItsPlace() {
		Extraction x = extract("宜春市袁州区人民政府与明远科技签署合作协议。根据协议，袁州区政府将与明远科技共建研发中心。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).hasSize(1);
	}

	@Test
	void aZonesAndACommitteesShortFormsAreTheirFullNames() {
		Extraction x = extract("宜春经济技术开发区管理委员会与明远科技签约，项目落户宜春经济技术开发区。宜春经开区管委会表示，宜春经开区将全力服务项目建设。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).hasSize(1);
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).hasSize(1);
	}

	@Test
	void anAmountStatedWithYuOrDuoIsTheStatedFigure() {
		Extraction x = extract("昨日，明远宜春功率器件项目开工，项目总投资10余亿元。");
		ExtractedEntity project = entity(x, "Project", "明远宜春功率器件项目").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new java.math.BigDecimal("1000000000"));
	}

	@Test
	void anAmountWithThousandsSeparatorsIsReadWhole() {
		Extraction x = extract("昨日，明远宜春功率器件项目开工，项目总投资1,200万元。");
		ExtractedEntity project = entity(x, "Project", "明远宜春功率器件项目").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new java.math.BigDecimal("12000000"));
	}

	@Test
	void fullWidthDigitsAreReadAsDigits() {
		Extraction x = extract("昨日，明远宜春功率器件项目开工，项目总投资２５．５亿元。");
		ExtractedEntity project = entity(x, "Project", "明远宜春功率器件项目").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new java.math.BigDecimal("2550000000"));
		assertThat(project.amount().text()).isEqualTo("２５．５亿元");
	}

	@Test
	void aListItemEndsAtItsLastCharacterNotAtASpace() {
		Extraction x = extract("东湖区加快推进明华光电显示模组、星远新材料 碳纤维 等8个续建项目建设。");
		assertThat(entity(x, "Project", "星远新材料 碳纤维")).isPresent();
	}

	@Test
	void aSchoolNamedByItsDisciplineIsNoUniversity() {
		Extraction x = extract("宜春学院与明远科技签署合作协议，宜春学院副校长、计算机学院院长出席签约仪式。");
		assertThat(entity(x, "University", "宜春学院")).isPresent();
		assertThat(entity(x, "University", "计算机学院")).isEmpty();
	}

	@Test
	void theParkAfterAProjectAndADateIsWhereItIs() {
		Extraction x = extract("由星河新能源有限公司投资建设的年产10GWh动力电池项目昨日在宜春经济技术开发区开工。");
		ExtractedEntity project = entity(x, "Project", "年产10GWh动力电池项目").orElseThrow();
		assertThat(ChineseSentences.related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经济技术开发区").orElseThrow())).isTrue();
	}

	@Test
	void aProjectsNameEndsAtXiangmuThatHanLPGluesToTheNextWord() {
		// HanLP reads 项目计划 as one word
		Extraction x = extract("明远宜春功率器件项目计划总投资20亿元。");
		ExtractedEntity project = entity(x, "Project", "明远宜春功率器件项目").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new java.math.BigDecimal("2000000000"));
	}

	@Test
	void aProjectSignedToSettleInAParkIsInIt() {
		Extraction x = extract("日前，星河新能源汽车产业园项目签约落户宜春经济技术开发区，项目总投资120亿元。");
		ExtractedEntity project = entity(x, "Project", "星河新能源汽车产业园项目").orElseThrow();
		assertThat(ChineseSentences.related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经济技术开发区").orElseThrow())).isTrue();
	}

	@Test
	void theOneFirmAProjectIsBuiltByDevelopsIt() {
		Extraction x = extract("据了解，明远光伏组件项目由宜春星河微电子有限公司投资建设，总投资3.5亿元。");
		ExtractedEntity project = entity(x, "Project", "明远光伏组件项目").orElseThrow();
		assertThat(ChineseSentences.related(x, "DEVELOPS", entity(x, "Company", "宜春星河微电子有限公司").orElseThrow(), project)).isTrue();
	}

}
