package org.chinatechgraph.ingest.extract.zh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/** The Chinese rules on short sentences written for these tests (none is taken from the corpus). */
class ChineseExtractorTests {

	@Test
	void tellsChineseFromEnglish() {
		assertThat(ChineseExtractor.isChinese("萍乡市安源区人民政府与一家芯片企业签约。")).isTrue();
		assertThat(ChineseExtractor.isChinese("Anyuan District signed with a chip maker (安源区).")).isFalse();
	}

	@Test
	void organisationsByTheWordsThatEndTheirNames() {
		Extraction x = extract("6月15日，萍乡市安源区人民政府与星河半导体股份有限公司签订投资协议。"
				+ "星河半导体股份有限公司将在安源经济技术开发区投资12亿元建设星河功率芯片封装测试项目。");
		ExtractedEntity government = entity(x, "Government", "萍乡市安源区人民政府").orElseThrow();
		ExtractedEntity company = entity(x, "Company", "星河半导体股份有限公司").orElseThrow();
		ExtractedEntity park = entity(x, "Park", "安源经济技术开发区").orElseThrow();
		ExtractedEntity project = entity(x, "Project", "星河功率芯片封装测试项目").orElseThrow();
		assertThat(company.aliases()).contains("星河半导体");
		assertThat(company.properties()).containsEntry("nameZh", "星河半导体股份有限公司");
		assertThat(project.amount().value()).isEqualByComparingTo(new BigDecimal("1200000000"));
		assertThat(project.amount().currency()).isEqualTo("CNY");
		assertThat(project.amount().text()).isEqualTo("12亿元");
		assertThat(related(x, "PARTNERS_WITH", government, company)).isTrue();
		assertThat(related(x, "DEVELOPS", company, project)).isTrue();
		assertThat(related(x, "LOCATED_IN", project, park)).isTrue();
		ExtractedEntity district = entity(x, "District", "Anyuan District").orElseThrow();
		assertThat(district.properties()).containsEntry("placeId", "district:anyuan").containsEntry("nameZh", "安源区");
		ExtractedEntity semiconductors = x.entities().stream().filter((e) -> e.kind().equals("Sector")).findFirst().orElseThrow();
		assertThat(semiconductors.properties()).containsEntry("sectorId", "sector:semiconductors");
		assertThat(related(x, "IN_SECTOR", project, semiconductors)).isTrue();
		// the evidence is the Chinese sentence, up to and including its 。, and the offsets are the mention's
		assertThat(project.evidence().sentence()).endsWith("项目。");
	}

	@Test
	void aBatchOfProjectsWithItsCountAndTotal() {
		Extraction x = extract("今年以来，合肥高新区集中签约项目15个，总投资86.5亿元，涵盖新能源汽车、生物医药等产业。");
		ExtractedEntity program = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(program.properties()).containsEntry("count", 15).containsEntry("year", 2024);
		assertThat(program.amount().value()).isEqualByComparingTo(new BigDecimal("8650000000"));
		assertThat(program.aliases()).contains("15个签约项目");
		ExtractedEntity park = entity(x, "Park", "合肥高新区").orElseThrow();
		assertThat(related(x, "LOCATED_IN", program, park)).isTrue();
	}

	@Test
	void projectsListedWithTheirBatch() {
		Extraction x = extract("此次开工的重点项目包括恒远动力电池、中科光电显示模组等8个项目，总投资40亿元。");
		ExtractedEntity program = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		ExtractedEntity battery = entity(x, "Project", "恒远动力电池").orElseThrow();
		ExtractedEntity display = entity(x, "Project", "中科光电显示模组").orElseThrow();
		assertThat(related(x, "PART_OF", battery, program)).isTrue();
		assertThat(related(x, "PART_OF", display, program)).isTrue();
		assertThat(battery.properties()).containsEntry("status", "under construction");
	}

	@Test
	void usDollarsAndTheEnglishNameTheArticleGives() {
		Extraction x = extract("明远微电子有限公司（Mingyuan Microelectronics Co., Ltd.）计划在无锡投资3亿美元建设晶圆制造项目。");
		ExtractedEntity company = x.entities().stream().filter((e) -> e.kind().equals("Company")).findFirst().orElseThrow();
		assertThat(company.name()).isEqualTo("Mingyuan Microelectronics Co., Ltd.");
		assertThat(company.aliases()).contains("明远微电子有限公司");
		assertThat(company.properties()).containsEntry("nameZh", "明远微电子有限公司");
		ExtractedEntity project = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(project.amount().currency()).isEqualTo("USD");
		assertThat(project.amount().value()).isEqualByComparingTo(new BigDecimal("300000000"));
		assertThat(entity(x, "City", "Wuxi")).isPresent();
	}

