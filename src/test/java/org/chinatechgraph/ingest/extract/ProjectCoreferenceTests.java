package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project the article names once and then describes is one project; projects that differ in firm, place, size or
 * by "a second ..." stay apart; a project only described is named after its firm and place. Sentences composed for
 * the test.
 */
class ProjectCoreferenceTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2023, 3, 1)));
	}

	private static List<ExtractedEntity> projects(Extraction x) {
		return x.entities().stream().filter((e) -> e.kind().equals("Project")).toList();
	}

	private static ExtractedEntity only(Extraction x, String kind) {
		List<ExtractedEntity> all = x.entities().stream().filter((e) -> e.kind().equals(kind)).toList();
		assertThat(all).as("%s in %s", kind, x.entities()).hasSize(1);
		return all.get(0);
	}

	@Test
	void aDescriptionOfTheNamedProjectIsThatProjectWithItsCostAndItsFirm() {
		Extraction x = extract("Hexin Semiconductor Co., Ltd. will build the Hexin 12-inch Fab in Wuxi. "
				+ "The new chip manufacturing plant will cost 2 billion yuan. The plant will open in 2024.");
		ExtractedEntity fab = only(x, "Project");
		assertThat(fab.name()).isEqualTo("Hexin 12-inch Fab");
		assertThat(fab.aliases()).contains("new chip manufacturing plant");
		assertThat(fab.amount().value()).isEqualByComparingTo("2000000000");
		assertThat(fab.mentions()).extracting(Evidence::sentence)
			.contains("The new chip manufacturing plant will cost 2 billion yuan.");
		String firm = only(x, "Company").ref();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("DEVELOPS") && r.from().equals(firm)
				&& r.to().equals(fab.ref()));
	}

	@Test
	void twoDescriptionsOfOnePlantAreOneProjectWhenTheyShareWhatItMakes() {
		Extraction x = extract("Murata Manufacturing Co., Ltd. will invest 2.6 billion US dollars to build a lithium "
				+ "battery factory in Wuxi. The new battery plant will open in 2020.");
		ExtractedEntity factory = only(x, "Project");
		assertThat(factory.aliases()).contains("lithium battery factory", "new battery plant");
		assertThat(factory.amount().value()).isEqualByComparingTo("2600000000");
	}

	@Test
	void descriptionsAroundOneFirmAreItsOneProject() {
		Extraction x = extract("Alpha Chemicals Co., Ltd. plans to build an assembly line for its new jetliners in "
				+ "Nantong. Alpha Chemicals announced the showcase project on Monday. Alpha Chemicals said the plant "
				+ "will open in 2025.");
		assertThat(only(x, "Project").aliases()).contains("assembly line", "showcase project");
	}

	@Test
	void plantsOfTwoFirmsOrTwoPlacesStayTwo() {
		Extraction firms = extract("Alpha Chemicals Co., Ltd. will build a chemical plant in Nantong. "
				+ "Beta Pharma Co., Ltd. will build a drug plant in Taizhou. The new plant will employ 300 people.");
		assertThat(projects(firms)).hasSize(2);
		Extraction another = extract("Orion Display Co., Ltd. signed an agreement on its 8.5-generation LCD production "
				+ "line. Kestrel Motors will build a plant in Hefei.");
		assertThat(projects(another)).hasSize(2);
	}

	@Test
	void linesOfDifferentSizesStayTwo() {
		Extraction x = extract("Hexin Semiconductor Co., Ltd. signed deals for an 8-inch production line and a 12-inch "
				+ "production line in Wuxi. The 8-inch line will cost 1 billion yuan.");
		assertThat(projects(x)).hasSize(2);
		ExtractedEntity eight = projects(x).stream().filter((p) -> p.name().startsWith("8-inch")).findFirst().orElseThrow();
		assertThat(eight.amount().value()).isEqualByComparingTo("1000000000");
		assertThat(projects(x)).filteredOn((p) -> p.name().startsWith("12-inch")).singleElement()
			.satisfies((p) -> assertThat(p.amount()).isNull());
	}

	@Test
	void aSecondPlantIsAnotherProject() {
		Extraction x = extract("Hexin Semiconductor Co., Ltd. opened a battery plant in Wuxi. "
				+ "It will build a second battery plant in Changzhou next year.");
		assertThat(projects(x)).hasSize(2);
		assertThat(projects(x)).filteredOn((p) -> p.aliases().contains("second battery plant")
				|| p.name().equals("second battery plant"))
			.singleElement()
			.satisfies((p) -> assertThat(p.aliases()).doesNotContain("battery plant"));
	}

	@Test
	void aProjectOnlyDescribedIsNamedAfterItsFirmAndPlace() {
		Extraction x = extract("Alpha Chemicals Co., Ltd. will build a new chemical plant in Nantong.");
		ExtractedEntity plant = only(x, "Project");
		assertThat(plant.name()).isEqualTo("Alpha Chemicals chemical plant in Nantong");
		assertThat(plant.aliases()).contains("new chemical plant");
		// a project the article names keeps its name; a described one with two developers keeps its description
		assertThat(only(extract("Hexin Semiconductor Co., Ltd. will build the Hexin 12-inch Fab in Wuxi."), "Project").name())
			.isEqualTo("Hexin 12-inch Fab");
		Extraction two = extract("The OLED panel project is jointly invested by Orion Display Co., Ltd. and Kestrel "
				+ "Motors Co., Ltd.");
		assertThat(only(two, "Project").name()).isEqualTo("OLED panel project");
	}

	@Test
	void aProjectNoRulePlacedIsInTheOnePlaceItsSentencesName() {
		Extraction x = extract("Alpha Chemicals Co., Ltd. said its investment in the industrial park of Wuxi, Jiangsu "
				+ "will rise to 2.6 billion US dollars to build a new chemical plant.");
		ExtractedEntity plant = only(x, "Project");
		ExtractedEntity wuxi = x.entities().stream().filter((e) -> e.name().equals("Wuxi")).findFirst().orElseThrow();
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN") && r.from().equals(plant.ref()))
			.extracting(ExtractedRelation::to)
			.containsExactly(wuxi.ref());
		// two places apart from each other: no telling which
		Extraction two = extract("Alpha Chemicals Co., Ltd., which has offices in Nantong and Hefei, will build a new "
				+ "chemical plant.");
		ExtractedEntity other = only(two, "Project");
		assertThat(two.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN") && r.from().equals(other.ref()));
	}

	@Test
	void aProjectNoRuleGaveAFirmIsTheOneFirmItsSentencesName() {
		Extraction x = extract("Alpha Chemicals Co., Ltd. announced on Thursday an agreement with the government of "
				+ "Nantong for a new chemical manufacturing site with a capacity of 200,000 tons.");
		ExtractedEntity site = only(x, "Project");
		String firm = only(x, "Company").ref();
		assertThat(x.relations()).anyMatch((r) -> r.type().equals("DEVELOPS") && r.from().equals(firm)
				&& r.to().equals(site.ref()));
		// two firms in its sentence: no telling whose
		Extraction two = extract("Alpha Chemicals Co., Ltd. and Beta Pharma Co., Ltd. announced an agreement with the "
				+ "government of Nantong for a new chemical manufacturing site.");
		ExtractedEntity other = only(two, "Project");
		assertThat(two.relations()).noneMatch((r) -> r.type().equals("DEVELOPS") && r.to().equals(other.ref()));
	}

	@Test
	void aProjectInAParkNamedAfterItsPlaceIsInThePark() {
		Extraction x = extract("Vestas Wind Systems A/S will set up a wind turbine blade factory in the Tianjin "
				+ "Economic-Technological Development Area.");
		ExtractedEntity factory = only(x, "Project");
		ExtractedEntity park = only(x, "Park");
		assertThat(factory.name()).isEqualTo("Vestas wind turbine blade factory in Tianjin Economic-Technological Development Area");
		assertThat(x.relations()).filteredOn((r) -> r.type().equals("LOCATED_IN") && r.from().equals(factory.ref()))
			.extracting(ExtractedRelation::to).containsExactly(park.ref());
	}

	@Test
	void aDescriptionBeforeTheNameMayMeanAProjectNamedWithItsPhase() {
		Extraction x = extract("Hexin Semiconductor Co., Ltd. and the Wuxi municipal government will form a joint venture "
				+ "to build a new chip manufacturing factory in Wuxi. Hexin Semiconductor Co., Ltd. said the venture will "
				+ "launch Hexin Wuxi's Second Phase Expansion Project.");
		ExtractedEntity project = only(x, "Project");
		assertThat(project.name()).isEqualTo("Hexin Wuxi Second Phase Expansion Project");
		assertThat(project.aliases()).anyMatch((a) -> a.contains("chip manufacturing factory"));
		// "a second factory" still is another one
		Extraction two = extract("Hexin Semiconductor Co., Ltd. runs a chip factory in Wuxi. It will build a second "
				+ "chip factory in Wuxi.");
		assertThat(projects(two)).hasSize(2);
	}

}
