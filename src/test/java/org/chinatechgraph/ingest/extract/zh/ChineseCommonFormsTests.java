package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/** Everyday Chinese forms of a signing or a groundbreaking, on sentences composed for the test. */
class ChineseCommonFormsTests {

	@Test
	void theFirmsAProjectIsBuiltByTogetherDevelopIt() {
		Extraction x = extract("7月10日，明远云计算数据中心项目正式开工。据了解，该项目由奥锐钢铁集团与阿里巴巴合作共建，总投资158亿元。");
		ExtractedEntity project = entity(x, "Project", "明远云计算数据中心项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "奥锐钢铁集团").orElseThrow(), project)).isTrue();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "Alibaba").orElseThrow(), project)).isTrue();
	}

	@Test
	void aDescriptionInAppositionIsNoProjectAndALongNameAgainWithoutItsHeadIsTheSameProject() {
		Extraction x = extract("全省数字经济建设的重要工程和新基建标志性项目——星河算力网络枢纽节点庆阳数据中心集群项目正式开工。"
				+ "庆阳数据中心集群项目总投资55亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("星河算力网络枢纽节点庆阳数据中心集群项目");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Company"));
	}

	@Test
	void aShortKnownNameInsideOtherWordsIsNoFirmNorAreTheProductsAFirmSells() {
		Extraction x = extract("项目建成后将日产25万支锂离子电池。波睿达、纽福斯、凯瑞康宁等5家企业签署入驻协议。"
				+ "该公司经营范围为生产和销售锂原电池和锂离子电池、电子粉体材料和新型金属材料。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Nissan", "Corning", "锂原电池", "电子粉体材料");
	}

