package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Everyday forms of news about a signing, a plant or a lab, on sentences composed for the test. */
class CommonNewsFormsTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2024, 5, 10)));
	}

	private static List<String> names(Extraction x, String kind) {
		return x.entities().stream().filter((e) -> e.kind().equals(kind)).map(ExtractedEntity::name).toList();
	}

	private static String name(Extraction x, String ref) {
		return x.entity(ref).map(ExtractedEntity::name).orElseThrow();
	}

	/** Each relation of a type as "from -> to", with its amount's text where it has one. */
	private static List<String> relations(Extraction x, String type) {
		return x.relations().stream().filter((r) -> r.type().equals(type))
			.map((r) -> name(x, r.from()) + " -> " + name(x, r.to()) + (r.amount() != null ? " " + r.amount().text() : ""))
			.toList();
	}

	@Test
	void whatAFirmBuildsIsAProjectWhateverItIsABaseOf() {
		Extraction x = extract("Orvane Group will invest 10 billion yuan to build a lithium battery materials base in Yichun. "
				+ "Halden Pumps plans to set up a cloud service centre in Wuxi.");
		assertThat(names(x, "Project")).containsExactlyInAnyOrder("Orvane Group lithium battery materials base in Yichun",
				"Halden Pumps cloud service centre in Wuxi");
		assertThat(relations(x, "INVESTS_IN"))
			.containsExactly("Orvane Group -> Orvane Group lithium battery materials base in Yichun 10 billion yuan");
		// a base, a centre or a hub that is not being built is a figure of speech or a place
		Extraction figure = extract("The city aims at building a hub for the mobile internet industry. "
				+ "Zhongguancun, a technology hub, hosts the lab. The county's tea base grew in size.");
		assertThat(names(figure, "Project")).isEmpty();
	}

	@Test
	void aFirmAndAUniversityBuildALabTogether() {
		Extraction x = extract("Brightway Robotics and Tsinghua University have jointly established a laboratory for embodied "
				+ "intelligence in Beijing, the company said on Tuesday. "
				+ "Kestrel Motors and Zhejiang University signed an agreement to build a joint research institute in Hangzhou.");
		assertThat(names(x, "Company")).containsExactlyInAnyOrder("Brightway Robotics", "Kestrel Motors");
		assertThat(names(x, "University")).containsExactlyInAnyOrder("Tsinghua University", "Zhejiang University");
		assertThat(names(x, "Project")).containsExactlyInAnyOrder(
				"Brightway Robotics-Tsinghua University laboratory for embodied intelligence in Beijing",
				"Kestrel Motors-Zhejiang University joint research institute in Hangzhou");
		assertThat(relations(x, "DEVELOPS")).containsExactlyInAnyOrder(
				"Brightway Robotics -> Brightway Robotics-Tsinghua University laboratory for embodied intelligence in Beijing",
				"Tsinghua University -> Brightway Robotics-Tsinghua University laboratory for embodied intelligence in Beijing",
				"Kestrel Motors -> Kestrel Motors-Zhejiang University joint research institute in Hangzhou",
				"Zhejiang University -> Kestrel Motors-Zhejiang University joint research institute in Hangzhou");
		// one name still runs over "and" where what follows does not stand alone
		Extraction one = extract("The Institute of Optics and Fine Mechanics opened a lab.");
		assertThat(names(one, "University")).isEmpty();
	}

	@Test
	void aNameThatDoesWhatFirmsDoIsAFirm() {
		Extraction x = extract("Thermo Fisher Scientific is opening a new facility in Suzhou for the manufacturing of consumables. "
				+ "Kymco Motorcycle and Kwang Hsing Precise Machine held a groundbreaking ceremony for their plant in Changzhou. "
				+ "Tessaly will invest $50 million in a medical device plant in Wuxi.");
		assertThat(names(x, "Company")).containsExactlyInAnyOrder("Thermo Fisher Scientific", "Kymco Motorcycle",
				"Kwang Hsing Precise Machine", "Tessaly");
		assertThat(relations(x, "DEVELOPS")).contains("Thermo Fisher Scientific -> Thermo Fisher Scientific facility in Suzhou");
		// people, places and words that do the same are no firms
		Extraction others = extract("Zhang Wei will build a new house. Suzhou will build a new park. "
				+ "Procter and Gamble will invest in Wuxi.");
		assertThat(names(others, "Company")).containsExactly("Procter and Gamble");
	}

	@Test
	void aPlantToldByASumOfItsOwnIsNoOtherPlant() {
		Extraction x = extract("Norvik Semiconductor plans a new $8.87bn plant in Shanghai. "
				+ "Norvik Semiconductor also plans a $2.35bn facility in the Shenzhen region. "
				+ "Halden Pumps will build a new $500 million plant.");
		assertThat(names(x, "Project")).containsExactlyInAnyOrder("Norvik Semiconductor plant in Shanghai",
				"Norvik Semiconductor facility in Shenzhen", "Halden Pumps plant");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).extracting((e) -> e.amount().text())
			.containsExactlyInAnyOrder("$8.87bn", "$2.35bn", "$500 million");
	}

	@Test
	void aProjectIsNamedAfterTheFirmAsTheArticleSpellsIt() {
		// the list of known firms also knows Airbus by a former name, which the article does not use
		Extraction x = extract("Airbus broke ground on its second final assembly line in Tianjin.");
		assertThat(names(x, "Project")).containsExactly("Airbus second final assembly line in Tianjin");
	}

	@Test
	void aBatchIsNamedFromItsCountAndNotAfterThoseItWasSignedWith() {
		Extraction x = extract("The zone attracted 31 projects with a total investment of 15.7 billion yuan. "
				+ "The Kestrel High-tech Zone signed 40 projects with enterprises and investors on May 11.");
		assertThat(names(x, "Program")).containsExactlyInAnyOrder(
				"31 projects with a total investment of 15.7 billion yuan", "40 projects");
	}

	@Test
	void projectsNotCountedAndTheProjectsPartsAreNoProjectOfTheirOwn() {
		Extraction x = extract("The groundbreaking ceremony of Zhongshan's manufacturing projects for the first quarter of "
				+ "2023 was held at the site of Hoshion New Energy's production expansion project. "
				+ "The project includes an intelligent manufacturing center for vehicle parts, an R&D and testing "
				+ "innovation center, and a new materials research institute.");
		assertThat(names(x, "Project")).containsExactly("Hoshion New Energy production expansion project");
	}

	@Test
	void aNewlyFoundedCentreIsOneProjectItsFoundersBuild() {
		Extraction x = extract("Officials unveiled the nameplate of the newly founded Shanxi Kunpeng Innovation Center in Taiyuan. "
				+ "The new center was jointly established by Huawei and the provincial government.");
		assertThat(names(x, "Project")).containsExactly("Shanxi Kunpeng Innovation Center");
		assertThat(names(x, "Institute")).isEmpty();
		assertThat(relations(x, "DEVELOPS")).contains("Huawei -> Shanxi Kunpeng Innovation Center");
	}

	@Test
	void aDescribedProjectNamesItsFirmOnceAndAQuotedKindStaysInItsBatch() {
		Extraction x = extract("Guizhou province has started the construction of 49 \"new infrastructure\" projects with a total "
				+ "investment of 10.4 billion yuan. Among them, the 43,000-square-meter data center of China Mobile in Guizhou, "
				+ "with a total investment of 800 million yuan, will serve as a backbone node.");
		assertThat(names(x, "Program")).containsExactly("49 \"new infrastructure\" projects with a total investment of 10.4 billion yuan");
		assertThat(names(x, "Project")).containsExactly("China Mobile 43,000-square-meter data center in Guizhou");
	}

	@Test
	void anOrdinalInFiguresIsTheOrdinalInWords() {
		Extraction x = extract("Halden Display announces plans to build its 2nd 10.5G line\n\n"
				+ "Halden Display has announced plans to build its second 10.5G line in Wuhan.");
		assertThat(names(x, "Project")).hasSize(1);
		assertThat(relations(x, "LOCATED_IN")).hasSize(1).allMatch((r) -> r.endsWith("-> Wuhan"));
	}

	@Test
	void aFirmsCountedProjectsInAsManyPlacesAreOneInEachWithItsOwnSum() {
		Extraction x = extract("Orvane Energy is going to invest RMB 29 billion in three battery projects in Yibin, Zhaoqing, "
				+ "and Xiapu. In Yibin, Sichuan, the project will have a total investment of RMB 12 billion. "
				+ "In Zhaoqing, Guangdong, the total investment of the project will be RMB 11 billion. "
				+ "In Xiapu, Fujian, the project will cost RMB 6 billion.");
		assertThat(names(x, "Program")).isEmpty();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + e.amount().text())
			.containsExactlyInAnyOrder("Orvane Energy battery project in Yibin RMB 12 billion",
					"Orvane Energy battery project in Zhaoqing RMB 11 billion", "Orvane Energy battery project in Xiapu RMB 6 billion");
		assertThat(relations(x, "INVESTS_IN")).hasSize(3).noneMatch((r) -> r.contains("29 billion"));
		// a batch signed by a government in three places stays a batch
		Extraction batch = extract("The Wuxi government signed three projects in Jiangyin, Yixing and Huishan.");
		assertThat(names(batch, "Program")).hasSize(1);
	}

	@Test
	void aParkUnderConstructionIsAProjectWithItsSumAndItsFunder() {
		Extraction x = extract("A groundbreaking ceremony marked the start of construction on the Kestrel Biomedical Park "
				+ "in the Wuhan Economic & Technological Development Zone. "
				+ "The 512-million-yuan ($70.21 million) park will feature laboratories and exhibition spaces. "
				+ "The park aims to serve as a high-level research and innovation incubation platform, and offer "
				+ "comprehensive park services and industrial fund support. "
				+ "The park was funded by Orvane Pharmaceutical Co, a listed company.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + " " + e.amount().text())
			.containsExactly("Kestrel Biomedical Park 512-million-yuan");
		assertThat(names(x, "Park")).containsExactly("Wuhan Economic & Technological Development Zone");
		assertThat(names(x, "Fund")).isEmpty();
		assertThat(relations(x, "INVESTS_IN")).hasSize(1).allMatch((r) -> r.startsWith("Orvane Pharmaceutical Co -> Kestrel Biomedical Park"));
	}

	@Test
	void theHeadlinesPlantAndFirmAreTheTextsThoughItSaysThemShorter() {
		Extraction x = extract("Halcyon Semiconductor to build 12-inch wafer plant in Wuxi\n\n"
				+ "Halcyon Semiconductor Co., Ltd. signed an agreement on Monday to build a 12-inch wafer fabrication plant in "
				+ "the Wuxi High-tech Zone, with a total investment of 18 billion yuan.");
		assertThat(names(x, "Project")).hasSize(1);
		Extraction firm = extract("Pellion starts production at new plant\n\n"
				+ "Battery maker Pellion Energy has started production at its plant in Changzhou.");
		assertThat(names(firm, "Company")).containsExactly("Pellion Energy");
	}

	@Test
	void whoFoundsAFundInvestsInItAndIsNoPartnerOfIt() {
		Extraction x = extract("Chengdu has launched an artificial intelligence industry fund of 10 billion yuan, jointly initiated "
				+ "by Chengdu Hi-tech Investment Group and Sunport Capital. "
				+ "A national venture capital fund was also set up by the Ministry of Finance and the Kestrel Investment Corporation.");
		assertThat(relations(x, "INVESTS_IN")).containsExactlyInAnyOrder(
				"Chengdu Hi-tech Investment Group -> artificial intelligence industry fund",
				"Sunport Capital -> artificial intelligence industry fund",
				"Ministry of Finance -> national venture capital fund",
				"Kestrel Investment Corporation -> national venture capital fund");
		assertThat(relations(x, "PARTNERS_WITH")).noneMatch((r) -> r.contains("fund"));
	}

	@Test
	void countedPlantsAreNamedFromTheirCountAndABatchStopsBeforeWhereItWasSigned() {
		Extraction x = extract("Norvik Chemicals broke ground on a new plant in Nantong. "
				+ "The company already operates two plants in Shanghai and Guangzhou. "
				+ "The city of Xi'an signed 22 projects with a total investment of 50.6 billion yuan at an investment fair.");
		assertThat(names(x, "Project")).containsExactlyInAnyOrder("Norvik Chemicals plant in Nantong",
				"Norvik Chemicals plant in Shanghai", "Norvik Chemicals plant in Guangzhou");
		assertThat(names(x, "Program")).containsExactly("22 projects with a total investment of 50.6 billion yuan");
	}

	@Test
	void aShareOfTheCostIsItsContributorsInvestment() {
		Extraction x = extract("Orion Display Technology Co. signed an agreement with the Hefei municipal government to build a "
				+ "10.5-generation TFT-LCD production line. The project will cost 46 billion yuan, of which the Hefei "
				+ "government will contribute 20 billion yuan.");
		assertThat(relations(x, "INVESTS_IN")).anyMatch((r) -> r.startsWith("Hefei municipal government -> ")
				&& r.endsWith(" 20 billion yuan"));
	}

	@Test
	void aFirmsPossessiveBeforeADescriptionNamesNoProject() {
		Extraction x = extract("Tessaly's new plant in Dongguan, which broke ground in March, will make medical imaging equipment.");
		assertThat(names(x, "Project")).containsExactly("Tessaly plant in Dongguan");
	}

	@Test
	void aRoundupsProjectsByTheirFirmsAreEachTheirs() {
		Extraction x = extract("The Wuhan East Lake High-tech Development Zone signed 18 projects worth 36 billion yuan on Tuesday. "
				+ "A 5-billion-yuan laser equipment base by Halden Laser and an optical chip design center by Corvant Micro "
				+ "were also signed.");
		assertThat(names(x, "Company")).containsExactlyInAnyOrder("Halden Laser", "Corvant Micro");
		assertThat(relations(x, "DEVELOPS")).containsExactlyInAnyOrder(
				"Halden Laser -> Halden Laser laser equipment base", "Corvant Micro -> Corvant Micro optical chip design center");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project") && e.amount() != null)
			.extracting((e) -> e.name() + " " + e.amount().text()).containsExactly("Halden Laser laser equipment base 5-billion-yuan");
	}

	@Test
	void whatAParkSignsIsInThePark() {
		Extraction x = extract("Wuhan East Lake High-tech Development Zone, also known as Optics Valley, signed 18 projects worth "
				+ "36 billion yuan on Tuesday. Hefei Economic and Technological Development Area signed 15 projects on Friday, "
				+ "including a battery cell project by Corvant Energy.");
		assertThat(relations(x, "LOCATED_IN")).contains(
				"18 projects worth 36 billion yuan -> Wuhan East Lake High-tech Development Zone",
				"15 projects -> Hefei Economic and Technological Development Area",
				"Corvant Energy battery cell project -> Hefei Economic and Technological Development Area");
	}

	@Test
	void aJointLabIsAProjectAndAHeadlinesThingBuiltNoFirm() {
		Extraction x = extract("Joint Laboratory of Robotics & Virtual Reality Launched at Kestrel University\n\n"
				+ "A ceremony was held to launch the Joint Laboratory of Robotics & Virtual Reality co-founded by Kestrel "
				+ "University and Dell (China) Co., Ltd..\n\n"
				+ "Orvane to Invest 13.5 Billion RMB to Build a New Production Base for Lithium-ion Batteries\n\n"
				+ "Suzhou has become an emerging biotech cluster.");
		assertThat(names(x, "Project")).containsExactlyInAnyOrder("Joint Laboratory of Robotics & Virtual Reality",
				"New Production Base for Lithium-ion Batteries");
		assertThat(names(x, "Institute")).isEmpty();
		assertThat(names(x, "Company")).doesNotContain("New Production Base for Lithium-ion Batteries");
	}

	@Test
	void aFirmOpeningAFacilityItInvestsInBuildsIt() {
		Extraction x = extract("Thermo Fisher Scientific is opening a new facility in Suzhou, China, for the manufacturing of "
				+ "consumables. Thermo Fisher has invested nearly $20 million in the 12,000-square-meter Suzhou plant.");
		assertThat(relations(x, "DEVELOPS")).hasSize(1).allMatch((r) -> r.startsWith("Thermo Fisher Scientific -> "));
	}

	@Test
	void aGovernmentsNameEndsOnItsHeadAndAnEventOrAnAdjectiveIsNoName() {
		Extraction x = extract("Nanhai Government and Kestrel Hydrogen Technology Co., Ltd signed the agreement. "
				+ "A special project docking and exchange meeting was held. "
				+ "Government-enterprise cooperation is mutually beneficial.");
		assertThat(names(x, "Government")).containsExactly("Nanhai Government");
		assertThat(names(x, "Company")).containsExactly("Kestrel Hydrogen Technology Co., Ltd");
		assertThat(names(x, "Project")).isEmpty();
	}

	@Test
	void aQuotedNameOfTheThingBuiltIsAProject() {
		Extraction x = extract("China Kestrel Group Corporation plans to invest tens of billions of yuan to build a “Kestrel City” in "
				+ "the Qiaokou District of Wuhan.");
		assertThat(names(x, "Project")).containsExactly("Kestrel City");
		assertThat(relations(x, "DEVELOPS")).containsExactly("China Kestrel Group Corporation -> Kestrel City");
	}

	@Test
	void whatAPlaceIsToBeTurnedIntoIsNoProject() {
		Extraction x = extract("The fund will help convert the Kestrel science park into a national innovation center. "
				+ "The city aims to turn its old port into an international logistics base.");
		assertThat(names(x, "Project")).isEmpty();
	}

	@Test
	void theProjectSaidToBePartOfABatchIsItsMemberAndNoOtherIs() {
		Extraction x = extract("Seraphim and Lumen Solar will open a 5 GW PV panel manufacturing facility in the Jiangsu Yixing "
				+ "Economic Development Zone. The factory will be part of the 2020 Yixing Major Projects. "
				+ "Seraphim and Lumen Solar are already jointly operating a 1 GW solar factory in Shanxi province.");
		assertThat(relations(x, "PART_OF")).hasSize(1).allMatch((r) -> r.contains("5 GW PV panel manufacturing facility")
				&& r.endsWith("-> 2020 Yixing Major Projects"));
	}

	@Test
	void aFundSpelledWithAndWithoutItsAbbreviationIsOneFund() {
		Extraction x = extract("Chengdu launches 10 billion yuan AI industry fund\n\n"
				+ "Chengdu has launched an artificial intelligence industry fund of 10 billion yuan.");
		assertThat(names(x, "Fund")).hasSize(1);
	}

	@Test
	void aFundAGovernmentSetUpIsAFundAndAFundsEcologyIsNone() {
		Extraction x = extract("The Suzhou Gaoxin Government Investment Guidance Fund has in the past year formed a healthy fund "
				+ "ecology covering the entire life cycle of enterprises.");
		assertThat(names(x, "Fund")).containsExactly("Suzhou Gaoxin Government Investment Guidance Fund");
		assertThat(names(x, "Government")).isEmpty();
	}

	@Test
	void aProjectAHeadlineMakesTheSubjectIsNoFirmAndTheFirmThatFoundedItDevelopsIt() {
		Extraction x = extract("Torvane Solar Project to build manufacturing center\n\nWith an investment of 2.5 billion yuan, "
				+ "Torvane Solar Project will be the first solar glass plant in Bengbu. Founded by Anhui Torvane Glass Co., Ltd, "
				+ "the project will have four lines.");
		assertThat(names(x, "Company")).containsExactly("Anhui Torvane Glass Co., Ltd");
		assertThat(relations(x, "DEVELOPS")).containsExactly("Anhui Torvane Glass Co., Ltd -> Torvane Solar Project");
	}

	@Test
	void aParticipleOpeningASentenceIsNoFirmAndWhatIsFeaturedIsAPartOfTheProject() {
		Extraction x = extract("Kelmar Semiconductor has begun the construction of a $3bn power chip manufacturing facility in "
				+ "Xi'an. Being built at Xi'an Hi-Tech Industrial Development Zone, the project is Kelmar's largest overseas "
				+ "investment. The project will cover 300,000 square meters, featuring the AI-supported plant.");
		assertThat(names(x, "Company")).containsExactly("Kelmar Semiconductor");
		assertThat(names(x, "Project")).containsExactly("Kelmar power chip manufacturing facility in Xi'an");
	}

	@Test
	void whatEachOfSeveralIsWorthIsNoBatchsTotalAndTheRestOfABatchIsNoBatch() {
		Extraction x = extract("In the first three months of this year, the zone introduced 28 foreign-invested projects. "
				+ "Twenty of these involved investment of more than US$10 million each. "
				+ "The remaining 12 projects in that batch are under review.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program"))
			.extracting((e) -> e.name() + (e.amount() == null ? "" : " " + e.amount().text()))
			.containsExactly("28 foreign-invested projects");
	}

	@Test
	void aBareNameOfACityIsTheCityThoughACountyOfTheArticlesProvinceBearsIt() {
		Extraction x = extract("Brightstar Motor has launched production at its newly built vehicle assembly plant in the city of "
				+ "Ningde in China's eastern Fujian province. The plant's design came from Nanjing, where the firm began.");
		assertThat(names(x, "City")).contains("Nanjing");
		assertThat(names(x, "District")).doesNotContain("Nanjing County");
	}

	@Test
	void aCentreNamedAfterTheFirmIsItsProjectNoInstitute() {
		Extraction x = extract("Orvane Pharma is a drug maker. \"We believe that the Orvane Global Biotechnology Center in Suzhou "
				+ "will help,\" its president said.");
		assertThat(names(x, "Project")).containsExactly("Orvane Global Biotechnology Center");
		assertThat(names(x, "Institute")).isEmpty();
	}

	@Test
	void aProjectToldByWhatItMakesEachYearIsNamedSoAndHoldsItsSum() {
		Extraction x = extract("On May 12, Norvale Advanced Carbon Co., Ltd. commenced trial production for its project with an "
				+ "annual output capacity of 20,000 tons of lithium iron phosphate cathode materials. The total investment for "
				+ "this project is RMB 2.6 billion.");
		assertThat(relations(x, "INVESTS_IN")).containsExactly("Norvale Advanced Carbon Co., Ltd. -> Norvale Advanced Carbon "
				+ "20,000 tons lithium iron phosphate cathode materials project RMB 2.6 billion");
	}

	@Test
	void aFabDubbedByNameAfterInAPlaceIsThatNamedFabAndTheFabricationFacilityIsIt() {
		Extraction x = extract("Kelmar announced Friday that it broke ground on its first 300mm wafer fabrication facility in Asia "
				+ "dubbed simply Fab 18. Kelmar’s Fab 18 will be located in Dalian. The fabrication facility will have 163,000 "
				+ "square meters of factory space. Kelmar says its new Fab 18 will require a total investment of close to $3 "
				+ "billion dollars with $1.5 billion for the fabrication facility alone.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project"))
			.extracting((e) -> e.name() + (e.amount() == null ? "" : " " + e.amount().text()))
			.containsExactly("Kelmar Fab 18 $3 billion");
	}

	@Test
	void aFirmsPossessiveBeforeTheNameOfItsProjectIsTheFirmsName() {
		Extraction x = extract("Kelmar’s Fab 18 will be located in Dalian, China. The fabrication facility will have 163,000 square "
				+ "meters of factory space.");
		assertThat(names(x, "Project")).containsExactly("Kelmar Fab 18");
	}

	@Test
	void aKindOfMoneyOrWhatAFirmMakesIsNoFirm() {
		Extraction x = extract("US$310 Million in Nanjing Foreign Investment, but Beware Numbers\n\nCities compete for Foreign "
				+ "Direct Investment. [Trial Production of Project with Annual Output of 12,000 mt of Silicon-Based Anode Materials]");
		assertThat(names(x, "Company")).isEmpty();
	}

	@Test
	void aBaseOfAFirmsIsTheFirmsBaseAndEndsAtTheNextThingListed() {
		Extraction x = extract("Halden Computer will invest in Chongqing with Norvale. The investment consists of two combined "
				+ "projects, a laptop computer export base of Halden's and a manufacturing base of Norvale's.");
		assertThat(names(x, "Project")).contains("Halden laptop computer export base")
			.noneMatch((n) -> n.contains("Norvale's"));
		assertThat(relations(x, "DEVELOPS")).contains("Halden Computer -> Halden laptop computer export base");
	}

	@Test
	void theFutureParkOfItsSizeIsThePark() {
		Extraction x = extract("Investors from Zhejiang have come together to build a future China-Israel Nanxun Innovation "
				+ "Industrial Park. Halden Business Holding Co., Ltd. has already invested approximately $170 million in the "
				+ "future 7.2-square-kilometer park, which will be located in the Nanxun district of Huzhou.");
		assertThat(names(x, "Park")).containsExactly("China-Israel Nanxun Innovation Industrial Park");
		assertThat(relations(x, "INVESTS_IN")).containsExactly(
				"Halden Business Holding Co., Ltd. -> China-Israel Nanxun Innovation Industrial Park $170 million");
	}

	@Test
	void aParkWrittenInOneWordIsAParkWhenItsNameSaysWhose() {
		Extraction x = extract("Ecopark aims to develop the perfect environment\n\nThe Qingdao Sino-German Ecopark will strive "
				+ "to promote environmentally friendly technology for the marine industries.");
		assertThat(names(x, "Park")).containsExactly("Qingdao Sino-German Ecopark");
	}

	@Test
	void whereAFirmIsFromInTwoWordsIsNoPartOfItsNameAndTheBiggestProjectIsItsProject() {
		Extraction x = extract("South Korean Halden Display Co Ltd's plan to build a new OLED panel production facility in China "
				+ "has been approved. Halden Display said its new Guangzhou facility will start in 2019.");
		assertThat(names(x, "Company")).containsExactly("Halden Display Co Ltd");
		Extraction biggest = extract("A total of 638 projects were inked at the convention held in Hefei. The biggest project was "
				+ "signed with Norvale Memory Technologies, Inc., with an investment of 220 billion yuan.");
		assertThat(names(biggest, "Project")).containsExactly("Norvale Memory Technologies project");
	}

	@Test
	void aCitysHiTechDistrictIsAPark() {
		Extraction x = extract("On May 6, Yangzhou National Hi-Tech District (YND) held the ground-breaking ceremony for its "
				+ "second batch of key projects.");
		assertThat(names(x, "Park")).containsExactly("Yangzhou National Hi-Tech District");
		assertThat(relations(x, "LOCATED_IN")).contains("Yangzhou National Hi-Tech District -> Yangzhou");
	}

	@Test
	void countedPlantsWithATotalAreABatchAndAPolicyInitiativeIsNoProject() {
		Extraction x = extract("Construction of 14 new production facilities with a combined investment of 9.2 billion yuan "
				+ "started in Yangzhou, in line with the government's \"Dual Carbon\" economy initiative.");
		assertThat(names(x, "Program")).singleElement().asString().startsWith("14 new production facilities");
		assertThat(x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow().amount().text())
			.isEqualTo("9.2 billion yuan");
		assertThat(names(x, "Project")).isEmpty();
		// plants counted with no total are the firm's plants, no batch
		Extraction plants = extract("Norvale already operates two plants in Yangzhou.");
		assertThat(names(plants, "Program")).isEmpty();
	}

	@Test
	void aUnitNamedWithItsShortNameIsStillTheUnitAndTheEntireProjectIsTheOneBuilt() {
		Extraction x = extract("Panel maker Halden Solar Systems (HSS), a unit of Norvale Holdings Ltd. (NH), plans to build a "
				+ "20 GW solar module factory in Anhui province. The factory will be built in two phases. Overall, the entire "
				+ "project will require an investment of $1.2 billion.");
		assertThat(relations(x, "SUBSIDIARY_OF")).containsExactly("Halden Solar Systems -> Norvale Holdings Ltd.");
		assertThat(names(x, "Project")).singleElement().asString().contains("20 GW solar module factory");
		assertThat(relations(x, "DEVELOPS")).singleElement().asString().startsWith("Halden Solar Systems -> ");
		assertThat(relations(x, "INVESTS_IN")).singleElement().asString().endsWith("$1.2 billion");
	}

	@Test
	void aFirmThatSignsWithAZoneAndSaysItWillInvestIsTheInvestor() {
		Extraction x = extract("Halden Biosciences signed a memorandum of cooperation with the Management Committee of Wuxi High "
				+ "Tech Zone, announcing that it would invest $40 million in a new reagent plant in Wuxi.");
		assertThat(names(x, "Company")).containsExactly("Halden Biosciences");
		assertThat(relations(x, "INVESTS_IN")).singleElement().asString().startsWith("Halden Biosciences -> ");
		// the cooperation between a firm and a zone names no zone of both
		Extraction between = extract("Based on the cooperation between Halden Biosciences and Wuxi High Tech Zone in life "
				+ "science, the plant will make reagents.");
		assertThat(names(between, "Park")).noneMatch((n) -> n.contains("Halden"));
		assertThat(names(between, "Company")).containsExactly("Halden Biosciences");
	}

	@Test
	void aProvinceWrittenWithItsWordIsTheProvinceWhateverDistrictSharesItsName() {
		Extraction x = extract("The Hebei province-based carmaker Norvale Motor will build a plant in Tianjin.");
		assertThat(names(x, "Province")).contains("Hebei", "Tianjin");
		assertThat(names(x, "District")).isEmpty();
	}

	@Test
	void aChipPlantAndASemiconductorPlantInOnePlaceAreOnePlant() {
		Extraction x = extract("Norvale to build US$1.5b chip plant in Dalian\n\nNorvale Corp. said on Monday it will build a "
				+ "US$1.5-billion semiconductor plant in Dalian, a port city in Liaoning Province.");
		assertThat(names(x, "Project")).hasSize(1);
	}

	@Test
	void aSectorInCapitalsIsNoFirmAndMoneyGivenToALabIsNoFund() {
		Extraction x = extract("Norvale Tech signed an agreement with Wuhan University to set up a joint laboratory in the field "
				+ "of Artificial Intelligence (AI). Norvale Tech will provide an early-stage research fund of 5 million yuan to "
				+ "the joint laboratory.");
		assertThat(names(x, "Company")).containsExactly("Norvale Tech");
		assertThat(names(x, "Fund")).isEmpty();
	}

	@Test
	void theCountryAFirmIsFromIsNoPartOfItsName() {
		Extraction x = extract("JAPAN'S Halden Corp has opened a US$9.7 million innovation center in Shanghai. The license was "
				+ "issued to Norvale (Suzhou) Co., Ltd., a subsidiary of the Fortune-500 US Norvale Group.");
		assertThat(names(x, "Company")).containsExactlyInAnyOrder("Halden Corp", "Norvale (Suzhou) Co., Ltd.", "Norvale Group");
	}

	@Test
	void aWholeNameGivenAShortNameHereinafterIsTheFirmThatActsByIt() {
		Extraction x = extract("On July 28, 2021, Halden Scientific (hereinafter referred to as Halden), the world leader in "
				+ "scientific services, signed a memorandum of cooperation with the Management Committee of Wuxi High Tech Zone. "
				+ "Halden will invest $50 million in a reagent plant.");
		assertThat(names(x, "Company")).containsExactly("Halden Scientific");
		assertThat(relations(x, "INVESTS_IN")).singleElement().asString().startsWith("Halden Scientific -> ")
			.endsWith("$50 million");
	}

	@Test
	void sharesSoldToFinanceAPlantAreNoCostOfItAndThePlantOfItsPlaceIsTheLineBuiltThere() {
		Extraction x = extract("Ground was broken for a sixth-generation LCD production line in Hefei city yesterday, which "
				+ "will cost 17.5 billion yuan. Norvale will sell 6 billion to 12 billion yuan worth of shares to finance the "
				+ "Hefei plant.");
		assertThat(names(x, "Project")).singleElement().asString().contains("LCD production line");
		assertThat(x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow().amount().text())
			.isEqualTo("17.5 billion yuan");
		// a plant of another place is another plant
		Extraction two = extract("Norvale broke ground for an LCD production line in Hefei. Norvale will finance the Wuhan "
				+ "plant.");
		assertThat(names(two, "Project")).hasSize(2);
	}

	@Test
	void wordsForFirmsInGeneralAndForARivalAreNoFirmsAndAUniversityWrittenShortIsAUniversity() {
		Extraction x = extract("In 2007, the park attracted 174 new companies. Companies invested a total of US$360 million in "
				+ "the Zhangjiang Hi-Tech Park last year. Rival Norvale Solar announced its new cell fab in Ningjin. Halden is "
				+ "donating a wafer line to an institute at the Dalian U. of Technology.");
		assertThat(names(x, "Company")).containsExactly("Norvale Solar");
		assertThat(names(x, "University")).containsExactly("Dalian U. of Technology");
		// a zone signing with a bank written short is no zone of both
		Extraction fund = extract("NDB and Tianjin Binhai New Area signed an agreement to set up a venture capital fund.");
		assertThat(names(fund, "Park")).noneMatch((n) -> n.contains("NDB"));
	}

	@Test
	void whatAPlantWouldBeAnyPlantAndWhatANamedPlantIsForAreNoProjects() {
		Extraction x = extract("Norvale said it would build its first chip plant in China in Xian. The plant, if approved, would "
				+ "be Norvale's second overseas chip manufacturing site. Technically, the line has exceeded any previous LCD "
				+ "production line in difficulty.");
		assertThat(names(x, "Project")).singleElement().asString().contains("chip plant");
		Extraction named = extract("Halden has opened its Suzhou Plant for the manufacturing and packaging of tablets in Suzhou "
				+ "Industrial Park.");
		assertThat(names(named, "Project")).singleElement().asString().doesNotContain("packaging");
	}

	@Test
	void aSumToldAgainGoesToNoneOfThePartsAndACityAndAZoneAreTwoPlaces() {
		Extraction x = extract("Norvale Glass held a ground-breaking ceremony for its production base in Hefei. The "
				+ "aforementioned investment of 5.75 billion yuan will be poured into an automotive safety glass project and a "
				+ "float glass project.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project") && e.name().contains("glass project"))
			.allSatisfy((e) -> assertThat(e.amount()).isNull());
		Extraction places = extract("The data center was built in Guiyang City and Gui'an New Area with an investment of 3.76 "
				+ "billion yuan.");
		assertThat(names(places, "Park")).containsExactly("Gui'an New Area");
	}

	@Test
	void aDatelineDashAndFiguresTooLargeToCountReadWithoutFailing() {
		Extraction x = extract("HEFEI - Norvale's first robot production line will start operation in the city of Hefei this "
				+ "month. The 10,000,000,000 yuan plant will be built in 99999999999 phases.");
		assertThat(names(x, "City")).containsExactly("Hefei");
		assertThat(names(x, "Company")).containsExactly("Norvale");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.properties()).doesNotContainKey("phases"));
	}

	@Test
	void aPersonAndThePostTheyHoldAreNoFirmAndBillionWrittenShortIsBillion() {
		Extraction x = extract("Peter Halden, Norvale's Asia-Pacific president, said the joint venture with Kelmar hopes to "
				+ "lead the market. Qu Daokui, the company's CEO, said the line is being tested. Norvale will invest $1.1 bil "
				+ "in a smartphone plant in Zhengzhou.");
		assertThat(names(x, "Company")).containsExactlyInAnyOrder("Norvale", "Kelmar");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("1100000000"));
	}

	@Test
	void aDistrictsNameOpeningAFirmsIsNoPlaceButOneOpeningAParksIs() {
		Extraction x = extract("The vans are produced by Wuling Industrial in the PRC. Dongfang Electric will supply the "
				+ "turbines. The line stands in Jiangning Industrial Park.");
		assertThat(names(x, "District")).containsExactly("Jiangning District");
		assertThat(names(x, "Park")).containsExactly("Jiangning Industrial Park");
	}

	@Test
	void aGovernmentsOwnFundAndACityClusterAreNoFundAndNoProject() {
		Extraction x = extract("The chip industry fund was initiated by the provincial government's own fund and two "
				+ "municipal government funds. The Yangtze River delta city cluster will host the new zone.");
		assertThat(names(x, "Fund")).containsExactly("chip industry fund");
		assertThat(names(x, "Project")).isEmpty();
	}

	@Test
	void whomAFirmSignsWithToInvestIsNoInvestor() {
		Extraction x = extract("Norvale Semiconductor Co. Ltd. (Norvale), the top contract chip maker, signed an agreement "
				+ "with the Nanjing City Government in China to invest $3 billion for building an advanced wafer plant.");
		assertThat(relations(x, "INVESTS_IN")).isNotEmpty().allSatisfy((r) -> assertThat(r).startsWith("Norvale"));
	}

	@Test
	void anInstitutionAndAFirmActingOrAnAcronymAndAGovernmentAreTwoNames() {
		Extraction x = extract("East Lake Normal University and Halden signed a contract on Wednesday to build a computing "
				+ "lab. Kelmar Rotor Co., Ltd. is founded by AVIC and Tianjin Municipal Government jointly.");
		assertThat(names(x, "University")).containsExactly("East Lake Normal University");
		assertThat(names(x, "Government")).containsExactly("Tianjin Municipal Government");
		assertThat(names(x, "Company")).contains("Halden", "AVIC");
	}

	@Test
	void aPostAndItsHolderAfterAFirmAndSumsOrJointVenturesInCapitalsAreNoFirms() {
		Extraction x = extract("The mayor of Hefei held a meeting with Norvale CEO Wang Lifeng to promote cooperation. Over 10 "
				+ "Billion Yuan Investment, Kelmar China Headquarters Settled in Hefei. Kelmar's China JV invests 6.6b yuan to set "
				+ "up a new plant. The fund is funded with CNY100 billion of government capital.");
		assertThat(names(x, "Company")).contains("Norvale")
			.noneMatch((n) -> n.contains("Wang") || n.contains("Yuan") || n.contains("JV") || n.startsWith("CNY"));
	}

	@Test
	void whereAFirmIsFromIsNotWhereItsPlantIs() {
		Extraction x = extract("Taiwan's Norvale To Build $3B Advanced Silicon Wafer Plant In China\n\nNorvale said production "
				+ "would begin in 2018.");
		assertThat(names(x, "Project")).isNotEmpty();
		assertThat(relations(x, "LOCATED_IN")).noneMatch((r) -> r.contains("Plant -> Taiwan"));
	}

	@Test
	void fundCooperationProjectsAreNoFundAndLeaveTheBatchItsOwnSum() {
		Extraction x = extract("At the forum, 43 major industrial projects were signed with a total investment of over 46.5 "
				+ "billion yuan (about 6.38 billion U.S. dollars), six fund cooperation projects were signed with a total scale "
				+ "of 5.3 billion yuan.");
		assertThat(names(x, "Fund")).isEmpty();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program") && e.name().startsWith("43")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("46500000000"));
	}

	@Test
	void aSumAHeadlineWritesBeforeANameIsNoPartOfIt() {
		Extraction x = extract("Norvale Launches CNY1 Trillion Chip Guidance Fund\n\nNorvale will manage it.");
		assertThat(names(x, "Fund")).containsExactly("Chip Guidance Fund");
	}

	@Test
	void theNewsAgencyIsNoDistrictNorIsAZoneNamedByItsKindAFirm() {
		Extraction x = extract("Norvale announced the opening of its new plant in Chengdu, Xinhua reported. Norvale also has plants "
				+ "in the provinces of Hebei and Henan. The Kelmar battery project is the first high-end manufacturing project in "
				+ "the Jinyi New District. After the signing of the project, the New District set up a special project "
				+ "promotion group.");
		assertThat(names(x, "District")).noneMatch((n) -> n.startsWith("Xinhua"));
		assertThat(names(x, "Company")).noneMatch((n) -> n.contains("District"));
		assertThat(relations(x, "DEVELOPS")).noneMatch((r) -> r.startsWith("New District"));
	}

	@Test
	void aBarEachProjectClearsAndAYearsPlannedInvestmentAreNoBatchsTotal() {
		Extraction x = extract("The construction of 831 major projects each valued more than 50 million yuan was started across "
				+ "Hunan Province, with a total investment of 302.7 billion yuan. The annual planned investment reached 88.2 "
				+ "billion yuan, including 54 projects each with an investment of more than 1 billion yuan.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program") && e.name().startsWith("831")).singleElement()
			.satisfies((e) -> assertThat(e.amount().value()).isEqualByComparingTo("302700000000"));
		assertThat(x.entities()).filteredOn((e) -> e.name().startsWith("54"))
			.allSatisfy((e) -> assertThat(e.amount()).isNull());
	}

}
