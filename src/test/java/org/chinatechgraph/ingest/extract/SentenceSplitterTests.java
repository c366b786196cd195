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

}
