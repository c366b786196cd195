package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts a reader relies on in each seed article, extracted from its text alone. */
class SeedExtractionTests {

	static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	static Extraction extract(String file, LocalDate published) throws IOException {
		return EXTRACTOR.extract(ArticleText.of(Files.readString(SEEDS.resolve(file)), published));
	}

	static ExtractedEntity entity(Extraction x, String kind, String spelling) {
		return find(x, kind, spelling).orElseThrow(() -> new AssertionError("no " + kind + " spelled " + spelling + " in "
				+ x.entities().stream().filter((e) -> e.kind().equals(kind)).map(ExtractedEntity::name).toList()));
	}

	static Optional<ExtractedEntity> find(Extraction x, String kind, String spelling) {
		return x.entities().stream().filter((e) -> e.kind().equals(kind))
			.filter((e) -> e.name().equalsIgnoreCase(spelling) || e.aliases().stream().anyMatch(spelling::equalsIgnoreCase))
			.findFirst();
	}

	static boolean related(Extraction x, String type, ExtractedEntity from, ExtractedEntity to) {
		return x.relations().stream().anyMatch((r) -> r.type().equals(type) && (r.from().equals(from.ref()) && r.to().equals(to.ref())
				|| type.equals("PARTNERS_WITH") && r.from().equals(to.ref()) && r.to().equals(from.ref())));
	}

	@Test
	void article000TheJointLabOfSustechsSchoolAndAlpsenTek() throws IOException {
		Extraction x = extract("000_99aedfa31d4b3bbb.txt", LocalDate.of(2020, 4, 1));
		ExtractedEntity school = entity(x, "Institute", "School of Microelectronics");
		ExtractedEntity sustech = entity(x, "University", "Southern University of Science and Technology");
		ExtractedEntity alpsentek = entity(x, "Company", "AlpsenTek");
		ExtractedEntity lab = entity(x, "Project", "joint laboratory");
		assertThat(school.aliases()).contains("SME");
		assertThat(sustech.aliases()).contains("SUSTech");
		assertThat(related(x, "PART_OF", school, sustech)).isTrue();
		assertThat(related(x, "PARTNERS_WITH", school, alpsentek)).isTrue();
		assertThat(related(x, "DEVELOPS", alpsentek, lab)).isTrue();
		ExtractedEntity program = entity(x, "Program", "over 170 technology-related projects");
		assertThat(program.properties()).containsEntry("count", 170);
		assertThat(program.amount().value()).isEqualByComparingTo("140500000000");
		ExtractedEntity nudt = entity(x, "University", "National University of Defense Science and Technology");
		ExtractedEntity park = entity(x, "Park", "blockchain and semiconductor equipment industrial park");
		assertThat(related(x, "PARTNERS_WITH", park, nudt)).isTrue();
		ExtractedEntity tunghsu = entity(x, "Company", "Tunghsu group");
		ExtractedEntity initiative = entity(x, "Project", "Tunghsu group’s semiconductor initiative");
		assertThat(related(x, "DEVELOPS", tunghsu, initiative)).isTrue();
		assertThat(related(x, "LOCATED_IN", initiative, entity(x, "City", "Lishui"))).isTrue();
	}

	@Test
	void article001TheTianyouProjectInAnyuan() throws IOException {
		Extraction x = extract("001_766d5c9831e82279.txt", LocalDate.of(2020, 7, 1));
		ExtractedEntity tianyou = entity(x, "Company", "Dogguang Tianyou Semiconductor Ltd.");
		assertThat(tianyou.aliases()).contains("Tianyou");
		ExtractedEntity project = entity(x, "Project", "Tianyou’s LED and advanced packaging project");
		assertThat(project.amount().value()).isEqualByComparingTo("800000000");
		assertThat(project.amount().currency()).isEqualTo("CNY");
		assertThat(project.properties()).containsEntry("signedOn", "2020-07-05").containsEntry("phases", 3)
			.containsEntry("status", "signed");
		ExtractedEntity government = entity(x, "Government", "Anyuan District Government");
		ExtractedEntity district = entity(x, "District", "Anyuan District");
		assertThat(district.properties()).containsEntry("code", "360302");
		ExtractedEntity park = entity(x, "Park", "Anyuan Industrial Park");
		assertThat(related(x, "LOCATED_IN", project, park)).isTrue();
		assertThat(related(x, "LOCATED_IN", park, district)).isTrue();
		assertThat(related(x, "DEVELOPS", tianyou, project)).isTrue();
		assertThat(related(x, "PARTNERS_WITH", government, tianyou)).isTrue();
		ExtractedRelation invests = x.relations().stream()
			.filter((r) -> r.type().equals("INVESTS_IN") && r.from().equals(tianyou.ref()) && r.to().equals(project.ref()))
			.findFirst().orElseThrow();
		assertThat(invests.amount().value()).isEqualByComparingTo("800000000");
		assertThat(invests.evidence().sentence()).startsWith("On July 5, Anyuan District Government");

		ExtractedEntity jiaxing = entity(x, "Project", "IC Advanced Packaging and Testing Project");
		assertThat(jiaxing.amount().value()).isEqualByComparingTo("1000000000");
		assertThat(jiaxing.properties()).containsEntry("signedOn", "2020-07-03").containsEntry("phases", 2);
		ExtractedEntity city = entity(x, "Park", "Jiaxing Technology City");
		assertThat(city).isSameAs(entity(x, "Park", "Jiaxing Science and Technology City"));
		assertThat(related(x, "LOCATED_IN", jiaxing, city)).isTrue();
		assertThat(related(x, "LOCATED_IN", city, entity(x, "District", "Nanhu District"))).isTrue();
	}

