package org.chinatechgraph.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTests {

	@Test
	void readsNumbersSpelledOut() {
		assertThat(NumberWords.value("three")).isEqualTo(3);
		assertThat(NumberWords.value("Twelve")).isEqualTo(12);
		assertThat(NumberWords.value("Forty-eight")).isEqualTo(48);
		assertThat(NumberWords.value("twenty five")).isEqualTo(25);
		assertThat(NumberWords.value("ninety")).isEqualTo(90);
	}

	@Test
	void isNothingForOtherWords() {
		assertThat(NumberWords.value("plant")).isNull();
		assertThat(NumberWords.value("twenty-ten")).isNull();
		assertThat(NumberWords.value("zero")).isNull();
		assertThat("forty-eight".matches(NumberWords.PATTERN)).isTrue();
		assertThat("fortyish".matches(NumberWords.PATTERN)).isFalse();
	}

}
