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
 * The second round of Chinese rules (clauses, name boundaries, lists, batches, the article's home), on sentences
 * written for these tests; none is taken from the corpus.
 */
class ChineseClauseRulesTests {

	private static ExtractedEntity program(Extraction x, int count) {
		return x.entities().stream().filter((e) -> e.kind().equals("Program") && Integer.valueOf(count).equals(e.properties().get("count")))
			.findFirst().orElseThrow();
	}

	@Test
	void asciiSemicolonsEndClausesInChineseText() {
		Extraction x = extract("今年南昌市重大项目进展顺利。东湖区12个重大项目开工,总投资50亿元;西湖区8个重大项目签约,总投资20亿元。");
		ExtractedEntity twelve = program(x, 12);
		ExtractedEntity eight = program(x, 8);
		assertThat(twelve.amount().value()).isEqualByComparingTo(new BigDecimal("5000000000"));
		assertThat(eight.amount().value()).isEqualByComparingTo(new BigDecimal("2000000000"));
		assertThat(related(x, "LOCATED_IN", eight, entity(x, "District", "Xihu District").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", eight, entity(x, "District", "Donghu District").orElseThrow())).isFalse();
		assertThat(eight.evidence().sentence()).startsWith("西湖区");
	}

	@Test
	void aNameRunsFromTheDeAfterItsAmountAndAcrossJi() {
		Extraction x = extract("昨日，总投资8亿元的华联光电新型显示模组及系统项目在成都开工。");
		ExtractedEntity project = entity(x, "Project", "华联光电新型显示模组及系统项目").orElseThrow();
		assertThat(project.amount().value()).isEqualByComparingTo(new BigDecimal("800000000"));
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project") && e.name().equals("系统项目"));
	}

	@Test
	void aCountryBeforeAProjectIsNotItsOwner() {
		Extraction x = extract("总投资2亿美元的英国布朗精密轴承项目签约落户。");
		assertThat(entity(x, "Project", "英国布朗精密轴承项目")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Company") && e.name().equals("英国"));
	}

	@Test
	void theOwnersNameStopsAtThePlaceAfterIt() {
		Extraction x = extract("总投资20亿元的华星成都8.6代显示面板项目开工。");
		ExtractedEntity owner = entity(x, "Company", "华星").orElseThrow();
		assertThat(related(x, "DEVELOPS", owner, entity(x, "Project", "华星成都8.6代显示面板项目").orElseThrow())).isTrue();
		assertThat(entity(x, "Company", "华星成都")).isEmpty();
	}

	@Test
	void oneProjectUnderItsArticlesSeveralNames() {
		Extraction x = extract("总投资20亿元的华星成都8.6代显示面板项目开工。华星成都第8.6代液晶面板生产线设计产能为每月6万片。"
				+ "目前，成都华星项目进展顺利。");
		assertThat(x.entities().stream().filter((e) -> e.kind().equals("Project")).count()).isEqualTo(1);
		assertThat(ChineseExtractor.sameProject("开发区金沙园金煌能源", "金煌能源")).isTrue();
		assertThat(ChineseExtractor.sameProject("金煌能源", "金煌光伏")).isFalse();
		assertThat(ChineseExtractor.sameProject("二期扩建", "一期扩建")).isFalse();
		assertThat(ChineseExtractor.sameProject("蓝海科技区域总部", "蓝海科技区域总部及孵化器")).isTrue();
	}

	@Test
	void listItemsAreWholeAndTheirCategoryIsNoProject() {
		Extraction x = extract("昨日，南昌市20个重大项目集中签约，总投资150亿元。"
				+ "其中，瑞丰光电总部和研发生产基地、华联芯片封测项目、蓝海数据标注基地等一批标杆项目将带动产业升级。");
		ExtractedEntity program = program(x, 20);
		ExtractedEntity first = entity(x, "Project", "瑞丰光电总部和研发生产基地").orElseThrow();
		ExtractedEntity second = entity(x, "Project", "华联芯片封测项目").orElseThrow();
		assertThat(related(x, "PART_OF", first, program)).isTrue();
		assertThat(related(x, "PART_OF", second, program)).isTrue();
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project") && e.name().startsWith("标杆"));
	}

	@Test
	void aSmallerBatchAfterQizhongIsAShareOfTheBatchBefore() {
		Extraction x = extract("昨日，南昌市集中开工16个重大项目，总投资90亿元。其中，产业项目9项，总投资40亿元；基础设施项目7项，总投资50亿元。");
		assertThat(x.entities().stream().filter((e) -> e.kind().equals("Program")).count()).isEqualTo(1);
		assertThat(program(x, 16).amount().value()).isEqualByComparingTo(new BigDecimal("9000000000"));
	}

	@Test
	void genericItemsOfAListAreNoProjects() {
		Extraction x = extract("园区将建设安置房、商品房、人才房等生活配套项目。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project"));
	}

	@Test
	void theLeadsPlaceIsTheArticlesHome() {
		Extraction x = extract("昨日，南昌市东湖区集中开工12个重大项目，总投资80亿元。其中，蓝海光电模组项目总投资5亿元。"
				+ "东湖区将加快项目建设。另据了解，青山湖科技园今年引进企业30家，青山湖科技园还将扩容。");
		ExtractedEntity project = entity(x, "Project", "蓝海光电模组项目").orElseThrow();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "District", "Donghu District").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "City", "Nanchang").orElseThrow())).isFalse();
	}

}
