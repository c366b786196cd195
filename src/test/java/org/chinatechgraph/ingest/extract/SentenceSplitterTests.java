package org.chinatechgraph.ingest.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private static List<String> split(String text) {
		return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
	}

	@Test
	void doesNotSplitAtAbbreviationsOrDecimals() {
		assertThat(split("Huatian Technology (Kunshan) Electronics Co., Ltd., located in Kunshan. It grew."))
			.containsExactly("Huatian Technology (Kunshan) Electronics Co., Ltd., located in Kunshan.", "It grew.");
		assertThat(split("Worth 98.06 billion yuan. Signed on Nov. 17, 2021 in No. 3 Road."))
			.containsExactly("Worth 98.06 billion yuan.", "Signed on Nov. 17, 2021 in No. 3 Road.");
	}

	@Test
	void splitsAfterAnAbbreviationThatEndsTheSentence() {
		assertThat(split("It was founded by a team of U.C. Berkeley in the U.S. It provides solutions."))
			.containsExactly("It was founded by a team of U.C. Berkeley in the U.S.", "It provides solutions.");
	}

	@Test
	void splitsAtLineBreaksAndChinesePunctuation() {
		assertThat(split("Headline here\n\nFirst sentence. Second one!")).containsExactly("Headline here", "First sentence.",
				"Second one!");
		assertThat(split("项目总投资10亿元。项目分两期建设。")).containsExactly("项目总投资10亿元。", "项目分两期建设。");
	}

	@Test
	void keepsOffsetsIntoTheText() {
		String text = "One.  Two is here.";
		Sentence second = SentenceSplitter.split(text).get(1);
		assertThat(text.substring(second.start(), second.end())).isEqualTo("Two is here.");
	}

	@Test
	void readsTextThatNeverEndsASentenceInPiecesCutAtClauseMarks() {
		String clause = "Suzhou Industrial Park signed with Tsinghua University, ";
		String text = clause.repeat(200);
		List<Sentence> pieces = SentenceSplitter.split(text);
		assertThat(pieces).hasSizeGreaterThan(5).allSatisfy((s) -> {
			assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH);
			assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
		});
		// every piece but the last ends at a comma, and nothing of the text is lost
		assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy((s) -> assertThat(s.text()).endsWith(","));
		assertThat(pieces.stream().mapToInt((s) -> s.text().length()).sum())
			.isEqualTo(text.strip().length() - (pieces.size() - 1));
		// Chinese with no mark at all is cut at the limit
		assertThat(SentenceSplitter.split("苏州工业园区签约建设集成电路产业园项目".repeat(300)))
			.allSatisfy((s) -> assertThat(s.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_LENGTH));
		// a sentence as long as news writes them is read whole
		String longSentence = "The park, " + "with its partners in Wuxi, Changzhou and Nantong, ".repeat(18) + "grew.";
		assertThat(split(longSentence)).containsExactly(longSentence);
	}

}