	@Test
	void traditionalCharactersAreReadButKeptAsWritten() {
		Extraction x = extract("華芯科技有限公司在合肥市投資20億元建設顯示面板生產線項目。");
		assertThat(entity(x, "Company", "華芯科技有限公司")).isPresent();
		ExtractedEntity project = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(project.name()).contains("項目");
		assertThat(project.amount().value()).isEqualByComparingTo(new BigDecimal("2000000000"));
		assertThat(entity(x, "City", "Hefei")).isPresent();
		assertThat(x.entities()).anyMatch((e) -> "sector:display".equals(e.properties().get("sectorId")));
	}

	@Test
	void genericPhrasesAreNotProjects() {
		Extraction x = extract("该区将加快推进重大项目建设，服务好各类企业。");
		assertThat(x.entities()).noneMatch((e) -> List.of("Project", "Company", "Program").contains(e.kind()));
	}

	@Test
	void datesAgainstTheArticlesOwn() {
		LocalDate published = LocalDate.of(2024, 6, 18);
		assertThat(ChineseExtractor.date("2023年5月8日，双方签约。", published)).isEqualTo("2023-05-08");
		assertThat(ChineseExtractor.date("今年3月项目开工。", published)).isEqualTo("2024-03");
		assertThat(ChineseExtractor.date("去年11月签约。", published)).isEqualTo("2023-11");
		assertThat(ChineseExtractor.date("12月20日签约。", published)).isEqualTo("2023-12-20");
		assertThat(ChineseExtractor.date("昨日，项目签约。", published)).isEqualTo("2024-06-17");
		Extraction x = extract("6月15日，远航新能源有限公司与开发区管委会签约远航储能电池项目。");
		ExtractedEntity project = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(project.properties()).containsEntry("signedOn", "2024-06-15").containsEntry("status", "signed");
	}

	@Test
	void aDistrictRightAfterItsCityIsReadWhereverHanLpCutsTheWords() {
		// HanLP cuts 深圳市坪山区 across the two names; 合肥市蜀山区 it cuts between them
		for (String[] c : new String[][] { { "项目位于深圳市坪山区。", "district:pingshan-shenzhen" },
				{ "公司将在合肥市蜀山区投资建设项目。", "district:shushan" } }) {
			Extraction x = extract(c[0]);
			assertThat(x.entities()).as(c[0]).filteredOn((e) -> e.kind().equals("District"))
				.extracting((e) -> e.properties().get("placeId")).containsExactly(c[1]);
		}
	}

	@Test
	void aPartnershipCarriesTheKindOfAgreementTheSentenceNames() {
		Extraction x = extract("6月15日，萍乡市安源区人民政府与星河半导体股份有限公司签订投资协议。"
				+ "同日，萍乡学院与星河半导体股份有限公司签署战略合作框架协议。");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("PARTNERS_WITH")).extracting((r) -> r.kind())
			.containsExactlyInAnyOrder("investment agreement", "strategic cooperation");
		// traditional characters read as simplified
		Extraction traditional = extract("萍鄉市安源區人民政府與星河半導體股份有限公司簽訂合作協議。");
		assertThat(traditional.relations()).filteredOn((r) -> r.type().equals("PARTNERS_WITH")).extracting((r) -> r.kind())
			.containsExactly("cooperation agreement");
	}

	@Test
	void aStageStillExpectedIsWhenItIsDueNotWhereTheProjectStands() {
		Extraction x = extract("明澜动力电池项目于2023年6月开工，预计2025年投产。");
		ExtractedEntity project = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(project.properties()).containsEntry("status", "under construction").containsEntry("startYear", 2023)
			.containsEntry("completionYear", 2025);
		ExtractedEntity done = extract("明澜动力电池项目一期已于去年12月竣工投产。").entities().stream()
			.filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(done.properties()).containsEntry("status", "operating");
	}

}
