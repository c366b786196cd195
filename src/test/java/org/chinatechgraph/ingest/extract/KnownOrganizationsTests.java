package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.chinatechgraph.ingest.FactFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations known by name: the reference file, the lookups, and what extraction makes of a known name. */
class KnownOrganizationsTests {

	private static final KnownOrganizations KNOWN = KnownOrganizations.reference();

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2021, 3, 8)));
	}

	private static ExtractedEntity named(Extraction x, String kind, String name) {
		return x.entities().stream().filter((e) -> e.kind().equals(kind) && e.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + x.entities()));
	}

	@Test
	void theReferenceFileIsWellFormed() {
		FactFile file = ReferenceFiles.classpath("facts/reference/organizations.json");
		assertThat(file.nodes()).hasSizeGreaterThan(300);
		Map<String, String> spellings = new HashMap<>();
		for (FactFile.NodeFact n : file.nodes()) {
			assertThat(n.label()).as(n.id()).isIn("Company", "Park", "University", "Institute", "Government", "Fund");
			assertThat(n.id()).as(n.id()).startsWith(n.label().toLowerCase(java.util.Locale.ROOT) + ":");
			assertThat(n.name()).as(n.id()).isNotBlank();
			assertThat(n.nameZh()).as(n.id()).isNotBlank();
			// no spelling names two organisations
			for (String s : n.aliases()) {
				String before = spellings.put(Text.normalise(s) + "|" + s.equals(s.toUpperCase(java.util.Locale.ROOT)), n.id());
				assertThat(before == null || before.equals(n.id())).as(s + " names " + before + " and " + n.id()).isTrue();
			}
		}
		// no spelling is also a county's or town's name in the gazetteer as written: the gazetteer wins those
		Gazetteer places = Gazetteer.reference();
		for (FactFile.NodeFact n : file.nodes()) {
			assertThat(places.lookupChinese(n.nameZh())).as(n.nameZh()).isEmpty();
		}
	}

	@Test
	void aNameIsKnownWhateverItsCaseLegalSuffixOrPossessiveButAnAcronymOnlyAsWritten() {
		assertThat(KNOWN.find("Microsoft").id()).isEqualTo("company:microsoft");
		assertThat(KNOWN.find("Intel Corp.").id()).isEqualTo("company:intel");
		assertThat(KNOWN.find("Intel's").id()).isEqualTo("company:intel");
		assertThat(KNOWN.find("TSMC").name()).isEqualTo("TSMC");
		assertThat(KNOWN.find("Taiwan Semiconductor Manufacturing Co., Ltd.").id()).isEqualTo("company:tsmc");
		assertThat(KNOWN.find("GE").id()).isEqualTo("company:general-electric");
		assertThat(KNOWN.find("Ge")).as("a surname, not General Electric").isNull();
		assertThat(KNOWN.find("ABCD")).isNull();
		assertThat(KNOWN.find("Suzhou Semiconductor")).isNull();
		assertThat(KNOWN.findChinese("中芯国际").name()).isEqualTo("SMIC");
		assertThat(KNOWN.findChinese("苏州工业园区").kind()).isEqualTo("Park");
		assertThat(KNOWN.findChinese("星河半导体")).isNull();
		assertThat(KNOWN.findChinese("比亚迪股份有限公司").name()).isEqualTo("BYD");
		assertThat(KNOWN.findChinese("有限公司")).isNull();
	}

	@Test
	void aKnownNameIsAnOrganisationOfItsKindWithItsUsualNameAndChineseName() {
		Extraction x = extract("Microsoft and IBM opened research centres in Suzhou Industrial Park in 2006. "
				+ "Both said SIP offered the engineers they needed.");
		ExtractedEntity microsoft = named(x, "Company", "Microsoft");
		assertThat(microsoft.properties()).containsEntry("nameZh", "微软").containsEntry("country", "US");
		assertThat(named(x, "Company", "IBM").aliases()).contains("International Business Machines");
		ExtractedEntity park = named(x, "Park", "Suzhou Industrial Park");
		assertThat(park.properties()).containsEntry("nameZh", "苏州工业园区");
		// SIP is the same park, not a second one
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).hasSize(1);
		assertThat(park.mentions()).hasSize(2);
	}

	@Test
	void aKnownAcronymOfTwoLettersIsItsFirm() {
		Extraction x = extract("Siemens, GE, GM and Honda have established R&D centres in China.");
		assertThat(named(x, "Company", "General Electric").aliases()).contains("GE");
		assertThat(named(x, "Company", "General Motors").aliases()).contains("GM");
		// two capitals no list knows are no firm
		assertThat(extract("Xu said QX and the park agreed.").entities()).noneMatch((e) -> e.name().equals("QX"));
	}

	@Test
	void anAcronymAndALongNameOfOneBodyAreOneNodeUnderItsUsualName() {
		Extraction x = extract("The zone was approved by the State Council of the People's Republic of China in 1984. "
				+ "The State Council later widened it.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Government")).extracting(ExtractedEntity::name)
			.containsExactly("State Council");
	}

	@Test
	void aKnownFirmNamedLikeACountyIsTheFirmUnlessTheCountyIsNamedAsOne() {
		Extraction firm = extract("Tongwei will build a 20 GW solar cell plant in Chengdu.");
		assertThat(firm.entities()).extracting(ExtractedEntity::kind, ExtractedEntity::name).contains(
				org.assertj.core.groups.Tuple.tuple("Company", "Tongwei"));
		assertThat(firm.entities()).filteredOn((e) -> e.kind().equals("District")).isEmpty();
		Extraction county = extract("A solar cell plant will be built in Tongwei County, Gansu.");
		assertThat(county.entities()).filteredOn((e) -> e.kind().equals("District")).isNotEmpty();
		assertThat(county.entities()).filteredOn((e) -> e.kind().equals("Company")).isEmpty();
	}

	@Test
	void aKnownFirmNamedInChineseGetsItsEnglishNameAndKeepsItsChineseOne() {
		Extraction x = extract("华为技术有限公司与东莞市人民政府签署战略合作协议，将在松山湖建设研发中心。");
		ExtractedEntity huawei = named(x, "Company", "Huawei");
		assertThat(huawei.properties()).containsEntry("nameZh", "华为技术有限公司").containsEntry("country", "CN");
		assertThat(huawei.aliases()).contains("华为技术有限公司", "Huawei Technologies");
	}

	@Test
	void aKnownChineseNameWithoutASuffixIsTheFirmButNotInsideAnotherWord() {
		Extraction x = extract("亿纬锂能将在荆门高新区投资50亿元建设储能电池项目。");
		ExtractedEntity eve = named(x, "Company", "EVE Energy");
		assertThat(eve.properties()).containsEntry("nameZh", "亿纬锂能");
		// 京东 (JD.com) is written inside 北京东城区, across two words: no firm
		Extraction inside = extract("北京东城区人民政府与一家芯片企业签约。");
		assertThat(inside.entities()).filteredOn((e) -> e.kind().equals("Company")).isEmpty();
		// two names of one known firm, in simplified or traditional characters, are one node
		Extraction two = extract("中微半导体设备生产研发基地项目开工。中微半導體的落户带动了产业链。");
		assertThat(two.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("AMEC");
	}

}
