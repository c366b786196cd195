package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * The seventh round of Chinese rules: firms, parks and batches as the news writes them when it does not spell them
 * out. On sentences written for these tests; none is taken from the corpus.
 */
class ChineseFirmRulesTests {

	@Test
	void aTradeNameThatInvestsIsAFirmThatBuildsTheProject() {
		Extraction x = extract("明澜科技拟投资30亿元在宜春经开区建设动力电池项目。");
		ExtractedEntity firm = entity(x, "Company", "明澜科技").orElseThrow();
		ExtractedEntity project = entity(x, "Project", "动力电池项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", firm, project)).isTrue();
		assertThat(related(x, "INVESTS_IN", firm, project)).isTrue();
	}

	@Test
	void aTradeNameOnTheOtherSideOfASigningIsAFirm() {
		Extraction x = extract("经过多轮洽谈，宜春经开区管委会与澜越新材料签约。");
		ExtractedEntity firm = entity(x, "Company", "澜越新材料").orElseThrow();
		assertThat(related(x, "PARTNERS_WITH", firm, entity(x, "Government", "宜春经开区管委会").orElseThrow())).isTrue();
	}

	@Test
	void aTradeNameListedBeforeAFirmThatSignsSignsToo() {
		Extraction x = extract("会上，澜越新材、明澜光电分别与宜春经开区签约。");
		assertThat(entity(x, "Company", "澜越新材")).isPresent();
		assertThat(entity(x, "Company", "明澜光电")).isPresent();
	}

	@Test
	void theSubsidiaryAGroupActsThroughBuildsTheProject() {
		Extraction x = extract("星河集团旗下的星河微电子在宜春经开区投资15亿元建设芯片封测项目。");
		ExtractedEntity project = entity(x, "Project", "芯片封测项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "星河微电子").orElseThrow(), project)).isTrue();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "星河集团").orElseThrow(), project)).isFalse();
	}

	@Test
	void industriesPlacesAndWhatATechnologyIsAreNoFirms() {
		for (String sentence : new String[] { "人工智能与实体经济深度融合。", "核心技术在关键领域取得突破。", "清洁能源与传统能源协同发展。",
				"宜春锂电将在今年实现产值千亿。", "电子信息与先进制造加快融合。", "正极材料在新能源汽车中应用广泛。" }) {
			assertThat(extract(sentence).entities()).as(sentence).noneMatch((e) -> e.kind().equals("Company"));
		}
	}

	@Test
	void theWorkOfAListedItemNamesNoFirm() {
		Extraction x = extract("今年，宜春重点实施澜越光学仪器、明澜新能源建设等20个项目。");
		assertThat(entity(x, "Company", "明澜新能源")).isEmpty();
	}

	@Test
	void aProjectQuotedInAnAgreementsTitleIsNotTheFirmsOwnProject() {
		Extraction x = extract("公司子公司澜越锂能拟与宜春经开区管委会签署《关于“锂电池正极材料项目”投资协议》。");
		assertThat(entity(x, "Company", "澜越锂能")).isPresent();
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project"));
	}

	@Test
	void aListedItemOpensOnTheFirmThatBuildsIt() {
		Extraction x = extract("今年，宜春加快推进星河柔性显示模组、澜越全降解塑料等8个续建项目建设。");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "澜越").orElseThrow(),
				entity(x, "Project", "澜越全降解塑料项目").orElseThrow())).isTrue();
	}

	@Test
	void aListedItemThatIsOnlyAProductNamesNoFirm() {
		Extraction x = extract("与新能源汽车配套的汽车轮毂、车用座椅等6个配套项目签约。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Company"));
	}

	@Test
	void zonesNamedAsDemonstrationZonesClustersAndTownsAreParks() {
		Extraction x = extract("星河新材料项目落户宜春临空经济区。");
		assertThat(related(x, "LOCATED_IN", entity(x, "Project", "星河新材料项目").orElseThrow(),
				entity(x, "Park", "宜春临空经济区").orElseThrow())).isTrue();
		assertThat(entity(extract("明澜科技在宜丰工业集中区投资建设隔膜项目。"), "Park", "宜丰工业集中区")).isPresent();
		assertThat(entity(extract("项目位于宜春锂电新能源产业示范区。"), "Park", "宜春锂电新能源产业示范区")).isPresent();
		assertThat(entity(extract("澜越智能装备项目落户宜春智能制造小镇。"), "Park", "宜春智能制造小镇")).isPresent();
	}

	@Test
	void aTitleAPlaceIsGivenIsNoPark() {
		assertThat(extract("全市共创建5个特色小镇和3个省级示范区。").entities()).noneMatch((e) -> e.kind().equals("Park"));
		assertThat(extract("该区获批国家级示范区。").entities()).noneMatch((e) -> e.kind().equals("Park"));
	}

	@Test
	void aParkWithinAParkHanLPCutsApartIsNamedWithIt() {
		Extraction x = extract("项目选址于宜春经开区新能源产业片区。");
		assertThat(related(x, "LOCATED_IN", entity(x, "Park", "宜春经开区新能源产业片区").orElseThrow(),
				entity(x, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void aProjectNamedByItsFirmsTradeNameIsThatFirmsProject() {
		Extraction x = extract("明澜科技项目落户宜春经开区。");
		ExtractedEntity project = entity(x, "Project", "明澜科技项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明澜科技").orElseThrow(), project)).isTrue();
		assertThat(related(x, "LOCATED_IN", project, entity(x, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void aProjectNamedByCommonWordsAndAnIndustryNamesNoFirm() {
		Extraction x = extract("其中，音视频装备制造基地总投资5亿元。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Company"));
		assertThat(extract("国药高端医药产业园总投资20亿元。").entities())
			.noneMatch((e) -> e.kind().equals("Company") && e.name().contains("高端"));
	}

	@Test
	void theOneFirmThatInvestsInAProjectPutsInItsTotal() {
		Extraction x = extract("明远科技有限公司拟在宜春经开区投资建设锂电池隔膜项目，项目总投资18亿元。");
		ExtractedEntity firm = entity(x, "Company", "明远科技有限公司").orElseThrow();
		ExtractedEntity project = entity(x, "Project", "锂电池隔膜项目").orElseThrow();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("INVESTS_IN") && r.from().equals(firm.ref())
				&& r.to().equals(project.ref()) && r.amount() != null && r.amount().value().doubleValue() == 1.8e9);
	}

	@Test
	void firmsThatInvestTogetherDoNotEachPutInTheTotal() {
		Extraction x = extract("明远科技有限公司与星河半导体有限公司共同投资建设宜春芯片封测项目，项目总投资18亿元。");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("INVESTS_IN")).hasSize(2)
			.allMatch((r) -> r.amount() == null);
	}

	@Test
	void thePlaceThatSetsUpAFundIsNotWhereItIs() {
		Extraction x = extract("宜春市袁州区设立产业发展引导基金，规模10亿元。");
		ExtractedEntity fund = entity(x, "Fund", "产业发展引导基金").orElseThrow();
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN") && r.from().equals(fund.ref()));
	}

	@Test
	void aListedProjectIsInThePlaceItsOwnNameOpensOn() {
		Extraction x = extract("烟台市签约项目包括黄渤海新区明澜生物医药产业化基地、蓬莱区澜越大健康产业园、牟平区明越创新药物项目等。");
		ExtractedEntity penglai = entity(x, "Project", "蓬莱区澜越大健康产业园项目").orElseThrow();
		ExtractedEntity muping = entity(x, "Project", "牟平区明越创新药物项目").orElseThrow();
		assertThat(related(x, "LOCATED_IN", penglai, entity(x, "District", "Penglai District").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", muping, entity(x, "District", "Muping District").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", muping, entity(x, "Park", "黄渤海新区").orElseThrow())).isFalse();
	}

	@Test
	void aProjectNamedAfterItsFirmsFullNameIsTheProjectNamedWithoutIt() {
		Extraction x = extract("明澜半导体有限公司年产100万片晶圆项目在宜春经开区开工。年产100万片晶圆项目总投资20亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(1);
		assertThat(entity(x, "Project", "年产100万片晶圆项目").orElseThrow().amount()).isNotNull();
		assertThat(ChineseExtractor.sameProject("年产5万吨正极材料", "明澜新材料股份有限公司年产5万吨正极材料")).isTrue();
		assertThat(ChineseExtractor.sameProject("年产5万吨正极材料", "明澜新材料年产5万吨正极材料")).isFalse();
	}

	@Test
	void aBatchCountedAfterTheWordThatStatesItIsABatch() {
		Extraction x = extract("本次集中签约的项目共28个，协议总投资120亿元。");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(batch.properties()).containsEntry("count", 28);
		assertThat(batch.name()).doesNotContain("的").doesNotContain("共");
		assertThat(batch.amount().value().doubleValue()).isEqualTo(1.2e10);
		Extraction y = extract("宜春经开区签约项目达18个，总投资60亿元。");
		assertThat(related(y, "LOCATED_IN", entity(y, "Program", "宜春经开区签约项目18个").orElseThrow(),
				entity(y, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void anAdverbOfTotalityIsNoPartOfABatchsNameWhateverOpensIt() {
		Extraction x = extract("宜春市2024年第二批重大项目集中开工，共开工项目41个，总投资210亿元。");
		assertThat(entity(x, "Program", "开工项目41个")).isPresent();
	}

	@Test
	void aParkNamedOnlyByItsLevelIsNoPark() {
		assertThat(extract("该基地落户宜春，将带动形成国家级产业园。").entities()).noneMatch((e) -> e.kind().equals("Park"));
		assertThat(extract("宜春经开区获评国家级产业园。").entities()).noneMatch((e) -> e.kind().equals("Park") && e.name().contains("国家级"));
	}

	@Test
	void industrialDistrictsProcessingZonesAndValleysAreParks() {
		assertThat(entity(extract("项目落户宜春化学工业区。"), "Park", "宜春化学工业区")).isPresent();
		assertThat(entity(extract("项目位于宜春出口加工区。"), "Park", "宜春出口加工区")).isPresent();
		assertThat(entity(extract("明澜科技与中国声谷签约。"), "Park", "中国声谷")).isPresent();
		assertThat(extract("当地老工业区改造加快推进。").entities()).noneMatch((e) -> e.kind().equals("Park"));
	}

	@Test
	void aNameHanLPCutIntoCharactersAndReadAsAnAdverbIsKeptWhole() {
		Extraction x = extract("签约项目中，明澜动力电池项目投资50亿元，澜越储能项目投资30亿元。");
		assertThat(entity(x, "Project", "澜越储能项目").orElseThrow().amount().value().doubleValue()).isEqualTo(3e9);
		Extraction y = extract("宜春16个项目总投资80亿元（不含华能宜春电厂）。");
		assertThat(y.entities()).noneMatch((e) -> e.name().startsWith("不"));
	}

	@Test
	void theCompanyAnAnnouncementSpeaksOfIsTheFirmThatAnnouncesIt() {
		Extraction x = extract("明澜科技公告，公司拟在宜春投资建设动力电池项目。同时，公司与宜春经开区管委会拟共同设立产业基金。");
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Company", "明澜科技").orElseThrow(),
				entity(x, "Government", "宜春经开区管委会").orElseThrow())).isTrue();
	}

	@Test
	void theCompanyIsTheFirmNamedLast() {
		Extraction x = extract("宜春经开区与明远科技有限公司签署投资协议。该公司将在园区投资建设储能电池项目。");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远科技有限公司").orElseThrow(),
				entity(x, "Project", "储能电池项目").orElseThrow())).isTrue();
		assertThat(extract("公司治理水平不断提升。").entities()).isEmpty();
	}

	@Test
	void theParkAProjectIsSitedInByTheWordParkIsTheParkNamedLast() {
		Extraction x = extract("宜春经开区与明远科技有限公司签署投资协议。该公司将在园区投资建设储能电池项目。");
		assertThat(related(x, "LOCATED_IN", entity(x, "Project", "储能电池项目").orElseThrow(),
				entity(x, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void sectorsAreReadByTheirLatinNameAndTheWordsNewsUsesForThem() {
		Extraction x = extract("明澜LED封装项目在宜春经开区开工。");
		assertThat(related(x, "IN_SECTOR", entity(x, "Project", "明澜LED封装项目").orElseThrow(),
				entity(x, "Sector", "LED").orElseThrow())).isTrue();
		assertThat(entity(extract("明澜科技功率模块项目落户宜春。"), "Sector", "Power semiconductors")).isPresent();
		assertThat(entity(extract("澜越云计算中心项目落户宜春。"), "Sector", "Advanced computing")).isPresent();
		assertThat(extract("明澜科技的mircoLED产品销往海外。").entities()).noneMatch((e) -> e.kind().equals("Sector"));
	}

	@Test
	void theFirmANoticeNamesAsTheProjectsOwnerDevelopsIt() {
		for (String sentence : new String[] { "宜春动力电池项目正式开工，项目建设单位为明远科技有限公司。", "宜春动力电池项目的实施主体为明远科技有限公司。",
				"明远科技有限公司作为项目业主，负责宜春动力电池项目的建设。" }) {
			Extraction x = extract(sentence);
			assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远科技有限公司").orElseThrow(),
					entity(x, "Project", "宜春动力电池项目").orElseThrow())).as(sentence).isTrue();
		}
		Extraction z = extract("宜春动力电池项目正式开工，项目投资方为明远科技有限公司。");
		assertThat(related(z, "DEVELOPS", entity(z, "Company", "明远科技有限公司").orElseThrow(),
				entity(z, "Project", "宜春动力电池项目").orElseThrow())).isTrue();
		Extraction y = extract("宜春动力电池项目的施工单位为明远建设有限公司。");
		assertThat(y.relations()).noneMatch((r) -> r.type().equals("DEVELOPS"));
	}

	@Test
	void aNameThatOnlySaysWhatIndustryIsNoProject() {
		assertThat(extract("该园区是承接上海生物医药产业项目转移的重要基地。").entities()).noneMatch((e) -> e.kind().equals("Project"));
		assertThat(extract("宜春将大力发展新能源汽车项目。").entities()).noneMatch((e) -> e.kind().equals("Project"));
		assertThat(entity(extract("宜春动力电池项目正式开工。"), "Project", "宜春动力电池项目")).isPresent();
		assertThat(entity(extract("明澜科技拟投资30亿元建设动力电池项目。"), "Project", "动力电池项目")).isPresent();
	}

	@Test
	void anAmountInChineseNumeralsIsRead() {
		Extraction x = extract("明澜动力电池项目总投资超百亿元。");
		assertThat(entity(x, "Project", "明澜动力电池项目").orElseThrow().amount().value().doubleValue()).isEqualTo(1e10);
		Extraction y = extract("明澜动力电池项目总投资三十亿元。");
		assertThat(entity(y, "Project", "明澜动力电池项目").orElseThrow().amount().value().doubleValue()).isEqualTo(3e9);
		Extraction z = extract("明澜动力电池项目开工，将助力宜春打造千亿元级锂电产业集群。");
		assertThat(entity(z, "Project", "明澜动力电池项目").orElseThrow().amount()).isNull();
	}

	@Test
	void aProjectNamedWithTheWorkItIsIsTheProject() {
		Extraction x = extract("宜春今年重点实施星澜智能装备、明澜光电建设等20个项目。其中，袁州区明澜光电项目总投资5亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project") && e.name().contains("明澜光电")).hasSize(1);
		assertThat(ChineseExtractor.core("Project", "明澜光电建设项目")).isEqualTo("明澜光电");
		assertThat(ChineseExtractor.core("Project", "基础设施建设项目")).isEqualTo("基础设施");
	}

	@Test
	void theFirmAProjectIsBuiltWithTheMoneyOfInvestsInIt() {
		Extraction x = extract("明澜动力电池项目由明远科技有限公司投资50亿元建设。");
		ExtractedEntity firm = entity(x, "Company", "明远科技有限公司").orElseThrow();
		ExtractedEntity project = entity(x, "Project", "明澜动力电池项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", firm, project)).isTrue();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("INVESTS_IN") && r.from().equals(firm.ref())
				&& r.to().equals(project.ref()) && r.amount() != null && r.amount().value().doubleValue() == 5e9);
		Extraction y = extract("明澜动力电池项目由明远科技有限公司负责建设运营。");
		assertThat(y.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
	}

	@Test
	void provincialDepartmentsAndCityBureausAreGovernments() {
		Extraction x = extract("明澜科技与江西省科技厅签署合作协议。");
		assertThat(related(x, "PARTNERS_WITH", entity(x, "Company", "明澜科技").orElseThrow(),
				entity(x, "Government", "江西省科技厅").orElseThrow())).isTrue();
		assertThat(entity(extract("宜春市招商局与明远科技有限公司签约。"), "Government", "宜春市招商局")).isPresent();
		assertThat(extract("园区委托第三方机构进行评估。").entities()).noneMatch((e) -> e.kind().equals("Government"));
	}

	@Test
	void aTradeNameCutIntoTwoCharactersIsWholeInTheFirmsName() {
		// HanLP reads 立升 as two verbs and 精顺 as an adjective and a verb
		assertThat(entity(extract("由香港立升储能控股集团投资建设的储能项目落户宜春。"), "Company", "香港立升储能控股集团")).isPresent();
		assertThat(entity(extract("总投资5亿元的江西精顺传动系统有限公司的变速箱项目已建成投产。"), "Company", "江西精顺传动系统有限公司"))
			.isPresent();
	}

	@Test
	void aProjectNamedAfterItsFirmMayHoldAVerb() {
		Extraction x = extract("宜春经开区分别与相关企业签订朗盾科技股份有限公司应急救援指挥系统项目和明远科技有限公司储能电池项目。");
		ExtractedEntity project = entity(x, "Project", "朗盾科技股份有限公司应急救援指挥系统项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "朗盾科技股份有限公司").orElseThrow(), project)).isTrue();
		assertThat(entity(x, "Project", "系统项目")).isEmpty();
	}

	@Test
	void aRankIsNoFirmAndWhoActsForAGovernmentIsNoPartOfIt() {
		Extraction x = extract("作为宜春首座8英寸芯片厂，明远半导体有限公司一期工程预计4月竣工。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("明远半导体有限公司");
		for (String sentence : new String[] { "会上，张明代表市政府与明远科技有限公司签订合作协议。",
				"白龙代表宜春市政府与明远科技有限公司签订合作协议。" }) {
			assertThat(extract(sentence).entities()).as(sentence)
				.noneMatch((e) -> e.kind().equals("Government") && (e.name().contains("代") || e.name().startsWith("表")));
		}
		assertThat(entity(extract("白龙代表宜春市人民政府与明远科技有限公司签订合作协议。"), "Government", "宜春市人民政府")).isPresent();
	}

	@Test
	void aKnownFirmWhoseNameHoldsAPlaceIsTheFirmNotThePlace() {
		assertThat(entity(extract("明远科技有限公司与宁德时代签约。"), "Company", "CATL")).isPresent();
		Extraction x = extract("宁德时代的全资子公司明远科技有限公司在宜春投资建设电池项目。");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("City") && e.name().equals("Ningde"));
	}

	@Test
	void aFirmSaidToBeAnothersSubsidiaryIsItsSubsidiary() {
		for (String sentence : new String[] { "明远科技有限公司是宁德时代的全资子公司。",
				"明远科技有限公司为宁德时代新能源科技股份有限公司全资子公司。" }) {
			Extraction x = extract(sentence);
			assertThat(related(x, "SUBSIDIARY_OF", entity(x, "Company", "明远科技有限公司").orElseThrow(),
					entity(x, "Company", "CATL").orElseThrow())).as(sentence).isTrue();
			assertThat(x.entities()).as(sentence).noneMatch((e) -> e.name().endsWith("子公司"));
		}
	}

	@Test
	void aLaterClauseThatSaysWhereIsAboutTheSentencesProject() {
		Extraction x = extract("明澜动力电池项目总投资50亿元，由明远科技有限公司投资建设，位于宜春经开区。");
		assertThat(related(x, "LOCATED_IN", entity(x, "Project", "明澜动力电池项目").orElseThrow(),
				entity(x, "Park", "宜春经开区").orElseThrow())).isTrue();
	}

	@Test
	void whoSetsUpAFundNamedAfterThemInvestsInIt() {
		Extraction x = extract("由宜春市政府和明远科技有限公司共同出资设立的宜春锂电产业基金规模为20亿元。");
		ExtractedEntity fund = entity(x, "Fund", "宜春锂电产业基金").orElseThrow();
		assertThat(related(x, "INVESTS_IN", entity(x, "Government", "宜春市政府").orElseThrow(), fund)).isTrue();
		assertThat(related(x, "INVESTS_IN", entity(x, "Company", "明远科技有限公司").orElseThrow(), fund)).isTrue();
	}

	@Test
	void investorsNamedAsSuchInvestAndAFirmsSeatIsWhereItIs() {
		Extraction x = extract("明澜动力电池项目落户宜春经开区，项目投资方为明远科技有限公司。");
		assertThat(related(x, "INVESTS_IN", entity(x, "Company", "明远科技有限公司").orElseThrow(),
				entity(x, "Project", "明澜动力电池项目").orElseThrow())).isTrue();
		Extraction joint = extract("明澜动力电池项目由明远科技有限公司和星河微电子有限公司合资建设。");
		ExtractedEntity project = entity(joint, "Project", "明澜动力电池项目").orElseThrow();
		assertThat(related(joint, "INVESTS_IN", entity(joint, "Company", "明远科技有限公司").orElseThrow(), project)).isTrue();
		assertThat(related(joint, "INVESTS_IN", entity(joint, "Company", "星河微电子有限公司").orElseThrow(), project)).isTrue();
		Extraction seat = extract("明远科技有限公司成立于2015年，总部位于深圳。");
		assertThat(seat.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("LOCATED_IN");
			assertThat(r.from()).isEqualTo(entity(seat, "Company", "明远科技有限公司").orElseThrow().ref());
		});
	}


	@Test
	void aTradeNameWrittenBeforeTheFullNameIsThatOneFirm() {
		Extraction x = extract("近日，鲁美半导体12英寸晶圆项目在厦门市海沧区开工建设，该项目由鲁美半导体有限公司投资建设。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("鲁美半导体有限公司");
		ExtractedEntity project = entity(x, "Project", "鲁美半导体12英寸晶圆项目").orElseThrow();
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("DEVELOPS") && r.to().equals(project.ref())).hasSize(1);
		assertThat(related(x, "LOCATED_IN", project, entity(x, "District", "Haicang District").orElseThrow())).isTrue();
		// a known firm's own name is no trade name of another that opens with it: 中国电子 is not 中国电子科技集团公司
		Extraction two = extract("中国电子8.6代液晶面板生产线项目在双流开工。中国电子科技集团公司在成都建设网络信息安全产业园。");
		assertThat(two.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.hasSize(2);
	}

	@Test
	void aBareGongsiIsTheOneFirmTheArticleNamedAndItsSeatIsItsDistrict() {
		Extraction x = extract("奥锐科技有限公司成立于2015年，总部位于深圳市南山区。公司与合肥市人民政府签署战略合作协议。");
		ExtractedEntity firm = entity(x, "Company", "奥锐科技有限公司").orElseThrow();
		assertThat(related(x, "PARTNERS_WITH", firm, entity(x, "Government", "合肥市人民政府").orElseThrow())).isTrue();
		assertThat(related(x, "LOCATED_IN", firm, entity(x, "District", "Nanshan District").orElseThrow())).isTrue();
		// with two firms named before it, a bare 公司 could be either, and is neither
		Extraction two = extract("奥锐科技有限公司与鲁美半导体有限公司成立合资公司。公司与合肥市人民政府签署战略合作协议。");
		assertThat(two.relations()).noneMatch((r) -> r.type().equals("PARTNERS_WITH")
				&& (r.to().equals(entity(two, "Government", "合肥市人民政府").orElseThrow().ref())
						|| r.from().equals(entity(two, "Government", "合肥市人民政府").orElseThrow().ref())));
	}

}
