package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rules read from the development half of the corpus, on sentences composed for the test. */
class GeneralRulesTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2022, 5, 10)));
	}

	@Test
	void surnamesCompassWordsAndTheNewsAgencyAreNotCounties() {
		Extraction x = extract("BEIJING, May 10 (Xinhua) -- Li Qiang and Zhao Lei visited the East Campus of the plant in Suzhou. "
				+ "The company also operates in Kunshan and in Anyuan District.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("District")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("Kunshan", "Anyuan District");
	}

	@Test
	void aPlaceNameAfterAChineseSurnameIsAPersonsGivenName() {
		Extraction x = extract("Wang Jinhua, chairman of the company, said the plant in Suzhou would open in 2023. "
				+ "Chen Yichang and Li Wuhu signed the deal.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("Suzhou")
			.doesNotContain("Jinhua", "Yichang", "Wuhu");
		// the same names where they are places
		Extraction places = extract("The firm has plants in Jinhua, Yichang and Wuhu.");
		assertThat(places.entities()).extracting(ExtractedEntity::name).contains("Jinhua", "Yichang", "Wuhu");
	}

	@Test
	void aPlaceNamedOnlyInsideAFirmsNameIsNotAPlaceOfTheArticle() {
		Extraction x = extract("Hubei Guangxin Photonics Co., Ltd. signed a deal to build a laser plant in Suzhou. "
				+ "Jiangsu Alpha Materials Co., Ltd. will supply it, and Jiangsu's government welcomed the plan.");
		assertThat(x.entities()).extracting(ExtractedEntity::kind, ExtractedEntity::name)
			.contains(org.assertj.core.groups.Tuple.tuple("Company", "Hubei Guangxin Photonics Co., Ltd."),
					org.assertj.core.groups.Tuple.tuple("City", "Suzhou"))
			.doesNotContain(org.assertj.core.groups.Tuple.tuple("Province", "Hubei"));
		// named outside a firm's name as well, a place is one
		assertThat(x.entities()).extracting(ExtractedEntity::kind, ExtractedEntity::name)
			.contains(org.assertj.core.groups.Tuple.tuple("Province", "Jiangsu"));
	}

	@Test
	void aGovernmentNamedAfterItsPlaceIsThereNotWhereItSigned() {
		Extraction x = extract("An agreement between the Chinese Academy of Sciences and Hainan Provincial Government "
				+ "was signed in Haikou.");
		assertThat(located(x, "Hainan Provincial Government")).containsExactly("Hainan");
		// a government named after no place is still where the sentence puts it
		Extraction unnamed = extract("The State Grid Commission in Haikou approved the plan.");
		assertThat(located(unnamed, "State Grid Commission")).containsExactly("Haikou");
	}

	private static java.util.List<String> located(Extraction x, String name) {
		ExtractedEntity from = x.entities().stream().filter((e) -> e.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + x.entities()));
		return x.relations().stream().filter((r) -> r.type().equals("LOCATED_IN") && r.from().equals(from.ref()))
			.map((r) -> x.entities().stream().filter((e) -> e.ref().equals(r.to())).findFirst().orElseThrow().name())
			.toList();
	}

	@Test
	void aFirmIsNotWhereItActs() {
		Extraction x = extract("Kestrel Microsystems has broken ground in Dalian on a new wafer plant. "
				+ "Norvik Motors on Monday in the coastal city of Ningbo began building an engine factory.");
		assertThat(located(x, "Kestrel Microsystems")).isEmpty();
		assertThat(located(x, "Norvik Motors")).isEmpty();
		// where the verb acts, the project is
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN")).hasSize(2);
		// a firm named with its place, or said to be there, is there
		Extraction sited = extract("Halden Pumps Co. in Wuxi will invest $20 million in the production of valves. "
				+ "Torva Materials, based in Hangzhou, supplies the line.");
		assertThat(located(sited, "Halden Pumps Co.")).containsExactly("Wuxi");
		assertThat(located(sited, "Torva Materials")).containsExactly("Hangzhou");
	}

	@Test
	void aGovernmentListedAfterBuiltByBuildsToo() {
		Extraction x = extract("The data center, co-developed by the government of Jinshan district and Norvik Systems, "
				+ "will open in 2025.");
		assertThat(developers(x)).containsExactlyInAnyOrder("government of Jinshan district", "Norvik Systems");
		// a government that only approves is no builder
		Extraction approved = extract("The data center, approved by the government of Jinshan district, was built by "
				+ "Norvik Systems.");
		assertThat(developers(approved)).containsExactly("Norvik Systems");
	}

	private static List<String> developers(Extraction x) {
		return x.relations().stream().filter((r) -> r.type().equals("DEVELOPS"))
			.map((r) -> x.entity(r.from()).orElseThrow().name()).toList();
	}

	@Test
	void aCountryAloneIsNoShortNameOfAFirmNamedAfterIt() {
		Extraction x = extract("The third phase of the National Integrated Circuit Industry Investment Fund Co., Ltd. "
				+ "has recently been established in China.");
		assertThat(x.entities()).allSatisfy((e) -> assertThat(e.aliases()).doesNotContain("China"));
	}

	@Test
	void kindsOfWorkWrittenWithAnAmpersandAreNoFirms() {
		Extraction x = extract("Siemens will open Beijing's R&D center next year, after its M&A and O&M deals in "
				+ "Suzhou. AT&T Inc. was not part of it.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("Siemens", "AT&T Inc.");
	}

	@Test
	void aPhaseOfAFundIsAFundOfItsOwn() {
		Extraction x = extract("The second phase of the Zhejiang Provincial Semiconductor Industry Fund was set up with a "
				+ "registered capital of 20 billion yuan. The first phase of the Zhejiang Provincial Semiconductor Industry "
				+ "Fund had 8 billion yuan.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).extracting(ExtractedEntity::name)
			.containsExactly("second phase of the Zhejiang Provincial Semiconductor Industry Fund",
					"Zhejiang Provincial Semiconductor Industry Fund",
					"first phase of the Zhejiang Provincial Semiconductor Industry Fund");
		assertThat(x.entities()).filteredOn((e) -> e.name().startsWith("second phase")).first()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("20000000000"));
		// the same phase written after the name is the same fund
		Extraction after = extract("Lanmo Fund Phase Two Starts. The second phase of the Lanmo Fund raised 3 billion yuan.");
		assertThat(after.entities()).filteredOn((e) -> e.kind().equals("Fund")).hasSize(2)
			.anySatisfy((e) -> {
				assertThat(e.name()).isEqualTo("second phase of the Lanmo Fund");
				assertThat(e.aliases()).containsExactly("Lanmo Fund Phase Two");
				assertThat(e.amount().value()).isEqualByComparingTo("3000000000");
			})
			.anySatisfy((e) -> {
				assertThat(e.name()).isEqualTo("Lanmo Fund");
				assertThat(e.aliases()).isEmpty();
				assertThat(e.amount()).as("the phase's capital is not the fund's").isNull();
			});
		// the fund named alone after its phase is that fund, not another name of the phase
		Extraction both = extract("Lanmo Fund Phase Two Starts\n\nThe second phase of the Lanmo Fund raised 3 billion "
				+ "yuan. The Lanmo Fund was set up in 2019.");
		assertThat(both.entities()).filteredOn((e) -> e.kind().equals("Fund"))
			.extracting(ExtractedEntity::name, ExtractedEntity::aliases)
			.containsExactlyInAnyOrder(tuple("second phase of the Lanmo Fund", List.of("Lanmo Fund Phase Two")),
					tuple("Lanmo Fund", List.of()));
		// a fund with no phase is one fund
		Extraction plain = extract("The Zhejiang Provincial Semiconductor Industry Fund had 8 billion yuan.");
		assertThat(plain.entities()).filteredOn((e) -> e.kind().equals("Fund")).hasSize(1);
	}

	@Test
	void theInvestorsListedInvestInTheProjectOrFundTalkedAbout() {
		Extraction x = extract("A 500 MW battery project with 2 billion yuan investment landed in Yibin. The investors are "
				+ "Kelvor Group and Tamsin Energy, and the first phase will begin construction in 2024.");
		assertThat(investors(x)).containsExactlyInAnyOrder("Kelvor Group", "Tamsin Energy");
		Extraction fund = extract("The second phase of the Lanmo Industry Fund was set up. The company is jointly held by 5 "
				+ "shareholders, including Rivo Holdings, Tamsin Energy and Kelvor Group.");
		assertThat(investors(fund)).containsExactlyInAnyOrder("Rivo Holdings", "Tamsin Energy", "Kelvor Group");
		// firms listed as anything else invest in nothing
		Extraction suppliers = extract("A 500 MW battery project landed in Yibin. The suppliers are Kelvor Group and Tamsin Energy.");
		assertThat(investors(suppliers)).isEmpty();
	}

	private static List<String> investors(Extraction x) {
		return x.relations().stream().filter((r) -> r.type().equals("INVESTS_IN"))
			.map((r) -> x.entity(r.from()).orElseThrow().name()).toList();
	}

	@Test
	void aBareNameAfterAConsultancyOrADeveloperIsAFirm() {
		Extraction x = extract("Li Yaqin, general manager at tech data consultancy Sigamintell, said property developer "
				+ "Vantone would build the park in Suzhou.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.contains("Sigamintell", "Vantone");
		// a bare name after no such noun is not
		Extraction bare = extract("Li Yaqin said Vantone would build the park in Suzhou.");
		assertThat(bare.entities()).extracting(ExtractedEntity::name).doesNotContain("Vantone");
	}

	@Test
	void anOrganisationsInvestmentInAProjectIsItsInvestment() {
		Extraction x = extract("Orion Display Co., Ltd.'s US$2.5 billion investment in the Hefei panel plant is its largest.");
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("INVESTS_IN") && r.amount() != null
				&& r.amount().value().compareTo(new java.math.BigDecimal("2500000000")) == 0);
		// an investment the firm only talks about, in no named project, is none
		Extraction none = extract("Orion Display Co., Ltd.'s investment in China is its largest.");
		assertThat(none.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
	}

	@Test
	void aBareNameAfterAFirmNounIsAFirmThroughoutTheArticle() {
		Extraction x = extract("Lumex to build chemicals site in Zhanjiang. "
				+ "German chemicals giant Lumex plans to invest $2 billion in building a chemical production site in Zhanjiang. "
				+ "Kavo will supply it.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Lumex");
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("DEVELOPS"));
	}

	@Test
	void theOwnerOfAProjectIsAFirm() {
		Extraction x = extract("Kavo’s new OLED panel line started production in Hefei, China's first of its kind. "
				+ "China's first carbon fiber plant is in Danyang.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Kavo");
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("DEVELOPS"));
	}

	@Test
	void aDateAfterOnIsNotPartOfAName() {
		assertThat(OrganizationRecognizer.find("Kestrel Robotics on Friday opened a plant.",
				Token.of("Kestrel Robotics on Friday opened a plant.")))
			.extracting(OrganizationRecognizer.Mention::name).contains("Kestrel Robotics").doesNotContain("Kestrel Robotics on Friday");
	}

	@Test
	void aParkOnlyDescribedIsNoParkByName() {
		Extraction x = extract("Anyuan Industrial Park will become the largest high-tech zone in the province and an "
				+ "export-oriented industrial park, beside a 6.77 square kilometers IC industry park. "
				+ "Omega Tech will build a blockchain and semiconductor equipment industrial park there.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.contains("Anyuan Industrial Park", "blockchain and semiconductor equipment industrial park")
			.noneMatch((name) -> name.contains("largest") || name.contains("export-oriented") || name.startsWith("6.77"));
	}

	@Test
	void anOrganizationsStatedInvestmentInAPlaceIsAnInvestment() {
		Extraction x = extract("Alpha Semiconductor Co., Ltd. has invested more than 77 million U.S. dollars in Kunshan since 2003. "
				+ "Beta Materials Co., Ltd. has invested 2.5 billion yuan in the Suzhou Industrial Park.");
		assertThat(investment(x, "Alpha Semiconductor Co., Ltd.", "Kunshan").amount().value()).isEqualByComparingTo("77000000");
		assertThat(investment(x, "Alpha Semiconductor Co., Ltd.", "Kunshan").amount().currency()).isEqualTo("USD");
		assertThat(investment(x, "Beta Materials Co., Ltd.", "Suzhou Industrial Park").amount().value())
			.isEqualByComparingTo("2500000000");
	}

	@Test
	void aFirmsInitialsNameTheFirm() {
		Extraction x = extract("Kestrel Display Technology Corp. is China's largest panel maker. "
				+ "Panel maker KDTC will build an OLED panel plant in Hefei.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Kestrel Display Technology Corp.");
		assertThat(EntityTable.initialsOf("Semiconductor Manufacturing International Corp."))
			.containsExactlyInAnyOrder("SMIC", "SMI");
	}

	private static ExtractedRelation investment(Extraction x, String from, String to) {
		ExtractedEntity a = SeedExtractionTests.entity(x, "Company", from);
		ExtractedEntity b = x.entities().stream().filter((e) -> e.name().equals(to)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + to + " in " + x.entities()));
		return x.relations().stream().filter((r) -> r.type().equals("INVESTS_IN") && r.from().equals(a.ref()) && r.to().equals(b.ref()))
			.findFirst().orElseThrow(() -> new AssertionError("no INVESTS_IN " + from + " -> " + to + " in " + x.relations()));
	}

	@Test
	void aGovernmentWrittenInLowerCaseAroundAPlaceIsAGovernment() {
		Extraction x = extract("The company signed the deal with the Wuxi government and with Jiangxi provincial government. "
				+ "It also agreed with Beijing's city government and with the government of Xiaoshan district to build labs.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("Wuxi government", "Jiangxi provincial government", "Beijing's city government",
					"government of Xiaoshan district");
		// the places stay places
		assertThat(x.entities()).filteredOn((e) -> java.util.Set.of("Province", "City", "District").contains(e.kind()))
			.extracting(ExtractedEntity::name).contains("Wuxi", "Jiangxi", "Beijing", "Xiaoshan District");
	}

	@Test
	void aProjectNamedAfterAFirmOfTheArticleIsThatFirmsWhenNoSentenceSaysWhose() {
		Extraction x = extract("Murata Manufacturing reported higher sales on Monday. "
				+ "The Murata Wuxi capacitor plant will double its output by 2024, local officials said.");
		ExtractedEntity murata = x.entities().stream().filter((e) -> e.kind().equals("Company")).findFirst().orElseThrow();
		ExtractedEntity plant = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(x.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("DEVELOPS");
			assertThat(r.from()).isEqualTo(murata.ref());
			assertThat(r.to()).isEqualTo(plant.ref());
		});
	}

	@Test
	void aFirmBasedInAPlaceOrOfItIsThere() {
		Extraction x = extract("Shanghai-based COMAC was set up in 2008 to build passenger aircraft. "
				+ "Taiwan's ScinoPharm has completed a pharmaceutical plant in Changshu.");
		java.util.Map<String, String> names = new java.util.HashMap<>();
		x.entities().forEach((e) -> names.put(e.ref(), e.name()));
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN"))
			.extracting((r) -> names.get(r.from()) + " -> " + names.get(r.to()))
			.contains("COMAC -> Shanghai", "ScinoPharm -> Taiwan");
	}

	@Test
	void aChinesePersonsNameIsNoFirm() {
		Extraction x = extract("Zhao Junsheng and Wang Jinhua visited Hexin Semiconductor Co., Ltd., which will build a "
				+ "chip plant in Wuxi with Lumex.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Zhao Junsheng", "Wang Jinhua")
			.contains("Hexin Semiconductor Co., Ltd.");
		assertThat(Mentions.personName("Zhao Long")).isTrue();
		// a name of that shape with a word no given name has, and a listed firm, stay firms
		assertThat(Mentions.personName("Li Auto")).isFalse();
		assertThat(extract("Li Auto will build a car plant in Changzhou.").entities())
			.anyMatch((e) -> e.kind().equals("Company") && e.name().startsWith("Li Auto"));
	}

	@Test
	void aCountryARegionOrAKindOfFirmIsNoFirm() {
		Extraction x = extract("A German company and Hexin Semiconductor Co., Ltd. signed a deal. "
				+ "East China and Lumex are partners. China built the plant.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.doesNotContain("German company", "East China", "China");
		assertThat(OrganizationRecognizer.notAFirm("Chinese company")).isTrue();
		assertThat(OrganizationRecognizer.notAFirm("Billion RMB Investment")).isTrue();
		assertThat(OrganizationRecognizer.notAFirm("No.1")).isTrue();
		// a firm whose name opens with such a word is still one
		assertThat(OrganizationRecognizer.notAFirm("China Telecom")).isFalse();
		assertThat(OrganizationRecognizer.notAFirm("Global Foundries")).isFalse();
	}

	@Test
	void aBatchIsNamedWithWhatTheWordsAfterItsCountSayOfIt() {
		Extraction x = extract("Construction has begun on the first 20 projects of the Lumen Hi-Tech Innovation Park, "
				+ "leaders of the park said. The first 20 projects include substations and schools.");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(batch.name()).isEqualTo("first 20 projects of the Lumen Hi-Tech Innovation Park");
		assertThat(batch.aliases()).contains("first 20 projects");
		assertThat(Mentions.programTail(" worth 37 billion yuan ($5.2 billion).")).isEqualTo(" worth 37 billion yuan");
		assertThat(Mentions.programTail(" with total investment of US$ 122.63 million by the end of April."))
			.isEqualTo(" with total investment of US$ 122.63 million");
		// a verb ends it, and a phrase cut short is no part of a name
		assertThat(Mentions.programTail(" were signed, with a total investment of 2 billion yuan.")).isEmpty();
		assertThat(Mentions.programTail(" worth more than")).isEmpty();
	}

	@Test
	void aParksCommitteeInLowerCaseIsAGovernmentInThePark() {
		Extraction x = extract("Orion Display signed the deal with the management committee of Guangzhou Development "
				+ "District. Lumen Hi-Tech Park's administrative committee welcomed it.");
		List<ExtractedEntity> governments = x.entities().stream().filter((e) -> e.kind().equals("Government")).toList();
		assertThat(governments).extracting(ExtractedEntity::name).containsExactlyInAnyOrder(
				"management committee of Guangzhou Development District", "Lumen Hi-Tech Park's administrative committee");
		ExtractedEntity committee = governments.stream().filter((g) -> g.name().startsWith("management")).findFirst()
			.orElseThrow();
		ExtractedEntity park = x.entities().stream()
			.filter((e) -> e.kind().equals("Park") && e.name().equals("Guangzhou Development District")).findFirst()
			.orElseThrow();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("LOCATED_IN") && r.from().equals(committee.ref())
				&& r.to().equals(park.ref()));
	}

	@Test
	void anAgreementBetweenTwoIsTheirsNotItsSigners() {
		Extraction x = extract("Hexin Semiconductor Co., Ltd. signed a cooperation framework document between its "
				+ "subsidiary Hexin Wuxi Co., Ltd. and the Wuxi municipal government.");
		List<ExtractedRelation> partners = x.relations().stream().filter((r) -> r.type().equals("PARTNERS_WITH")).toList();
		assertThat(partners).hasSize(1);
		List<String> ends = List.of(name(x, partners.get(0).from()), name(x, partners.get(0).to()));
		assertThat(ends).containsExactlyInAnyOrder("Hexin Wuxi Co., Ltd.", "Wuxi municipal government");
	}

	@Test
	void aHeadlinesVerbEndsTheNameBeforeIt() {
		Extraction x = extract("Lumen, Nanyang Government Agree to Build OLED Screen Plant\n"
				+ "Orion Group Opens Chip Packaging Line in Wuxi\n"
				+ "Lumen plans to team up with the Nanyang municipal government on the plant.");
		assertThat(x.entities()).extracting(ExtractedEntity::name)
			.doesNotContain("Nanyang Government Agree", "Orion Group Opens Chip Packaging Line")
			.contains("Orion Group");
		// one government, however the article spells it
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).singleElement()
			.satisfies((g) -> assertThat(List.copyOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(g.name()),
					g.aliases().stream()).toList())).contains("Nanyang Government", "Nanyang municipal government"));
	}

	@Test
	void aCitysGovernmentIsOneHoweverWrittenButNotItsProvincesOrAnotherCitys() {
		assertThat(EntityTable.sameGovernment("Hefei government", "Hefei municipal government")).isTrue();
		assertThat(EntityTable.sameGovernment("government of Leshan City", "Leshan Municipal People's Government")).isTrue();
		assertThat(EntityTable.sameGovernment("Guangdong government", "Guangdong Provincial Government")).isTrue();
		assertThat(EntityTable.sameGovernment("Hainan Provincial Government", "Haikou municipal government")).isFalse();
		assertThat(EntityTable.sameGovernment("Chengdu municipal government", "Chengdu Shuangliu district government")).isFalse();
		assertThat(EntityTable.sameGovernment("Jilin Provincial Government", "Jilin municipal government"))
			.as("the province and the city of one name are two governments").isFalse();
		assertThat(EntityTable.sameGovernment("Hefei government", "Hefei Development and Reform Commission")).isFalse();
	}

	@Test
	void aPartyOrganNamedAsADignitarysPostIsNoFactButAGovernmentThatSignsIs() {
		Extraction x = extract("Zhao Ming, Secretary of the Nanyang Municipal Party Committee, and Li Wei, director of the "
				+ "provincial People's Congress Standing Committee, attended the ceremony. Orion Group signed an "
				+ "investment agreement with the Nanyang municipal government.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).extracting(ExtractedEntity::name)
			.containsExactly("Nanyang municipal government");
	}

	@Test
	void theTradesAProductIsUsedInAreNotTheSectorsOfItsMaker() {
		Extraction x = extract("Orion Materials will build a silicon carbide substrate plant in Changsha. Its substrates are "
				+ "widely used in fields including aerospace, new energy vehicles and 5G communications, and the plant will "
				+ "be used to produce semiconductors.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Sector")).extracting(ExtractedEntity::name)
			.contains("Semiconductors").doesNotContain("Aerospace", "New energy vehicles");
	}

	@Test
	void aProjectTheHeadlineNamesIsStillOneOfTheBatchTheBodyCountsBeforeIt() {
		Extraction x = extract("Construction of the Nanyang Lumen Intelligent Manufacturing Industrial Park Begins\n\n"
				+ "A groundbreaking ceremony was held in Nanyang on May 6. There were 30 projects signed during the ceremony "
				+ "with a total investment of 5 billion yuan.\n\nNanyang Lumen Intelligent Manufacturing Industrial Park "
				+ "was one of the projects signed during the ceremony.");
		ExtractedEntity park = x.entities().stream()
			.filter((e) -> e.name().equals("Nanyang Lumen Intelligent Manufacturing Industrial Park")).findFirst().orElseThrow();
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("PART_OF") && r.from().equals(park.ref())
				&& r.to().equals(batch.ref()));
	}

	@Test
	void asManyPlantsAsPlacesAreOnePlantInEachPlace() {
		Extraction x = extract("Orion Semiconductor has established two assembly and test plants in Shanghai and Chengdu, "
				+ "along with R&D centers in Beijing.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("Orion Semiconductor assembly and test plant in Shanghai",
					"Orion Semiconductor assembly and test plant in Chengdu");
		// each is built by the firm, is of the sector, and is where its name says and in no other place of the sentence
		for (ExtractedEntity plant : x.entities().stream().filter((e) -> e.kind().equals("Project")).toList()) {
			assertThat(x.relations()).anyMatch((r) -> r.type().equals("DEVELOPS") && r.to().equals(plant.ref()));
			assertThat(x.relations()).anyMatch((r) -> r.type().equals("IN_SECTOR") && r.from().equals(plant.ref()));
		}
		ExtractedEntity chengdu = x.entities().stream().filter((e) -> e.name().endsWith("plant in Chengdu")).findFirst()
			.orElseThrow();
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN") && r.from().equals(chengdu.ref()))
			.extracting((r) -> name(x, r.to())).containsExactly("Chengdu");
		// a count the places do not match is no such list, and a counted plural alone names no plant
		Extraction y = extract("Orion Semiconductor has established three assembly and test plants in Shanghai and Chengdu. "
				+ "Lumen Chemicals operates six Verbund sites worldwide.");
		assertThat(y.entities()).noneMatch((e) -> e.kind().equals("Project"));
	}

	@Test
	void aKindOfFundOrTheVerbNamesNoFund() {
		Extraction x = extract("Orion Semiconductor plans to fund investment projects in Wuxi. Its business scope includes "
				+ "private equity fund management, venture capital fund management services. The Nanyang Lumen Industry Fund "
				+ "was set up with 2 billion yuan.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Fund")).extracting(ExtractedEntity::name)
			.containsExactly("Nanyang Lumen Industry Fund");
	}

	@Test
	void aCountOpeningASingularLineIsABatchButASizeIsNot() {
		Extraction x = extract("14 high-generation LCD panel line: why investment is so strong\n\n"
				+ "Lumen Display will build a 12 inch wafer line and a 3 GW solar cell line in Hefei.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).singleElement()
			.satisfies((p) -> assertThat(p.properties()).containsEntry("count", 14));
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(2);
	}

	@Test
	void aNationalStrategyIsNoProject() {
		Extraction x = extract("Fuzhou has opportunities brought by the Belt and Road Initiative and the Made in China 2025 "
				+ "project. Lumen Display will build an OLED panel plant in Fuzhou.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).singleElement()
			.satisfies((p) -> assertThat(p.name()).contains("OLED panel plant"));
	}

	@Test
	void aParkNamedAfterAFirmOfTheArticleIsItsProjectButAZoneNamedAfterAPlaceIsAPark() {
		Extraction x = extract("Lumenor Group runs factories in the Suzhou Industrial Park. The Lumenor Industrial Park "
				+ "covers 50 hectares.");
		assertThat(x.entities()).filteredOn((e) -> e.name().equals("Lumenor Industrial Park")).singleElement()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo("Project"));
		assertThat(x.entities()).filteredOn((e) -> e.name().equals("Suzhou Industrial Park")).singleElement()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo("Park"));
	}

	@Test
	void theAgentOfAParticipleIsNotWhatTheSentencePlaces() {
		Extraction x = extract("The gallium nitride material project, funded with a 3 billion yuan ($431.6 million) investment "
				+ "by Lumenor Co, started construction in Nanyang Hi-tech Industrial Development Zone on Nov 13.");
		ExtractedEntity project = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		ExtractedEntity zone = x.entities().stream().filter((e) -> e.kind().equals("Park")).findFirst().orElseThrow();
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN") && r.to().equals(zone.ref()))
			.extracting(ExtractedRelation::from).containsExactly(project.ref());
	}

	@Test
	void theGovernmentOfAPlaceSitsThereNotWhereTheSentenceGoesOn() {
		Extraction x = extract("The government of Xiaoshan district in Hangzhou signed with Lumenor Group. "
				+ "The Wuhan Municipal People's Government of Hubei Province also signed.");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN")
				&& x.entities().stream().anyMatch((e) -> e.ref().equals(r.from()) && e.kind().equals("Government")))
			.extracting((r) -> name(x, r.to())).containsExactlyInAnyOrder("Xiaoshan District", "Wuhan");
	}

	@Test
	void aFirmsSubsidiariesAsTheNewsWritesThem() {
		Extraction x = extract("Hexin Aero (Suzhou) Co., Ltd. and Lumen Aero (Suzhou) Co., Ltd., the two subsidiaries of the "
				+ "French-owned Orion Corporation, moved in. Nanyang Display Co., Ltd. plans to invest 1 billion yuan from its "
				+ "Tianjin Nanyang Investment Co. Ltd. subsidiary into the line. Hexin Semiconductor Co., Ltd. signed a "
				+ "document between its subsidiary Hexin Wuxi Co., Ltd. and the Wuxi municipal government.");
		List<String> pairs = x.relations().stream().filter((r) -> r.type().equals("SUBSIDIARY_OF"))
			.map((r) -> name(x, r.from()) + " < " + name(x, r.to())).toList();
		assertThat(pairs).containsExactlyInAnyOrder("Hexin Aero (Suzhou) Co., Ltd. < Orion Corporation",
				"Lumen Aero (Suzhou) Co., Ltd. < Orion Corporation",
				"Tianjin Nanyang Investment Co. Ltd. < Nanyang Display Co., Ltd.",
				"Hexin Wuxi Co., Ltd. < Hexin Semiconductor Co., Ltd.");
	}

	private static String name(Extraction x, String ref) {
		return x.entities().stream().filter((e) -> e.ref().equals(ref)).findFirst().orElseThrow().name();
	}

	@Test
	void aSurnameAloneIsAPersonNotAFirm() {
		Extraction x = extract("Chen Long, secretary of the Jinhua Municipal Party Committee, visited Shenzhen. At Tencent Co., Ltd., "
				+ "Chen listened to the introduction of Tencent Cloud and witnessed the signing of a strategic cooperation "
				+ "agreement between Jinhua Development Zone and Tencent Cloud.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("Tencent", "Jinhua Development Zone")
			.doesNotContain("Chen", "Chen Long");
	}

	@Test
	void aZoneNamedByKindWordsAloneIsNoPark() {
		Extraction x = extract("The firm bought land in the Development Zone, next to the Suzhou Industrial Park.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.containsExactly("Suzhou Industrial Park");
	}

	/** The partnerships of an extraction, each as "a | b" with the two names in alphabetical order. */
	private static List<String> partnerships(Extraction x) {
		return x.relations().stream().filter((r) -> r.type().equals("PARTNERS_WITH")).map((r) -> {
			String a = name(x, r.from());
			String b = name(x, r.to());
			return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
		}).toList();
	}

	@Test
	void firmsThatSignAgreementsWithOneBodyEachPartnerWithIt() {
		Extraction x = extract("Orion Technology Co., Ltd. and Lumex Electronics Co., Ltd. signed agreements with the "
				+ "Kestrel Industrial Park.");
		assertThat(partnerships(x)).containsExactlyInAnyOrder("Kestrel Industrial Park | Orion Technology Co., Ltd.",
				"Kestrel Industrial Park | Lumex Electronics Co., Ltd.");
	}

	@Test
	void aParkAndItsOwnCommitteeAreNoPartners() {
		Extraction x = extract("The seminar was held in Optics Valley. Liu Ming, director of Optics Valley's administrative "
				+ "committee, signed the agreements.");
		assertThat(x.entities()).extracting(ExtractedEntity::kind).contains("Park", "Government");
		assertThat(partnerships(x)).isEmpty();
	}

	@Test
	void aDealInkedStruckOrSealedIsASigning() {
		for (String verb : new String[] { "inked", "struck", "sealed", "clinched" }) {
			Extraction x = extract("Orion Technology Co., Ltd. " + verb + " a deal with the Kestrel Municipal Government to build a "
					+ "battery plant in Hefei.");
			assertThat(partnerships(x)).as(verb)
				.containsExactly("Kestrel Municipal Government | Orion Technology Co., Ltd.");
		}
	}


	@Test
	void aRoundupsItemsKeepTheirBracketedSumsAndTheBatchEndsBeforeItsDay() {
		Extraction x = extract("Hefei signed 12 projects with a total investment of 30 billion yuan on Tuesday, including the "
				+ "Orion battery plant (8 billion yuan), the Lumex display module line (5 billion yuan) and a Kestrel "
				+ "Robotics assembly base (2.5 billion yuan).");
		assertThat(x.entities()).filteredOn((e) -> e.amount() != null)
			.extracting(ExtractedEntity::kind, ExtractedEntity::name, (e) -> e.amount().text())
			.containsExactlyInAnyOrder(tuple("Program", "12 projects with a total investment of 30 billion yuan", "30 billion yuan"),
					tuple("Project", "Orion battery plant", "8 billion yuan"),
					tuple("Project", "Lumex display module line", "5 billion yuan"),
					tuple("Project", "Kestrel Robotics assembly base", "2.5 billion yuan"));
		// the firm named in the third item builds that item, not the one before it
		assertThat(developments(x)).containsExactly("Kestrel Robotics -> Kestrel Robotics assembly base");
	}

	@Test
	void aDescriptionNamingItsOwnFirmIsNotAnotherFirmsNamedProject() {
		for (String text : new String[] { "Hefei signed the Lumex plant and a Kestrel Robotics assembly base.",
				"Hefei signed the Lumex plant. Hefei also signed a Kestrel Robotics factory." }) {
			Extraction x = extract(text);
			assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).as(text).hasSize(2);
			assertThat(developments(x)).as(text).singleElement().asString().startsWith("Kestrel Robotics -> Kestrel Robotics ");
		}
	}


	@Test
	void aPlaceInACitysDistrictIsInTheDistrict() {
		Extraction x = extract("Construction of Lumex Semiconductor's 12-inch wafer fab started in Xiamen's Haicang district on Monday.");
		assertThat(located(x, "Lumex Semiconductor's 12-inch wafer fab")).containsExactly("Haicang District");
	}

	@Test
	void aPlantAnotherFirmOpensIsNotTheNamedPlantBeforeIt() {
		Extraction x = extract("Construction of the Lumex wafer fab started in Haicang District, Xiamen, on Monday. "
				+ "Kestrel Motors opened a plant in Xiamen's Jimei district.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(2);
		assertThat(developments(x)).singleElement().asString().startsWith("Kestrel Motors -> Kestrel Motors plant");
	}

	@Test
	void aPersonMetWithInACooperationSentenceIsNoFirm() {
		Extraction x = extract("Wang Wenping, President of Jiangxi Saiwei Power Group, attended the ceremony. Xu Jiwei and Wu Jin "
				+ "cordially met with Gan Shengquan and his party, and the two sides conducted in-depth exchanges on further "
				+ "deepening cooperation.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Jiangxi Saiwei Power Group");
	}

	@Test
	void aFoundersPossessiveBeforeInternationalIsPartOfTheFirmsName() {
		Extraction x = extract("The delegation invited Shanghai Yichuang Graphite Technology Co. Ltd. and Wong’s International "
				+ "(Holdings) Limited from the Netherlands.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("Shanghai Yichuang Graphite Technology Co. Ltd.", "Wong’s International (Holdings) Limited");
	}

	@Test
	void aSubdistrictOrTownIsNoCountyOfItsName() {
		Extraction x = extract("Officials of Zhonglou subdistrict administrative office, Runan township and Xiaotun town met "
				+ "in Zhengzhou.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).containsExactly("Zhengzhou");
	}

	@Test
	void theRemainingProjectsOfABatchAreListedAsItsMembers() {
		Extraction x = extract("Ninghai approved a total of eight projects, with an investment totaling 1.5 billion yuan. "
				+ "The remaining five projects include a high-strength aluminum alloy automobile hub project, an Internet of "
				+ "things security product research project and a Jeep components project.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).extracting(ExtractedEntity::name)
			.containsExactly("eight projects");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("PART_OF"))
			.extracting((r) -> name(x, r.from()) + " < " + name(x, r.to()))
			.containsExactlyInAnyOrder("high-strength aluminum alloy automobile hub project < eight projects",
					"Internet of things security product research project < eight projects",
					"Jeep components project < eight projects");
	}

	@Test
	void aDayIsNoFirmAndCountedCentresOrAKindOfWorkAloneAreNoProject() {
		Extraction x = extract("The U.S. electronics giant, General Electric Co. (GE), Wednesday signed an agreement with Shanghai's "
				+ "high-tech zone. Continental has built 27 production locations and 17 R&D centers in China. Motorola's "
				+ "software arm is not the only one to set up an R&D center in the Chinese mainland.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("General Electric", "Continental", "Motorola");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Project"));
	}

	@Test
	void aCommitteeOfALabIsNoGovernment() {
		Extraction x = extract("The first meeting of the Zhejiang Normal University – Juhua Group Corporation Joint Laboratory "
				+ "Management Committee was held in Jinhua.");
		assertThat(x.entities()).noneMatch((e) -> e.kind().equals("Government"));
	}

	@Test
	void aResearchFacilityIsTheResearchCentreTheArticleGoesOnAbout() {
		Extraction x = extract("German tech company Continental will open a research facility in Southwest China's Chongqing in 2018. "
				+ "The 280 million yuan (41.21 million U.S. dollars) research and development center began construction on June 8.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).singleElement()
			.satisfies((p) -> assertThat(p.amount().text()).isEqualTo("280 million yuan"));
	}

	@Test
	void theAgencyInADatelineIsNoCountyAndAProvinceBeforeAndIsNoPartOfAFirm() {
		Extraction x = extract("BEIJING, Jan. 25 (Xinhua) -- Central China's Hunan Province started a storage project. On January 18, "
				+ "a photovoltaic project was contracted between Xixian New Area of northwest China's Shaanxi Province and "
				+ "Kestrel Green Energy Technology Co., Ltd. (601012.SH), a local company.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Xinhua County")
			.noneMatch((n) -> n.startsWith("Shaanxi Province and"));
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Kestrel Green Energy Technology Co., Ltd.");
	}

	@Test
	void aSumInARelativeClauseIsTheThingsBeforeIt() {
		Extraction x = extract("The other four projects were signed online, including the tourism complex project in Yizhou "
				+ "district, which has an investment of 1.2 billion yuan, the Hongshui River Lijing Business Travel City project "
				+ "in Tian'e county, which has an investment of 1.5 billion yuan, and the composite environmental protection new "
				+ "materials project in Du’an Yao autonomous county, which has an investment of 1.65 billion yuan.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting(ExtractedEntity::name, (e) -> e.amount() == null ? null : e.amount().text())
			.containsExactlyInAnyOrder(tuple("tourism complex project", "1.2 billion yuan"),
					tuple("Hongshui River Lijing Business Travel City project", "1.5 billion yuan"),
					tuple("composite environmental protection new materials project", "1.65 billion yuan"));
	}

	@Test
	void aKnownFirmSpelledTwoWaysIsOneFirmAndAHeadlinesDescriptionIsNone() {
		Extraction x = extract("Pfizer boosts China presence with US$350m biotech plant\nPFIZER Inc will invest US$350 million in "
				+ "eastern China on a plant for biotechnology drugs.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Pfizer");
		Extraction headline = extract("Major US Pharmaceutical Company Builds First Biotechnology Center in China\nPfizer Inc. has "
				+ "announced an investment in Hangzhou.");
		assertThat(headline.entities()).extracting(ExtractedEntity::name)
			.noneMatch((n) -> n.startsWith("Major") || n.startsWith("Builds"));
	}

	@Test
	void aPlaceThatApprovesIsNotWhereTheProjectIsAndANicknameIsNoPark() {
		Extraction x = extract("Taiwan has approved an investment plan by United Microelectronics Corp (UMC) to set up a "
				+ "chipmaking plant in China with mainland partners. Zhongguancun, Beijing's Silicon Valley, is a technology hub.");
		assertThat(x.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN") && name(x, r.to()).equals("Taiwan"));
		assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Silicon Valley");
	}

	@Test
	void firmsThatJointlyInvestEachInvestAndTheSumIsTheProjects() {
		Extraction x = extract("Orion Technology Co., Ltd. and Lumex Electronics Co., Ltd. will jointly invest 5 billion yuan to "
				+ "build a battery plant in Hefei.");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("INVESTS_IN"))
			.extracting((r) -> name(x, r.from()), (r) -> r.amount())
			.containsExactlyInAnyOrder(tuple("Orion Technology Co., Ltd.", null), tuple("Lumex Electronics Co., Ltd.", null));
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).singleElement()
			.satisfies((p) -> assertThat(p.amount().text()).isEqualTo("5 billion yuan"));
	}

	@Test
	void aFirmsPossessiveSubsidiaryIsItsSubsidiary() {
		Extraction x = extract("Orion Technology Co., Ltd.'s wholly-owned subsidiary Lumex Electronics Co., Ltd. will build a "
				+ "display plant in Wuhan.");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("SUBSIDIARY_OF"))
			.extracting((r) -> name(x, r.from()) + " < " + name(x, r.to()))
			.containsExactly("Lumex Electronics Co., Ltd. < Orion Technology Co., Ltd.");
	}

	/** Who develops what, each as "firm -> project". */
	private static List<String> developments(Extraction x) {
		return x.relations().stream().filter((r) -> r.type().equals("DEVELOPS")).map((r) -> name(x, r.from()) + " -> " + name(x, r.to()))
			.toList();
	}

}