	@Test
	void article002KunshansProgramFundAndTack() throws IOException {
		Extraction x = extract("002_42c2b9e72c6d9953.txt", LocalDate.of(2021, 11, 17));
		ExtractedEntity kunshan = entity(x, "District", "Kunshan");
		ExtractedEntity program = entity(x, "Program", "98 emerging industry projects");
		assertThat(program.amount().value()).isEqualByComparingTo("98060000000");
		assertThat(related(x, "LOCATED_IN", program, kunshan)).isTrue();
		ExtractedEntity tack = entity(x, "Company", "TACK");
		ExtractedEntity zone = entity(x, "Park", "Kunshan Economic and Technological Development Zone");
		assertThat(related(x, "LOCATED_IN", tack, zone)).isTrue();
		ExtractedEntity fund = entity(x, "Fund", "industrial development investment fund");
		assertThat(fund.amount().value()).isEqualByComparingTo("10000000000");
		assertThat(related(x, "LOCATED_IN", fund, kunshan)).isTrue();
		ExtractedEntity compressor = entity(x, "Project", "first new energy vehicle air conditioning compressor project");
		assertThat(related(x, "DEVELOPS", tack, compressor)).isTrue();
		assertThat(compressor.amount()).as("77 million USD is TACK's investment in the city, not the project's").isNull();
	}

	@Test
	void article003ProvincialPriorities() throws IOException {
		Extraction x = extract("003_5df365ae44afb922.txt", LocalDate.of(2025, 1, 1));
		ExtractedEntity clusters = entity(x, "Project", "two important intelligent calculation clusters");
		assertThat(related(x, "LOCATED_IN", clusters, entity(x, "Province", "Beijing"))).isTrue();
		ExtractedEntity lunar = entity(x, "Project", "research project on an international lunar research station");
		assertThat(related(x, "LOCATED_IN", lunar, entity(x, "Province", "Anhui"))).isTrue();
		assertThat(related(x, "IN_SECTOR", lunar, entity(x, "Sector", "Space exploration"))).isTrue();
		assertThat(x.entities()).filteredOn((e) -> e.kind().equals("Program")).isEmpty();
	}

	@Test
	void article004HunansFortyTwoProjects() throws IOException {
		Extraction x = extract("004_3f7e2dc42dc261ee.txt", LocalDate.of(2023, 3, 6));
		ExtractedEntity program = entity(x, "Program", "42 key projects of electronic information manufacturing");
		assertThat(program.properties()).containsEntry("count", 42);
		assertThat(program.amount().value()).isEqualByComparingTo("138500000000");
		ExtractedEntity department = entity(x, "Government", "Hunan Department of Industry and Information Technology");
		assertThat(related(x, "ANNOUNCED", department, program)).isTrue();
		assertThat(related(x, "LOCATED_IN", department, entity(x, "Province", "Hunan"))).isTrue();
		ExtractedEntity crrc = entity(x, "Company", "CRRC Zhuzhou Times Semiconductor Co., Ltd.");
		ExtractedEntity devices = entity(x, "Project", "medium and low voltage power devices project");
		assertThat(related(x, "DEVELOPS", crrc, devices)).isTrue();
		ExtractedEntity sanan = entity(x, "Project", "Hunan Sanan Semiconductor project second phase");
		assertThat(related(x, "PART_OF", sanan, program)).isTrue();
	}

	@Test
	void everyFactKeepsItsSentenceAndOffsets() throws IOException {
		String text = Files.readString(SEEDS.resolve("001_766d5c9831e82279.txt"));
		Extraction x = EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2020, 7, 1)));
		for (ExtractedEntity e : x.entities()) {
			for (Evidence m : e.mentions()) {
				assertThat(text.substring(m.start(), m.end())).isNotBlank();
				assertThat(m.sentence()).contains(text.substring(m.start(), m.end()));
			}
			assertThat(e.confidence()).isBetween(0.0, 1.0);
		}
		for (ExtractedRelation r : x.relations()) {
			assertThat(text.substring(r.evidence().start(), r.evidence().end())).isEqualTo(r.evidence().sentence());
		}
		List<String> refs = x.entities().stream().map(ExtractedEntity::ref).toList();
		assertThat(refs).doesNotHaveDuplicates();
	}

}
