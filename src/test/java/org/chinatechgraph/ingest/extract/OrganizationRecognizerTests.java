package org.chinatechgraph.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrganizationRecognizerTests {

	private static List<OrganizationRecognizer.Mention> find(String sentence) {
		return OrganizationRecognizer.find(sentence, Token.of(sentence)).stream().filter((m) -> m.kind() != null).toList();
	}

	/** Every name, of a known kind or not. */
	private static List<String> names(String sentence) {
		return OrganizationRecognizer.find(sentence, Token.of(sentence)).stream().map(OrganizationRecognizer.Mention::name).toList();
	}

	@Test
	void keepsAnAcronymInParenthesesAsAlias() {
		List<OrganizationRecognizer.Mention> found = find(
				"It will cooperate with the National University of Defense Technology (NUDT) and Peking University.");
		assertThat(found).extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("National University of Defense Technology", "Peking University");
		assertThat(found.get(0).acronym()).isEqualTo("NUDT");
		assertThat(found.get(0).kind()).isEqualTo("University");
	}

	@Test
	void aPersonsTitleIsNotPartOfTheOrganizationsName() {
		List<OrganizationRecognizer.Mention> found = find("Deputy Mayor of Chengdu Municipal Government, Li Ming, and "
				+ "the Ministry of Science and Technology attended; so did the Vice-chairman of Standing Committee of "
				+ "National People's Congress and President of China Academy of Sciences.");
		assertThat(found).extracting(OrganizationRecognizer.Mention::name)
			.contains("Chengdu Municipal Government", "Ministry of Science and Technology", "China Academy of Sciences")
			.noneMatch((name) -> name.contains("Mayor") || name.contains("Vice-chairman") || name.contains("President"));
	}

	@Test
	void aPersonsTitleAndNameAreNotPartOfTheOrganizationsName() {
		assertThat(names("The deal was signed by Vice Governor Lin Fanglue of Hainan Province and Vice President Ding "
				+ "Zhongli of Chinese Academy of Sciences."))
			.contains("Chinese Academy of Sciences")
			.noneMatch((name) -> name.contains("Governor") || name.contains("Zhongli") || name.contains("Fanglue"));
		// no title before the name: "of" stays inside it
		assertThat(find("Graduates of the National University of Defense Technology joined."))
			.extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("National University of Defense Technology");
	}

	@Test
	void aDevelopmentDistrictIsAParkAndEndsItsName() {
		assertThat(find("Jointly constructed by Guangzhou Development District and Orion Display, the new panel project "
				+ "will start in 2010."))
			.extracting(OrganizationRecognizer.Mention::kind, OrganizationRecognizer.Mention::name)
			.containsExactly(tuple("Park", "Guangzhou Development District"),
					tuple("Company", "Orion Display"));
		// a district named by its place alone is no park
		assertThat(find("The plant is in Haidian District.")).isEmpty();
	}

	@Test
	void aEuropeanLegalFormEndsAFirmsName() {
		assertThat(find("The wind power provider, Lumex Wind Turbines A/S, and Kestrel SE will set up a blade factory."))
			.extracting(OrganizationRecognizer.Mention::kind, OrganizationRecognizer.Mention::name)
			.containsExactly(tuple("Company", "Lumex Wind Turbines A/S"),
					tuple("Company", "Kestrel SE"));
		// a capitalised word that is no legal form makes no firm
		assertThat(find("The wind power provider, Lumex Wind Turbines Arena, will open.")).isEmpty();
	}

	@Test
	void wordsThatDescribeAFirmAreNotPartOfItsName() {
		assertThat(find("Fortune-500 Apex Materials Co., Ltd. and the French-owned Lumen Optics Corporation joined "
				+ "Shanghai-based Orion Display Co., Ltd. and Taiwan-listed Kestrel Robotics Inc."))
			.extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("Apex Materials Co., Ltd.", "Lumen Optics Corporation", "Orion Display Co., Ltd.",
					"Kestrel Robotics Inc.");
		// the description alone is of a firm named elsewhere
		assertThat(find("The Fujian-based company will build a plant.")).isEmpty();
	}

	@Test
	void tellsKindsByTheWordsOfTheName() {
		assertThat(OrganizationRecognizer.classify("Huatian Technology (Kunshan) Electronics Co., Ltd.")[0]).isEqualTo("Company");
		assertThat(OrganizationRecognizer.classify("Quick Flash Technologies")[0]).isEqualTo("Company");
		assertThat(OrganizationRecognizer.classify("Hunan Department of Industry and Information Technology")[0]).isEqualTo("Government");
		assertThat(OrganizationRecognizer.classify("Pingxiang Development and Reform Commission")[0]).isEqualTo("Government");
		assertThat(OrganizationRecognizer.classify("School of Microelectronics")).containsExactly("Institute", "school");
		assertThat(OrganizationRecognizer.classify("Shanghai Institute of Microsystem")[0]).isEqualTo("Institute");
		assertThat(OrganizationRecognizer.classify("Jiaxing Technology City")).containsExactly("Park", "technology city");
		assertThat(OrganizationRecognizer.classify("Chengdu High-tech Zone")).containsExactly("Park", "high-tech zone");
		assertThat(OrganizationRecognizer.classify("Anyuan Industrial Park")).containsExactly("Park", "industrial park");
		assertThat(OrganizationRecognizer.classify("Kunshan Industrial Investment Fund")[0]).isEqualTo("Fund");
		assertThat(OrganizationRecognizer.classify("Chinese New Year")[0]).isNull();
		// the words of a firm's kind alone name no firm; with a word of its own, they do
		assertThat(OrganizationRecognizer.classify("Semiconductors")[0]).isNull();
		assertThat(OrganizationRecognizer.classify("Science and Technology")[0]).isNull();
		assertThat(OrganizationRecognizer.classify("Co., Ltd.")[0]).isNull();
		assertThat(OrganizationRecognizer.classify("Semiconductor Manufacturing International Corp")[0]).isEqualTo("Company");
		assertThat(OrganizationRecognizer.classify("China Telecom")[0]).isEqualTo("Company");
	}

	@Test
	void splitsTwoNamesJoinedByAnd() {
		assertThat(find("On July 5, Anyuan District Government of Jiangxi Province and Dogguang Tianyou Semiconductor Ltd. held a ceremony."))
			.extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("Anyuan District Government of Jiangxi Province", "Dogguang Tianyou Semiconductor Ltd.");
		assertThat(find("Soochow University and Suzhou Hengyuan Cloud Technology will build a lab."))
			.extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("Soochow University", "Suzhou Hengyuan Cloud Technology");
	}

	@Test
	void aLegalSuffixOrAOneWordNameBeforeAFirmEndsTheName() {
		assertThat(find("Apex Materials International Corp and Hefei will set up a joint venture."))
			.extracting(OrganizationRecognizer.Mention::name).containsExactly("Apex Materials International Corp");
		assertThat(names("It competes with Lumen and Orion Display in the market."))
			.containsExactly("Lumen", "Orion Display");
		// a name that goes on after the firm's words is one name
		assertThat(names("The loan came from Industrial and Commercial Bank of China."))
			.containsExactly("Industrial and Commercial Bank of China");
	}

	@Test
	void readsLegalSuffixesAndPlacesInParentheses() {
		assertThat(find("Located in the zone, Td Automotive Compressor (Kunshan) Co., Ltd. (TACK), a company, grew."))
			.extracting(OrganizationRecognizer.Mention::name, OrganizationRecognizer.Mention::acronym)
			.containsExactly(tuple("Td Automotive Compressor (Kunshan) Co., Ltd.", "TACK"));
	}

	@Test
	void takesALowerCaseGroupIntoTheName() {
		List<OrganizationRecognizer.Mention> found = find("Another project is the Tunghsu group’s semiconductor initiative.");
		assertThat(found).extracting(OrganizationRecognizer.Mention::name).containsExactly("Tunghsu group");
		assertThat(found.get(0).possessive()).isTrue();
	}

	@Test
	void twoFirmsJoinedByAndAreTwoNamesWhenEachIsWhole() {
		assertThat(names("CETC Shanxi New Energy Technology and Tongwei Group will build plants."))
			.contains("CETC Shanxi New Energy Technology", "Tongwei Group");
		assertThat(names("Snecma Aerospace Industry (Suzhou) Co., Ltd. and Messier-Dowty Aerospace (Suzhou) Co., Ltd. "
				+ "broke ground.")).hasSize(2);
		// a name that goes on after "and" is one name
		assertThat(names("The Ministry of Science and Technology agreed.")).contains("Ministry of Science and Technology");
		assertThat(names("Industrial and Commercial Bank of China lent the money."))
			.contains("Industrial and Commercial Bank of China");
	}

	@Test
	void aDevelopmentOrIndustrialAreaIsAPark() {
		assertThat(find("Vestas will build a blade factory in the Tianjin Economic-Technological Development Area."))
			.extracting(OrganizationRecognizer.Mention::kind, OrganizationRecognizer.Mention::name)
			.contains(tuple("Park", "Tianjin Economic-Technological Development Area"));
		assertThat(find("Tidfore opened a plant in the Tianjin Harbor Industrial Area."))
			.extracting(OrganizationRecognizer.Mention::kind).contains("Park");
	}

	@Test
	void whatAHeadlineOrAFigureIsOfIsNotPartOfTheName() {
		assertThat(names("Construction of Lumen Microelectronics' 12-inch Line Begins"))
			.contains("Lumen Microelectronics").noneMatch((n) -> n.startsWith("Construction"));
		assertThat(find("The GDP of Nanyang Hi-Tech Industrial Development Zone grew.")).extracting(OrganizationRecognizer.Mention::name)
			.containsExactly("Nanyang Hi-Tech Industrial Development Zone");
		// a name that holds such a word keeps it
		assertThat(names("China Construction Bank of Nanyang signed.")).containsExactly("China Construction Bank of Nanyang");
	}

	@Test
	void anAbbreviatedDepartmentIsOneGovernmentName() {
		assertThat(find("Officials from Dept. of Science and Technology of Jiangsu Province attended."))
			.extracting(OrganizationRecognizer.Mention::name, OrganizationRecognizer.Mention::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dept. of Science and Technology of Jiangsu Province", "Government"));
	}

	@Test
	void aTradeWrittenBeforeAFirmIsNotPartOfItsName() {
		assertThat(names("Chipmaker Hexin Semiconductor said Automaker Lumen Motors would buy its chips."))
			.contains("Hexin Semiconductor", "Lumen Motors").noneMatch((n) -> n.contains("maker"));
	}

	@Test
	void aStockSymbolIsNoFirm() {
		assertThat(names("Chemicals giant Lumenor (LMN.L, LUMNY.PK) said it signed a framework agreement."))
			.doesNotContain("LMN.L", "LUMNY.PK");
		// nor does a kind word alone name one
		assertThat(find("The University will open a campus; the Government agreed.")).isEmpty();
	}

	@Test
	void aPlaceAndAnIndustryWordNameAFirm() {
		assertThat(find("Nanyang Hydropower and Lumen Mining signed with Hexin Petrochemical."))
			.extracting(OrganizationRecognizer.Mention::name, OrganizationRecognizer.Mention::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Nanyang Hydropower", "Company"),
					org.assertj.core.groups.Tuple.tuple("Lumen Mining", "Company"),
					org.assertj.core.groups.Tuple.tuple("Hexin Petrochemical", "Company"));
	}

	@Test
	void kindWordsAloneNameNoGovernmentAndNoPark() {
		assertThat(find("The Standing Committee and the Management Committee of the High Tech Zone approved it, "
				+ "as did the Suzhou Industrial Park Administrative Committee and the Ministry of Finance."))
			.extracting(OrganizationRecognizer.Mention::name).contains("Suzhou Industrial Park Administrative Committee", "Ministry of Finance")
			.doesNotContain("Standing Committee", "Management Committee", "High Tech Zone");
		assertThat(find("Land in the Industrial Park was sold to Changsha Economic and Technological Development Zone."))
			.extracting(OrganizationRecognizer.Mention::name).contains("Changsha Economic and Technological Development Zone").doesNotContain("Industrial Park");
	}

	@Test
	void oneWordBeforeALowerCaseCompanyDescribesAFirm() {
		assertThat(names("BOE Technology Group Co., an LCD-making company, will double the capacity of the Suzhou company."))
			.containsExactly("BOE Technology Group Co.");
		// a lower-case legal word after a name that is a firm's stays part of it
		assertThat(names("Dongxu Optoelectronic is a unit of Tunghsu group.")).contains("Tunghsu group");
	}

	@Test
	void aFirmsFullNameAfterAndIsANameOfItsOwn() {
		assertThat(names("It supplies PSA Peugeot Citroen and Hainan Mazda Motor Corp in China."))
			.contains("PSA Peugeot Citroen", "Hainan Mazda Motor Corp");
		// one word of its own after "and" may still finish the name before it
		assertThat(names("Anhui Information and Communication Technology Co., Ltd. signed in Hefei."))
			.contains("Anhui Information and Communication Technology Co., Ltd.");
	}

	@Test
	void aLegalFormAfterACommaEndsTheName() {
		assertThat(find("Tekni-Plex, Inc. and Acme Widgets, LLC opened plants.")).extracting(OrganizationRecognizer.Mention::name)
			.contains("Tekni-Plex, Inc.", "Acme Widgets, LLC");
	}

	@Test
	void aSchoolOfASubjectIsASchoolWhateverTheSubject() {
		assertThat(find("Wang Peng of the Gaoling School of Artificial Intelligence said so."))
			.filteredOn((m) -> m.name().equals("Gaoling School of Artificial Intelligence")).singleElement()
			.satisfies((m) -> assertThat(m.kind()).isEqualTo("Institute"));
	}

	@Test
	void aBusinessTitleIsNotPartOfTheOrganizationsName() {
		assertThat(names("Lu Ming, chairman and CEO of Orion Group, said the institute matters.")).contains("Orion Group")
			.noneMatch((name) -> name.contains("CEO"));
		assertThat(names("Xi Lifeng, Executive Dean of School of Mechanical Engineering, met the delegation."))
			.contains("School of Mechanical Engineering").noneMatch((name) -> name.contains("Dean"));
	}

	@Test
	void aCountrysWordBeforeAFirmIsWhereItIsFromUnlessItIsPartOfTheName() {
		assertThat(names("Taiwanese Kestrel Technology has broken ground on a wafer fab in Hefei."))
			.contains("Kestrel Technology");
		assertThat(names("The Japanese Chamber of Commerce welcomed the Chinese Academy of Sciences."))
			.contains("Japanese Chamber of Commerce", "Chinese Academy of Sciences");
		assertThat(names("Kestrel said British Airways invested in it.")).contains("British Airways");
	}

	@Test
	void theIndustrysAbbreviationsAndACountrysFirmNameNoFirm() {
		assertThat(OrganizationRecognizer.notAFirm("EV")).isTrue();
		assertThat(OrganizationRecognizer.notAFirm("Swiss group")).isTrue();
		assertThat(OrganizationRecognizer.notAFirm("Evertek")).isFalse();
	}

}
