package org.chinatechgraph.ingest.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.resolve.Resolution.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a mention is scored against the candidates the index returns, and what is decided. */
class EntityResolverTests {

	private static Map<String, Object> node(String id, String label, String name, String... aliases) {
		return Map.of("id", id, "name", name, "aliases", List.of(aliases), "labels",
				List.of("Entity", label.equals("Company") || label.equals("University") ? "Organization" : "Place",
						label));
	}

	private static Mention mention(String kind, String name, String... aliases) {
		return new Mention("e1", kind, name, List.of(aliases), null, null);
	}

	private static Resolution decide(Mention mention, List<Map<String, Object>> nodes) {
		return EntityResolver.decide(mention, nodes, Set.of("province:jiangsu", "city:wuxi"));
	}

	private static Map<String, Object> project(String id, String name, String... places) {
		return Map.of("id", id, "name", name, "aliases", List.of(), "labels", List.of("Entity", "Project"), "places",
				List.of(places));
	}

	@Test
	void aProjectOfTheSameNameIsTheSameOnlyInAPlaceTheArticleNames() {
		var here = decide(mention("Project", "Silicon carbide power device project"),
				List.of(project("project:sic-wuxi", "silicon carbide power device project", "district:xishan-wuxi",
						"city:wuxi", "province:jiangsu")));
		assertThat(here.decision()).isEqualTo(Decision.MATCH);
		var elsewhere = decide(mention("Project", "Silicon carbide power device project"),
				List.of(project("project:sic-hefei", "silicon carbide power device project", "city:hefei",
						"province:anhui")));
		assertThat(elsewhere.decision()).isEqualTo(Decision.REVIEW);
		assertThat(elsewhere.candidates().get(0).reason()).contains("in none of the places");
	}

	@Test
	void legalSuffixesCaseAndParenthesisedPlacesDoNotMakeANameDifferent() {
		assertThat(NameKeys.of("TD Automotive Compressor (Kunshan) Co., Ltd.")).contains("td automotive compressor");
		assertThat(NameKeys.of("Huatian Technology (Kunshan) Electronics Co., Ltd."))
			.contains("huatian technology electronics", "huatian technology kunshan electronics");
		assertThat(NameKeys.of("The Tunghsu Group")).containsExactly("tunghsu");
	}

	@Test
	void theSameNameWithALegalSuffixIsAMatch() {
		var resolution = decide(mention("Company", "Dongguan Tianyou Semiconductor Co., Ltd."),
				List.of(node("company:dongguan-tianyou-semiconductor", "Company", "Dongguan Tianyou Semiconductor")));
		assertThat(resolution.decision()).isEqualTo(Decision.MATCH);
		assertThat(resolution.id()).isEqualTo("company:dongguan-tianyou-semiconductor");
		assertThat(resolution.matchedBy()).isEqualTo("name");
	}

	@Test
	void aTypoOfALongNameIsAMatchBySpelling() {
		var resolution = decide(mention("Company", "Dogguang Tianyou Semiconductor"),
				List.of(node("company:dongguan-tianyou-semiconductor", "Company", "Dongguan Tianyou Semiconductor")));
		assertThat(resolution.decision()).isEqualTo(Decision.MATCH);
		assertThat(resolution.matchedBy()).isEqualTo("spelling");
	}

	@Test
	void anAcronymMatchesTheAliasItIsKnownBy() {
		var resolution = decide(mention("University", "NUDT"),
				List.of(node("university:nudt", "University", "National University of Defense Technology", "NUDT")));
		assertThat(resolution.decision()).isEqualTo(Decision.MATCH);
		assertThat(resolution.matchedBy()).isEqualTo("acronym");
	}

	@Test
	void anAcronymThatOnlyFitsTheInitialsIsForReview() {
		var resolution = decide(mention("University", "NUDT"),
				List.of(node("university:nudt", "University", "National University of Defense Technology")));
		assertThat(resolution.decision()).isEqualTo(Decision.REVIEW);
		assertThat(resolution.candidates()).extracting(Resolution.Candidate::id).containsExactly("university:nudt");
	}

	@Test
	void twoEquallyGoodCandidatesAreNeverChosenBetweenSilently() {
		var resolution = decide(mention("Company", "Sanan Semiconductor"),
				List.of(node("company:hunan-sanan", "Company", "Sanan Semiconductor", "Hunan Sanan"),
						node("company:xiamen-sanan", "Company", "Sanan Semiconductor", "Xiamen Sanan")));
		assertThat(resolution.decision()).isEqualTo(Decision.REVIEW);
		assertThat(resolution.candidates()).hasSize(2);
	}

	@Test
	void somethingOfAnotherKindOrAnotherNameIsNew() {
		assertThat(decide(mention("Company", "Jiangxi Semiconductor"),
				List.of(node("province:jiangxi", "Province", "Jiangxi"))).decision()).isEqualTo(Decision.NEW);
		assertThat(decide(mention("Company", "Chengdu Haiguang Integrated Circuit Design"),
				List.of(node("company:dongguan-tianyou-semiconductor", "Company", "Dongguan Tianyou Semiconductor")))
			.decision()).isEqualTo(Decision.NEW);
	}

	@Test
	void aFirmTheTextCallsAnInstituteStillMatchesItsNode() {
		var resolution = decide(mention("Institute", "Peking University"),
				List.of(node("university:peking-university", "University", "Peking University")));
		assertThat(resolution.decision()).isEqualTo(Decision.MATCH);
		assertThat(resolution.score()).isEqualTo(0.9);
	}

}
