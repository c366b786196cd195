package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
