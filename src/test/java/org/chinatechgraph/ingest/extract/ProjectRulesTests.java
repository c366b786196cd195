package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the second round on English text: project heads, a project's place in its name, developers and
 * investors from the sentence, money to the right project, and the sectors' everyday words. Sentences composed for
 * the test.
 */
class ProjectRulesTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2023, 3, 1)));
	}

	private static List<String> projects(Extraction x) {
		return x.entities().stream().filter((e) -> e.kind().equals("Project")).map(ExtractedEntity::name).toList();
	}

	private static ExtractedEntity project(Extraction x, String name) {
		return x.entities().stream().filter((e) -> e.kind().equals("Project") && spelled(e, name)).findFirst()
			.orElseThrow(() -> new AssertionError("no project " + name + " in " + x.entities()));
	}

	private static boolean related(Extraction x, String type, String from, String to) {
		ExtractedEntity a = x.entities().stream().filter((e) -> spelled(e, from)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + from + " in " + x.entities()));
		ExtractedEntity b = x.entities().stream().filter((e) -> spelled(e, to)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + to + " in " + x.entities()));
		return x.relations().stream().anyMatch((r) -> r.type().equals(type) && r.from().equals(a.ref()) && r.to().equals(b.ref()));
	}

	/** Whether the entity goes by that name, or by it as an alias (a described project is named after its firm). */
	private static boolean spelled(ExtractedEntity e, String name) {
		return e.name().equals(name) || e.aliases().contains(name);
	}

	@Test
	void aSemiconductorDisplayLineIsInTheDisplaySectorOnly() {
		Extraction x = extract("Orion's Gen 8.5 new semiconductor display production line started construction in Hefei.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Sector")).extracting(ExtractedEntity::name)
			.containsExactly("Display");
		// a semiconductor line is a chip line
		Extraction chips = extract("Orion's new semiconductor production line started construction in Hefei.");
		assertThat(chips.entities()).filteredOn((e) -> e.kind().equals("Sector")).extracting(ExtractedEntity::name)
			.containsExactly("Semiconductors");
	}

	@Test
	void theNameAnAppositiveGivesIsTheProjectsOwn() {
		Extraction x = extract("Kestrel has broken ground in Dalian on its first 300mm wafer fabrication facility in Asia. "
				+ "The new factory, named Fab 9, will cost US$2.5 billion. Fab 9 will open in 2026.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(1).first()
			.satisfies((p) -> assertThat(p.name()).isEqualTo("Kestrel Fab 9"))
			.satisfies((p) -> assertThat(p.aliases()).contains("Fab 9"));
		// without such a word, the article's one fab and its one fabrication facility are one project too
		Extraction plain = extract("Kestrel has broken ground in Dalian on its wafer fabrication facility. "
				+ "Fab 9 will open in 2026.");
		assertThat(projects(plain)).containsExactly("Kestrel Fab 9");
		// but a second facility is another one
		Extraction two = extract("Kestrel has broken ground in Dalian on its second wafer fabrication facility. "
				+ "Fab 9 will open in 2026.");
		assertThat(projects(two)).hasSize(2);
	}

	@Test
	void aCountWrittenInWordsMakesABatch() {
		Extraction x = extract("The Optics Valley of Wuhan received investment for three projects worth 37 billion yuan.");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst()
			.orElseThrow(() -> new AssertionError("no batch in " + x.entities()));
		assertThat(batch.name()).isEqualTo("three projects worth 37 billion yuan");
		assertThat(batch.aliases()).contains("three projects");
		assertThat(batch.amount().value()).isEqualByComparingTo("37000000000");
		// a plural kind of project with no count is no batch
		Extraction uncounted = extract("The Optics Valley of Wuhan received investment for cooperative projects.");
		assertThat(uncounted.entities()).noneMatch((e) -> e.kind().equals("Program"));
	}

	@Test
	void aHeadWordAloneNamesNoProjectOfItsOwn() {
		Extraction x = extract("Orion Display Co., Ltd. signed an agreement on its 8.5-generation LCD production line. "
				+ "The company said a new plant would follow, and investment projects are expected. "
				+ "Kestrel Motors will build a plant in Hefei.");
		assertThat(projects(x)).contains("Orion Display 8.5-generation LCD production line", "Kestrel Motors plant in Hefei")
			.doesNotContain("investment projects");
		// the bare "plant" that stays is the one with its place: "plant in Hefei" names it, and its firm
		assertThat(project(x, "plant").aliases()).contains("plant in Hefei");
		assertThat(x.entities()).filteredOn((e) -> spelled(e, "plant")).hasSize(1);
	}

	@Test
	void aPluralKindOfProjectNamesNoProject() {
		Extraction x = extract("Foreign firms have opened R&D centers in the city, and cooperative projects are under way. "
				+ "Orion Display Co., Ltd. will build an OLED panel plant in Hefei. "
				+ "The province will also build two computing clusters.");
		// counted, several things are still one group of them
		assertThat(projects(x)).containsExactlyInAnyOrder("OLED panel plant", "two computing clusters");
	}

	@Test
	void aRankedProjectIsTheProjectTalkedAbout() {
		Extraction x = extract("Orion Display Co., Ltd. opened its OLED panel plant in Hefei on Monday. "
				+ "It is the largest display factory in the province and an important cooperation project of the city.");
		assertThat(projects(x)).containsExactly("OLED panel plant");
		// with none talked about yet, the phrase is all there is
		assertThat(projects(extract("China's first carbon fiber production line started up in Danyang.")))
			.containsExactly("China's first carbon fiber production line");
	}

	@Test
	void anIndustryClusterIsNoProject() {
		Extraction x = extract("The district plans an IC industry cluster and a chip innovation cluster, "
				+ "and Orion Display Co., Ltd. will build an industrial cluster of display firms and an OLED research center.");
		assertThat(projects(x)).containsExactly("OLED research center");
	}

	@Test
	void aNamedParkBeingBuiltOrSignedIsAProject() {
		Extraction x = extract("Construction of the Lanxi Smart Equipment Industrial Park began on Monday. "
				+ "Twelve projects were signed, including Qiaoshan Technology Park. "
				+ "Orion Display Co., Ltd. will open a plant in Lanxi Smart Equipment Industrial Park. "
				+ "The city also pushed the construction of Lanxi Free Trade Zone.");
		assertThat(projects(x)).contains("Lanxi Smart Equipment Industrial Park", "Qiaoshan Technology Park");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Park")).extracting(ExtractedEntity::name)
			.containsExactly("Lanxi Free Trade Zone");
	}

	@Test
	void aNameOfNoKnownKindThatBuildsAProjectIsAFirm() {
		Extraction x = extract("Taiwan’s Lumex has completed construction of a custom pharmaceutical ingredients plant in Changshu. "
				+ "Jointly, they started construction of a testing center.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Company")).extracting(ExtractedEntity::name)
			.containsExactly("Lumex");
		assertThat(related(x, "DEVELOPS", "Lumex", "custom pharmaceutical ingredients plant")).isTrue();
	}

	@Test
	void everyFirmOfTheListAfterInvestedByIsAnInvestor() {
		Extraction x = extract("The OLED panel project is jointly invested by Orion Display Co., Ltd., Kestrel Motors Co., Ltd. "
				+ "and Apex Materials Co., Ltd.");
		assertThat(related(x, "INVESTS_IN", "Orion Display Co., Ltd.", "OLED panel project")).isTrue();
		assertThat(related(x, "INVESTS_IN", "Kestrel Motors Co., Ltd.", "OLED panel project")).isTrue();
		assertThat(related(x, "INVESTS_IN", "Apex Materials Co., Ltd.", "OLED panel project")).isTrue();
	}

	@Test
	void productionLinesManufacturingFacilitiesAndProductionSitesAreProjects() {
		Extraction x = extract("Orion Display Co., Ltd. is building a 6-inch wafer production line in Wuxi. "
				+ "Kestrel Motors opened a components manufacturing facility in Hefei. "
				+ "Tarn Chemicals will set up a chemical production site near the harbor, next to the construction site.");
		assertThat(projects(x)).contains("Orion Display 6-inch wafer production line in Wuxi",
				"Kestrel Motors components manufacturing facility in Hefei", "Tarn Chemicals chemical production site");
		assertThat(projects(x)).doesNotContain("construction site");
	}

	@Test
	void pluralLinesAndBareFacilitiesAreNotProjects() {
		Extraction x = extract("The region already runs three production lines and several storage facilities. "
				+ "Orion Display Co., Ltd. will upgrade the facility next year.");
		assertThat(projects(x)).isEmpty();
	}

	@Test
	void aPluralPossessorWithALoneApostropheBelongsToTheProjectName() {
		Extraction x = extract("Sunrise Microelectronics’ 8-inch SiC power device production line is advancing steadily.");
		assertThat(projects(x)).containsExactly("Sunrise Microelectronics’ 8-inch SiC power device production line");
		assertThat(related(x, "DEVELOPS", "Sunrise Microelectronics", "Sunrise Microelectronics’ 8-inch SiC power device production line"))
			.isTrue();
	}

	@Test
	void theNewPlantIsThePlantNamedBefore() {
		Extraction x = extract("Apex Components Co., Ltd. broke ground on a battery cell plant in Changzhou. "
				+ "The new plant will make 10,000 cells a day.");
		assertThat(projects(x)).containsExactly("Apex Components battery cell plant in Changzhou");
	}

	@Test
	void thePlaceRightAfterAProjectAlsoNamesIt() {
		Extraction x = extract("Apex Components Co., Ltd. will build a chip packaging plant in Xi'an.");
		assertThat(project(x, "chip packaging plant").aliases()).contains("chip packaging plant in Xi'an");
	}

	@Test
	void theSubjectOfBreakingGroundOrOpeningDevelopsTheProject() {
		Extraction x = extract("Apex Components Co., Ltd. broke ground in Changzhou on its new battery cell plant. "
				+ "Kestrel Motors opened a components manufacturing facility in Hefei.");
		assertThat(related(x, "DEVELOPS", "Apex Components Co., Ltd.", "new battery cell plant")).isTrue();
		assertThat(related(x, "DEVELOPS", "Kestrel Motors", "components manufacturing facility")).isTrue();
	}

	@Test
	void anInvestmentByAFirmMakesItAnInvestor() {
		Extraction x = extract("The graphene film project, funded with a 2 billion yuan investment by Lumen Materials Co., Ltd., "
				+ "started construction in Changsha.");
		assertThat(related(x, "INVESTS_IN", "Lumen Materials Co., Ltd.", "graphene film project")).isTrue();
		assertThat(related(x, "DEVELOPS", "Lumen Materials Co., Ltd.", "graphene film project")).isTrue();
	}

	@Test
	void moneyOneInvestorCommitsIsAlsoTheProjectsInvestment() {
		Extraction x = extract("Lumen Materials Co., Ltd. plans to invest 1.2 billion yuan in building a sputtering target production base.");
		assertThat(project(x, "sputtering target production base").amount().value()).isEqualByComparingTo("1200000000");
	}

	@Test
	void aSentenceThatOnlyStatesATotalInvestmentIsAboutTheProjectBefore() {
		Extraction x = extract("Orion Display Co., Ltd. signed a deal for an OLED module plant in Mianyang.\n"
				+ "The total investment is estimated at 3 billion yuan.");
		assertThat(project(x, "OLED module plant").amount().value()).isEqualByComparingTo("3000000000");
	}

	@Test
	void sectorsAreReadFromTheWordsNewsUses() {
		Extraction x = extract("Kestrel Motors will make electric cars and LCD panels, and Lumen Materials Co., Ltd. carbon fiber.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Sector")).extracting(ExtractedEntity::name)
			.contains("New energy vehicles", "Display", "New materials");
	}

	@Test
	void aFirmPushingAheadWithConstructionOfAPlantDevelopsIt() {
		Extraction x = extract("Orion Display Co., Ltd. pushes ahead with construction of its OLED panel plant in Hefei.");
		assertThat(related(x, "DEVELOPS", "Orion Display Co., Ltd.", "OLED panel plant")).isTrue();
	}

	@Test
	void aPhaseOfAProjectIsAProjectOfItsOwn() {
		Extraction x = extract("Orion Display Co., Ltd. started construction of the second phase of the OLED panel plant. "
				+ "The OLED panel plant, opened in 2020, has a total investment of 3 billion yuan.");
		assertThat(projects(x)).containsExactlyInAnyOrder("second phase of the OLED panel plant", "OLED panel plant");
		assertThat(related(x, "DEVELOPS", "Orion Display Co., Ltd.", "second phase of the OLED panel plant")).isTrue();
		assertThat(project(x, "OLED panel plant").amount().value()).isEqualByComparingTo("3000000000");
		assertThat(project(x, "second phase of the OLED panel plant").amount()).isNull();
	}

	@Test
	void aNumberAfterACapitalisedHeadNamesTheUnit() {
		Extraction x = extract("Orion Display Co., Ltd. broke ground on its OLED panel plant in Hefei. "
				+ "The new factory, named Fab 12, is part of a $3 billion project. Fab 14 will follow.");
		assertThat(projects(x)).contains("Fab 14").doesNotContain("named Fab", "Fab");
		// the name given is the project's name, with its firm's: the description stays an alias
		assertThat(project(x, "Orion Display Fab 12").aliases()).contains("Fab 12", "OLED panel plant");
	}

	@Test
	void aPlaceInsideAProjectsNameIsWhereItIs() {
		Extraction x = extract("Orion Display Co., Ltd. pushes ahead with its new Tianjin plant despite the lockdowns.");
		assertThat(related(x, "LOCATED_IN", "new Tianjin plant", "Tianjin")).isTrue();
		// a place inside the owner firm's name is not
		Extraction y = extract("Changzhou Qianhong Bio-pharma Co., Ltd. opened its new biologics plant.");
		assertThat(y.relations()).noneMatch((r) -> r.type().equals("LOCATED_IN"));
	}

	@Test
	void aCountSpelledOutInCompoundWordsMakesABatch() {
		Extraction x = extract("Forty-eight major projects were signed in Changsha. In Xiangtan, twenty five projects broke ground.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program"))
			.extracting((e) -> e.properties().get("count")).containsExactlyInAnyOrder(48, 25);
		assertThat(projects(x)).isEmpty();
	}

	@Test
	void aSumInParenthesesIsNoPartOfTheProjectsName() {
		Extraction x = extract("Renault and Dongfeng Motor set up a joint venture. The 7.76-billion-yuan (1.18 billion U.S. dollars) "
				+ "factory in Wuhan, capital of central China's Hubei Province, was approved in December.");
		ExtractedEntity factory = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(factory.name()).doesNotContain("(").doesNotContain("dollars").contains("factory");
		assertThat(factory.amount().value()).isEqualByComparingTo("7760000000");
	}

	@Test
	void aPossessiveAfterALegalFormJoinsTheProjectToTheFirm() {
		Extraction x = extract("Tekni-Plex, Inc.'s new manufacturing facility in Suzhou has begun production.");
		ExtractedEntity facility = project(x, "Tekni-Plex, Inc.'s new manufacturing facility");
		assertThat(x.relations()).anySatisfy((r) -> {
			assertThat(r.type()).isEqualTo("DEVELOPS");
			assertThat(r.to()).isEqualTo(facility.ref());
		});
		assertThat(projects(x)).noneMatch((n) -> n.startsWith("'"));
	}

	@Test
	void newEnergyIsATermNotANewThing() {
		Extraction x = extract("The Kestrel Development Zone signed a 2 billion yuan new energy vehicle project with Geely on Monday.");
		assertThat(projects(x)).containsExactly("Geely new energy vehicle project");
		// a new plant is still a plant
		Extraction plant = extract("Geely will build a new vehicle plant in Jinhua at a cost of 2 billion yuan.");
		assertThat(projects(plant)).noneMatch((n) -> n.contains(" new "));
	}

	@Test
	void aProjectSigningCeremonyIsAnEventNotAProject() {
		Extraction x = extract("Merchants gathered in Suzhou for the 2018 Kestrel District Investment Promotion and Industrial "
				+ "Project Signing Ceremony. On April 6, the province's fourth project signing ceremony was held in Hefei. "
				+ "After it, the commencement ceremony for the fourth project construction was held. The fifth project "
				+ "signing, construction and operation ceremony was held in May.");
		assertThat(projects(x)).isEmpty();
		// a project's construction is still its own
		assertThat(projects(extract("The Kestrel chip plant project construction began in Hefei in March."))).isNotEmpty();
	}

	@Test
	void nothingIsRelatedToItselfUnderTwoKinds() {
		Extraction x = extract("Orion launched the Engineering Technology Center with Kestrel University in Suzhou. Orion will invest "
				+ "20 million yuan in the Engineering Technology Center.");
		assertThat(x.relations()).noneMatch((r) -> {
			String from = x.entities().stream().filter((e) -> e.ref().equals(r.from())).findFirst().orElseThrow().name();
			String to = x.entities().stream().filter((e) -> e.ref().equals(r.to())).findFirst().orElseThrow().name();
			return from.equalsIgnoreCase(to);
		});
	}

	@Test
	void aNameGivenBeforeTheThingIsItsOwnToo() {
		Extraction x = extract("Kestrel has started building a $2.5-billion chip factory in Dalian. "
				+ "Called Fab 68, the new factory will start operation in 2010.");
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Project")).hasSize(1).first()
			.satisfies((p) -> assertThat(p.aliases()).contains("Fab 68"));
	}

	@Test
	void bothEndsOfAUnitsAppositiveAreFirms() {
		Extraction x = extract("Kestrel Flow Control, a unit of Orion International, today opened a new valve plant in Chengdu.");
		assertThat(related(x, "SUBSIDIARY_OF", "Kestrel Flow Control", "Orion International")).isTrue();
		assertThat(related(x, "DEVELOPS", "Kestrel Flow Control", "new valve plant")).isTrue();
		assertThat(related(x, "DEVELOPS", "Orion International", "new valve plant")).isFalse();
	}

	@Test
	void aProjectsWordsEndAtItsVerbAndAnyPlantInAGeneralStatementIsNone() {
		assertThat(projects(extract("The Orion plant for small LCDs requires less investment and faces less risk.")))
			.containsExactly("Orion plant for small LCDs");
		Extraction quoted = extract("\"Building a plant for small LCDs requires less investment,\" said Chen Lin, an analyst "
				+ "at Beijing-based Kestrel Consulting Co Ltd.");
		assertThat(projects(quoted)).isEmpty();
	}

	@Test
	void aProductionHubIsAProjectATechnologyHubIsNot() {
		Extraction x = extract("Kestrel plans to invest $300 million to set up a production hub for power products in Xiamen.");
		ExtractedEntity hub = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(hub.name()).contains("production hub");
		assertThat(hub.amount().value()).isEqualByComparingTo("300000000");
		assertThat(projects(extract("Zhongguancun is a technology hub in Beijing."))).isEmpty();
	}

	@Test
	void aRoundupsProjectsEachKeepTheirFirmAndSum() {
		Extraction x = extract("Six projects with a total investment of 13.85 billion yuan were signed, including a 5 billion yuan "
				+ "battery plant by Orion Technology Co., Ltd. and a 3 billion yuan chip packaging line by Lumex Electronics Co., Ltd.");
		ExtractedEntity plant = x.entities().stream().filter((e) -> e.kind().equals("Project") && e.name().contains("battery"))
			.findFirst().orElseThrow();
		assertThat(plant.amount().value()).isEqualByComparingTo("5000000000");
		assertThat(related(x, "DEVELOPS", "Orion Technology Co., Ltd.", plant.name())).isTrue();
		assertThat(related(x, "DEVELOPS", "Lumex Electronics Co., Ltd.", plant.name())).isFalse();
	}

	@Test
	void whatTheSentenceSaysWillCostASumGetsIt() {
		Extraction x = extract("A total of 12 projects worth 20 billion yuan broke ground in Hefei on Monday. Among them, the "
				+ "Orion battery plant will cost 5 billion yuan, and the Lumex chip line 3 billion yuan.");
		ExtractedEntity batch = x.entities().stream().filter((e) -> e.kind().equals("Program")).findFirst().orElseThrow();
		assertThat(batch.name()).doesNotContain("broke").doesNotContain("Monday");
		assertThat(project(x, "Orion battery plant").amount().value()).isEqualByComparingTo("5000000000");
		assertThat(project(x, "Lumex chip line").amount().value()).isEqualByComparingTo("3000000000");
	}

	@Test
	void aSumBetweenAnOwnerAndItsPlantKeepsThemTogether() {
		Extraction x = extract("The 12 projects include Orion's 5-billion-yuan battery plant and Lumex Electronics Co., Ltd.'s "
				+ "3-billion-yuan packaging line.");
		ExtractedEntity plant = x.entities().stream().filter((e) -> e.kind().equals("Project") && e.name().contains("battery"))
			.findFirst().orElseThrow();
		assertThat(related(x, "DEVELOPS", "Orion", plant.name())).isTrue();
		ExtractedEntity line = x.entities().stream().filter((e) -> e.kind().equals("Project") && e.name().contains("packaging"))
			.findFirst().orElseThrow();
		assertThat(related(x, "DEVELOPS", "Lumex Electronics Co., Ltd.", line.name())).isTrue();
	}

	@Test
	void aFirmThatInvestsInANewPlantOfItsOwnBuildsIt() {
		Extraction x = extract("Lumex Electronics Co., Ltd. announced that it will invest 1.2 billion yuan in a new packaging plant "
				+ "in Wuxi, its second in the city.");
		ExtractedEntity plant = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(related(x, "INVESTS_IN", "Lumex Electronics Co., Ltd.", plant.name())).isTrue();
		assertThat(related(x, "DEVELOPS", "Lumex Electronics Co., Ltd.", plant.name())).isTrue();
		// a fund that puts money into a firm's plant does not build it
		Extraction fund = extract("The Kestrel Industry Fund will invest 1 billion yuan in the Orion battery plant in Hefei.");
		assertThat(fund.relations()).noneMatch((r) -> r.type().equals("DEVELOPS"));
	}

	@Test
	void itOpeningTheSentenceAfterAFirmsIsTheFirm() {
		Extraction x = extract("Orion Technology Co., Ltd. plans to build a 3 billion yuan plant in Hefei. It will also set up an "
				+ "R&D center in Shanghai.");
		ExtractedEntity center = x.entities().stream().filter((e) -> e.kind().equals("Project") && e.name().contains("R&D"))
			.findFirst().orElseThrow();
		assertThat(related(x, "DEVELOPS", "Orion Technology Co., Ltd.", center.name())).isTrue();
		// "It" about the plant, after a sentence that opened on something else, is no firm
		Extraction plant = extract("The plan covers a 3 billion yuan plant in Hefei by Orion Technology Co., Ltd. It will also "
				+ "have an R&D center.");
		assertThat(plant.relations()).noneMatch((r) -> r.type().equals("DEVELOPS") && plant.entities().stream()
			.anyMatch((e) -> e.ref().equals(r.to()) && e.name().contains("R&D")));
	}

	@Test
	void whatHappenedBeforeWhatWillIsTheStatusAndWhatWillIsTheCompletionYear() {
		Extraction x = extract("Orion Technology Co., Ltd.'s battery plant in Hefei broke ground in March 2022 and is expected to "
				+ "start production in 2025.");
		ExtractedEntity plant = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow();
		assertThat(plant.properties()).containsEntry("status", "under construction").containsEntry("startYear", 2022)
			.containsEntry("completionYear", 2025);
		Extraction later = extract("The Orion battery plant in Hefei will be opened in 2025.");
		assertThat(later.entities()).filteredOn((e) -> e.kind().equals("Project")).allSatisfy((e) -> assertThat(e.properties())
			.doesNotContainEntry("status", "operating"));
	}

}
