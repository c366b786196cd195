package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text no article was written like still reads, and reads in time that grows with its length: names that overlap,
 * a page with no sentence end, Chinese with no mark. What comes out is bounded by the text, not by its square.
 */
class ExtractionRobustnessTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2024, 5, 1)));
	}

	private static Stream<Evidence> evidence(Extraction x) {
		return Stream.concat(x.entities().stream().flatMap((e) -> Stream.concat(Stream.of(e.evidence()), e.mentions().stream())),
				x.relations().stream().map(ExtractedRelation::evidence));
	}

	@Test
	void twoNamesReadOverTheSameWordsDoNotStopTheReading() {
		// "Group Delta Co." and "Delta Co. Delta" overlap: the gap between them used to be read backwards and failed
		Extraction x = extract("The Group Delta Co. Delta built a plant in Suzhou.");
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("Suzhou");
	}

	@Test
	void aPageWithNoSentenceEndIsReadInPiecesAndItsEvidenceIsNoLongerThanASentence() {
		String text = "Suzhou Industrial Park and Tsinghua University with BOE Technology Group Co., Ltd. ".repeat(300);
		Extraction x = extract(text);
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("Suzhou Industrial Park", "Tsinghua University");
		assertThat(evidence(x)).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.sentence().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
	}

	@Test
	void chineseWithNoMarkAtAllIsReadInPieces() {
		Extraction x = extract("苏州工业园区与清华大学签约建设集成电路产业园项目总投资五十亿元".repeat(150));
		assertThat(x.entities()).extracting(ExtractedEntity::name).contains("Tsinghua University");
		assertThat(evidence(x)).allSatisfy((e) -> assertThat(e.sentence().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
	}

}