	@Test
	void aHeadlinesSumAndVerbAreNoPartOfTheParksName() {
		Extraction x = extract("55亿建大数据产业园 星河能建在甘肃投了个大项目");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.startsWith("55亿"));
	}

	@Test
	void guestsAndACloudAreNoPlacesAndWhatIsDoneBeforeANameIsNoPartOfIt() {
		Extraction x = extract("他代表县委向各位来宾表示欢迎。阿里云副总裁出席仪式。"
				+ "副市长带队到新华区调研产业园区建设工作。中国科大与奥锐集团成立智能计算联合实验室。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Laibin", "Ngari Prefecture")
			.noneMatch((n) -> n.contains("调研") || n.contains("成立"));
		assertThat(entity(x, "Project", "智能计算联合实验室")).isPresent();
	}

	@Test
	void aProjectNamedAgainAfterADashOrByItsFirmsTradeNameIsTheSameProject() {
		Extraction x = extract("由明远电子股份有限公司在厦门投资建设的12英寸晶圆项目——星芯集成电路制造项目，在厦门火炬高新区举行动土典禮。"
				+ "星芯集成电路制造项目总投资62亿美元。奥锐存储器集成电路生产线项目明日开工。奥锐项目总投资370亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("星芯集成电路制造项目", "奥锐存储器集成电路生产线项目");
	}

	@Test
	void whoInvestsHowMuchAndWhatIsBuiltOnAreNoPartOfAName() {
		Extraction x = extract("明远城投公司投资7.3亿元的明远大数据产业园项目集中开工。续建奥锐蓝光LED产业化项目投资20亿元。"
				+ "奥锐生物医药有限公司联同中国工程院院士团队研发疫苗。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("明远大数据产业园项目", "奥锐蓝光LED产业化项目");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.contains("联同"));
	}

	@Test
	void firmsThatSignRespectivelyEachBuildTheirOwnAndTheTotalOfTheSigningsIsNoProjects() {
		Extraction x = extract("明远县政府与奥锐生物医药有限公司、星河制罐有限公司分别就疫苗生产基地项目、星河制罐项目签订合作协议，"
				+ "总签约金额10.2亿元。");
		ExtractedEntity vaccines = entity(x, "Project", "疫苗生产基地项目").orElseThrow();
		ExtractedEntity cans = entity(x, "Project", "星河制罐项目").orElseThrow();
		ExtractedEntity first = entity(x, "Company", "奥锐生物医药有限公司").orElseThrow();
		ExtractedEntity second = entity(x, "Company", "星河制罐有限公司").orElseThrow();
		assertThat(related(x, "DEVELOPS", first, vaccines)).isTrue();
		assertThat(related(x, "DEVELOPS", second, cans)).isTrue();
		assertThat(related(x, "DEVELOPS", first, cans)).isFalse();
		assertThat(related(x, "PARTNERS_WITH", first, second) || related(x, "PARTNERS_WITH", second, first)).isFalse();
		assertThat(cans.amount()).isNull();
	}

	@Test
	void aSumOpeningAListItemIsTheItemsAndCountedFundsAreNone() {
		Extraction x = extract("市产业投资母基金已成功设立4支子基金，主要包括10亿元星河汽车产业基金、10亿元松禾新兴产业创投基金、"
				+ "100亿元明远新能源基金、15亿元奥锐新材料基金。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund") && e.amount() != null)
			.extracting((e) -> e.name() + " " + e.amount().text())
			.contains("松禾新兴产业创投基金 10亿元", "奥锐新材料基金 15亿元");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.contains("4支"));
	}

	@Test
	void aFundsTradeNameRightAfterItsSizeIsWholeWhateverWordsItIsCutInto() {
		Extraction x = extract("截至目前，市产业投资母基金已设立3支子基金，主要包括8亿元星辰汇智汽车产业基金、12亿元金桥汇创新能源基金。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund") && e.amount() != null)
			.extracting((e) -> e.name() + " " + e.amount().text())
			.containsExactlyInAnyOrder("星辰汇智汽车产业基金 8亿元", "金桥汇创新能源基金 12亿元");
	}

	@Test
	void aStageOfAProjectAndTheWorksThatEnlargeItAreOneProjectButTwoStagesAreTwo() {
		Extraction x = extract("近日，星源光电高端模组（惠州星源）二期扩建项目迎来首台主设备搬入。"
				+ "总投资32亿元的星源光电高端模组扩产项目于今年4月主体厂房封顶。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + (e.amount() == null ? "" : e.amount().text()))
			.containsExactly("星源光电高端模组（惠州星源）二期扩建项目 32亿元");
		Extraction two = extract("明远锂电材料一期项目已于去年投产。今年5月，明远锂电材料二期项目开工，总投资20亿元。");
		assertThat(two.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(2);
	}

	@Test
	void whatAProjectBecameIsNoProjectAndItsSumStaysWithIt() {
		Extraction x = extract("今年3月，鹭岛新视显示科技第8代柔性OLED生产线项目首批产品成功点亮，成为目前国内单体最大、全球领先的柔性 OLED工厂。"
				+ "该项目总投资410亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + (e.amount() == null ? "" : e.amount().text()))
			.containsExactly("鹭岛新视显示科技第8代柔性OLED生产线项目 410亿元");
	}

	@Test
	void aHeadlinesCountOfProjectsIsNoProjectAndAFirmFoundedOrCutShortIsTheFirmNamedWhole() {
		Extraction x = extract("福建明溪开发区8项目开工 新增投资15亿元\n当天共有方明环保科技(明溪)有限公司、星河多肽药物产业化项目等8个项目"
				+ "举行开工仪式。2010年5月，福建方明集团与明溪开发区签定投资合同，投资成立方明环保科技(明溪)有限公司。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("星河多肽药物产业化项目");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("方明环保科技(明溪)有限公司", "福建方明集团");
	}

	@Test
	void aParkNamedAgainWithoutWhoseItIsIsTheSamePark() {
		Extraction x = extract("6月14日，中国星科(宝鸡)电子信息产业园等一批重大项目集中开工。星科集团表示，将以电子信息产业园开工为契机，加快园区建设。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.containsExactly("中国星科(宝鸡)电子信息产业园");
	}

	@Test
	void aResearchCentreAFirmBuildsIsAProjectAndHowItRanksIsNoPartOfAName() {
		Extraction x = extract("昨日，高新区2个产业项目集中开工。本次集中开工的2个产业项目分别为恒利锂电、益达医药，涉及新能源、生物医药等多个"
				+ "产业领域。据了解，恒利锂电计划在岳麓大道建设万吨级锂电池正极材料生产基地及功能材料工程研究中心。"
				+ "益达医药将投资10亿元在麓谷建设中国最大规模高功率锂电池电源生产基地。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.contains("功能材料工程研究中心", "高功率锂电池电源生产基地")
			.noneMatch((n) -> n.startsWith("中国最大"));
	}

	@Test
	void aHundredMillionPiecesIsNoSum() {
		Extraction x = extract("瑞晶光电此次启动建设的二期6代新型显示生产线项目，项目投产后，预计将年产1亿片中小尺寸显示屏。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).isNotEmpty().allMatch((e) -> e.amount() == null);
	}

	@Test
	void aSecondBatchSignedWithItsOwnTotalIsABatchOfItsOwn() {
		Extraction x = extract("明山县2024年三季度集中开工项目31个，总投资116.3亿元。其中，主会场法麦克斯三期项目总投资5.2亿元。"
				+ "现场还进行了招商引资集中签约。华中服装制造产业园项目、新能源电动车整车组装项目等12个项目集中签约，总投资83.9亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program") && e.amount() != null)
			.extracting((e) -> e.amount().text()).containsExactlyInAnyOrder("116.3亿元", "83.9亿元");
		ExtractedEntity signed = x.entities().stream().filter((e) -> e.kind().equals("Program") && e.name().startsWith("12"))
			.findFirst().orElseThrow();
		assertThat(related(x, "PART_OF", entity(x, "Project", "新能源电动车整车组装项目").orElseThrow(), signed)).isTrue();
		assertThat(entity(x, "Project", "新能源电动车整车组装项目").orElseThrow().amount()).isNull();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("法麦克斯");
		assertThat(entity(x, "Project", "法麦克斯三期项目")).isPresent();
	}

	@Test
	void aParkTheArticleCallsAProjectIsThatProjectAndAStageOpeningANameIsNoPartOfIt() {
		Extraction x = extract("星光电子泸州产业园预计2022年完成建设\n3月26日，泸州本次集中开工的项目包含星光电子泸州产业园项目，"
				+ "该项目总投资120亿元，分三期建设。其中2020年实施一期古蔺异地扶贫产业园项目，批复投资20亿元。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).isEmpty();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + (e.amount() == null ? "" : e.amount().text()))
			.containsExactlyInAnyOrder("星光电子泸州产业园 120亿元", "古蔺异地扶贫产业园项目 20亿元");
	}

	@Test
	void aWaveOfTechnologyIsNoFirmAndAQuotedTraditionalNameIsTheSameProject() {
		Extraction x = extract("在新一輪科技浪潮即將進入的背景下，明遠智慧電子産業園項目落戶涇河新城。據介紹，“明遠智慧電子産業園”項目總投資100億元。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Inspur");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + (e.amount() == null ? "" : e.amount().text()))
			.containsExactly("明遠智慧電子産業園項目 100億元");
	}

	@Test
	void aKnownFirmRightBeforeWhatItsProjectMakesOpensTheNameAndDevelopsIt() {
		Extraction x = extract("5月31日，西安市举行第二季度重点项目集中开工仪式。仪式举办地选在西咸新区泾河新城隆基绿能年产15GW高效单晶电池项目现场。"
				+ "隆基项目是泾河新城签约落户的第一个超百亿级项目。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("隆基绿能年产15GW高效单晶电池项目");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "LONGi").orElseThrow(),
				entity(x, "Project", "隆基绿能年产15GW高效单晶电池项目").orElseThrow())).isTrue();
	}

	@Test
	void whatAParkIsToBecomeIsNoProjectAndWhatALineMarksIsNoPartOfItsName() {
		Extraction x = extract("明远锂电新材料项目总投资20亿元，将把园区建设成国内领先的锂电新材料产业基地。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("明远锂电新材料项目");
		Extraction line = extract("1月24日，海南星源特玻材料有限公司負責人點燃熔窯，標志著2號TCO太陽能玻璃生產線點火成功。");
		assertThat(line.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("2號TCO太陽能玻璃生產線");
	}

	@Test
	void everyProjectOfACountedListIsOneInWhateverWordsAndTheLastTwoJoinedByAndAreTwo() {
		Extraction x = extract("12月25日，湘潭经开区10个重大产业项目集中竣工、投产，总投资21.13亿元。其中，竣工项目4个，"
				+ "分别为宏大真空二期项目、永达项目、南方建材项目和华研实验室项目。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("宏大真空二期项目", "永达项目", "南方建材项目", "华研实验室项目");
	}

	@Test
	void aMaterialIsNoFirmAndAnAverageOrASizeClassIsNoBatchsTotal() {
		Extraction x = extract("本届洽谈会总共签约项目359个，签约总额3578.2亿元。项目平均投资额达22.4亿元，投资额超过50亿元的项目达17个。"
				+ "鼎龙集团投资50亿元在重庆建设钛材生产线。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program"))
			.extracting((e) -> e.amount() == null ? "" : e.amount().text()).containsExactly("3578.2亿元");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.doesNotContain("钛材");
	}

	@Test
	void aFundManagerIsNoFundAndAnIndustryWithALegalFormIsNoFirm() {
		Extraction x = extract("城口县与光大股权投资基金管理(天津)有限责任公司签订战略合作协议。市长走访了上海东升新材料有限公司。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).isEmpty();
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("新材料有限公司");
	}

	@Test
	void aNameACharacterShortIsTheNameWholeOnlyWhenLong() {
		assertThat(ChineseExtractor.oneCharacterShort("物质新材料产业园", "生物质新材料产业园")).isTrue();
		assertThat(ChineseExtractor.oneCharacterShort("明环保科技(明溪)有限公司", "方明环保科技(明溪)有限公司")).isTrue();
		// short names a character apart are two
		assertThat(ChineseExtractor.oneCharacterShort("华能源公司", "中华能源公司")).isFalse();
		assertThat(ChineseExtractor.oneCharacterShort("物质新材料产业园", "生物质新材料基地")).isFalse();
	}

	@Test
	void countedFundsAndTheFirmsThatManageThemAreNoneAndWhoASignerIsIsNoPartOfItsName() {
		Extraction x = extract("明江产业基金与星河资本管理有限公司签订协议，决定共同出资设立3支母基金，母基金管理公司还与6家企业签订了设立子基金的"
				+ "合作协议，通过募集社会资金，发起设立若干只母基金。投资5亿元的循环塑料产业园项目，投资企业湖南星福环保科技股份有限公司"
				+ "正准备上市。");
		assertThat(x.entities()).extracting(ExtractedEntity::name)
			.doesNotContain("3支母基金", "只母基金", "若干只母基金", "母基金管理公司", "企业湖南星福环保科技股份有限公司")
			.contains("湖南星福环保科技股份有限公司");
	}

	@Test
	void aDatelineAndItsReporterAreNoPartOfANameNorIsWhatAZoneAppliesToBecomeAProject() {
		Extraction x = extract("新华社武汉5月20日专电(记者王明)汉江产业基金日前与联想集团签订协议,拟设立5支基金。"
				+ "目前,汉阳正在申报国家级LED产业基地,汉阳LED产业园计划下月动工。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).extracting(ExtractedEntity::name)
			.containsExactly("汉江产业基金");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.contains("申报") || n.contains("记者"));
	}

	@Test
	void aFundNamedAgainInGenericWordsTakesItsSizeAndAZoneWrittenShortIsTheSameZone() {
		Extraction x = extract("1月10日,《汉阳市创新投资基金设立方案》发布。《方案》显示,创投基金首期规模50亿元,其中市级出资40亿元。"
				+ "出资来源包括市属国有企业、有关开发区等。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).singleElement()
			.satisfies((fund) -> assertThat(fund.name()).isEqualTo("汉阳市创新投资基金"))
			.satisfies((fund) -> assertThat(fund.amount().text()).isEqualTo("50亿元"));
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Park"));
		Extraction zones = extract("我校与明远光电科技有限公司在福清融海经济技术开发区举行揭牌仪式。融海经济技术开发区党工委书记出席。"
				+ "书记介绍了融海开发区的发展情况,出资方含西咸新区。");
		assertThat(zones.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("福清融海经济技术开发区", "Xixian New Area");
	}

	@Test
	void fundsOfAKindOrOfOneOrAnotherAreNoNamesAndATraditionalZoneWrittenShortIsTheSameZone() {
		Extraction x = extract("继明州航空航天产业专项母基金之后,全省已设立设区市产业专项母基金12支,规模313亿元,"
				+ "并借基金投向子基金或直投项目。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).extracting(ExtractedEntity::name)
			.containsExactly("明州航空航天产业专项母基金");
		assertThat(x.entities()).noneMatch((e) -> e.name().contains("或"));
		Extraction zones = extract("相城經濟技術開發區舉行集中簽約儀式。相城經開區黨工委書記出席並致辭。");
		assertThat(zones.entities()).filteredOn((e) -> e.kind().equals("Park")).hasSize(1);
	}

	@Test
	void aTradeNameEndingOnACharacterReadAsAVerbStillNamesTheBase() {
		Extraction x = extract("7月4日上午,明远汇产业基地开工仪式在天津成功举行。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("明远汇产业基地");
		// a verb that does something to the base is no part of its name
		Extraction built = extract("明远集团将在天津建产业基地。");
		assertThat(built.entities()).noneMatch((e) -> e.name().contains("建产业基地"));
	}

	@Test
	void wordsThatLeadToANameAreNoPartOfItAndABaseSaidAgainWithoutItsFirmAndCityIsTheSameBase() {
		Extraction x = extract("该项目借力中南大学碳基复合材料技术优势,研发生产新材料。北京亦庄投资合作项目及临空经济区优质项目总投资3亿元。"
				+ "明远新兴产业引导基金作为母基金出资40亿元。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.startsWith("力") || n.startsWith("及")
				|| n.startsWith("作为"));
		Extraction base = extract("投資約25億元 明遠成都車載顯示基地落地成都高新區。11月12日,該區與明遠科技集團股份有限公司就車載顯示基地項目"
				+ "投資合作協議達成一致。");
		assertThat(base.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactly("明遠成都車載顯示基地");
	}

	@Test
	void fundsNamedByTheirKindOrHedgedInPrincipleAreNoNames() {
		Extraction x = extract("明州产业投资母基金总规模500亿元,下设行业基金和区域基金,原则上专项基金不超过10支,并开展直投项目。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).extracting(ExtractedEntity::name)
			.containsExactly("明州产业投资母基金");
		assertThat(x.entities()).noneMatch((e) -> e.name().equals("直投项目"));
	}

	@Test
	void aFirmsRankAndAVerbBeforeABareHeadAreNoPartOfAName() {
		Extraction x = extract("世界500强明澜集团在明州高新区设立华南总部。全区紧盯项目建设,提升园区承载能力。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("明澜集团");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("紧盯项目", "提升园区");
	}

	@Test
	void aCountTooLargeToCountReadsWithoutFailing() {
		Extraction x = extract("合肥市集中签约99999999999个项目，总投资120亿元。明远半导体项目落户合肥高新区。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).isNotEmpty();
	}

	@Test
	void whoSpeaksWhereAProjectLandsAndTheDayAreNoPartOfANameAfterThem() {
		Extraction x = extract("会上，林明要求明远高新区加快建设。明澜生物医药产业园项目落位长春新区，总投资15亿元。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("明远高新区", "长春新区")
			.noneMatch((n) -> n.contains("要求") || n.contains("落位"));
		Extraction day = extract("明远市华澜数据谷9月23日正式开工，总投资65亿元。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.contains("9月23日"));
		assertThat(day.entities()).extracting(ExtractedEntity::name).noneMatch((n) -> n.contains("9月23日"));
	}

	@Test
	void theReportersOwnProvinceAndWhatAFirmMakesAreNoPartOfTheNameAfterThem() {
		Extraction x = extract("我省明澜动力电池产业化基地项目开工，总投资105亿元。光伏材料制造商明远(集团)控股有限公司与金堂县签约。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("明远(集团)控股有限公司")
			.noneMatch((n) -> n.startsWith("我省") || n.contains("制造商"));
	}

	@Test
	void theSumBeforeANameWhereTheNewsCameFromAndEachOfSeveralAreNoPartOfAName() {
		Extraction x = extract("投资6亿元的明远数据中心、投资5亿元的华澜智慧车联网、投资2亿元的明澜区域数据中心等11个总投资20亿元项目"
				+ "近期将正式落户。记者从明远高新区了解到，上半年营业收入增长。每只母基金的期限均为15年。");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("明远高新区")
			.noneMatch((n) -> n.matches("^[\\d.]+亿.*") || n.startsWith("从") || n.startsWith("每只"));
		// each its own sum, not the one told before it
		assertThat(x.entities()).filteredOn((e) -> e.name().contains("华澜智慧车联网")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("500000000"));
		assertThat(x.entities()).filteredOn((e) -> e.name().contains("明澜区域数据中心")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("200000000"));
	}

	@Test
	void eachListedProjectTakesTheSumOfItsOwnClauseEvenWhenTheOneBeforeItIsNotFound() {
		Extraction x = extract("这次集中奠基的五个新能源项目总投资20.839亿元，分别是：明远硅材料股份有限公司投资13.7亿元建设的"
				+ "年产3000吨单晶硅及切片项目，华澜能源股份公司投资2.639亿元建设的太阳能发电设备制造项目，华澜能源股份公司投资1.5亿元"
				+ "建设的年产300套风机塔筒项目，星河新能源有限公司投资1亿元建设的风机机舱罩、整流罩以及叶片生产项目。");
		assertThat(entity(x, "Project", "年产3000吨单晶硅及切片项目")).isPresent();
		assertThat(entity(x, "Project", "太阳能发电设备制造项目").orElseThrow().amount().value()).isEqualByComparingTo("263900000");
		assertThat(entity(x, "Project", "年产300套风机塔筒项目").orElseThrow().amount().value()).isEqualByComparingTo("150000000");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project") && e.name().endsWith("叶片生产项目")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("100000000"));
	}

	@Test
	void theStraitsZoneIsNoPrefectureAPartOfTheYearIsNoPartOfAParkAndMassEntrepreneurshipIsNoCarmaker() {
		Extraction x = extract("福州市闽侯县举行项目签约仪式，海西高新技术产业园等项目落户。二季度明远经开区有24个重大项目开工，"
				+ "总投资232.2亿元。为响应国家大众创业、万众创新号召，明远大学与明远新区管委会举行合作签约。");
		assertThat(x.entities()).extracting(ExtractedEntity::name)
			.doesNotContain("Haixi Mongol and Tibetan Autonomous Prefecture", "Volkswagen")
			.contains("明远经开区")
			.noneMatch((n) -> n.startsWith("二季度"));
	}

	@Test
	void governmentAffairsNameNoGovernmentAndAUniversitysNameEndsAtItsOwn大学() {
		Extraction x = extract("本次签约的企业代表明远机器人政府事务副总裁表示，计划带来资金支持。双方将加快华澜大学世界一流学科大学建设步伐。");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).isEmpty();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("University")).extracting(ExtractedEntity::name)
			.containsExactly("华澜大学");
	}

}
