package org.chinatechgraph.filter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a name filter asks the full-text index, by kind of text. */
class NameQueryTests {

	@Test
	void eachRunOfLettersAndDigitsIsPartOfAWord() {
		assertThat(NameQuery.of("huali fab 2")).isEqualTo("*huali* AND *fab* AND *2*");
		// cut at every other character, even where the analyzer would keep a word whole ("u.s.a")
		assertThat(NameQuery.of("hlmc u.s.a. line")).isEqualTo("*hlmc* AND *u* AND *s* AND *a* AND *line*");
		assertThat(NameQuery.of("wi-fi")).isEqualTo("*wi* AND *fi*");
		// letters with accents and digits of other scripts stay in the run
		assertThat(NameQuery.of("société 5g")).isEqualTo("*société* AND *5g*");
	}

	@Test
	void chineseCharactersAndHiraganaAreWordsAndKatakanaPartsOfOne() {
		assertThat(NameQuery.of("中芯国际")).isEqualTo("中 AND 芯 AND 国 AND 际");
		assertThat(NameQuery.of("5g基站")).isEqualTo("*5g* AND 基 AND 站");
		assertThat(NameQuery.of("の")).isEqualTo("の");
		assertThat(NameQuery.of("ソニー")).isEqualTo("*ソ* AND *ニ* AND *ー*");
		assertThat(NameQuery.of("삼성전자")).isEqualTo("*삼성전자*");
	}

	@Test
	void textTheIndexCannotAnswerHasNoQuery() {
		assertThat(NameQuery.of("-")).isNull();
		assertThat(NameQuery.of(" & ")).isNull();
		// Greek and Cyrillic: the index folds final sigma and others otherwise than toLower
		assertThat(NameQuery.of("οδος")).isNull();
		assertThat(NameQuery.of("завод")).isNull();
		assertThat(NameQuery.of("ı")).isNull();
		assertThat(NameQuery.of("a".repeat(256))).isNull();
		assertThat(NameQuery.of("a".repeat(255))).isEqualTo("*" + "a".repeat(255) + "*");
	}

	@Test
	void aLongTextAsksForItsLongestPiecesOnce() {
		assertThat(NameQuery.of("fab fab fab")).isEqualTo("*fab*");
		assertThat(NameQuery.of("a bb ccc dddd e ffffff g hh iii jjjj k llll"))
			.isEqualTo("*bb* AND *ccc* AND *dddd* AND *ffffff* AND *hh* AND *iii* AND *jjjj* AND *llll*");
		String hostile = "x ".repeat(20_000) + "y z";
		assertThat(NameQuery.of(hostile)).isEqualTo("*x* AND *y* AND *z*");
		assertThat(NameQuery.of("a1 ".repeat(5_000) + String.join(" ", java.util.Collections.nCopies(100, "w")))
			.split(" AND ")).hasSize(2);
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 5_000; i++) {
			many.append("w").append(i).append(' ');
		}
		assertThat(NameQuery.of(many.toString()).split(" AND ")).hasSize(NameQuery.MOST_PIECES);
	}

	@Test
	void noLuceneOperatorReachesTheQuery() {
		String query = NameQuery.of("a+b (c) \"d\" e:f g* h? i~ j^2 k\\l [m to n] {o} p/q !r && s || t");
		assertThat(query.replace(" AND ", "").replace("*", "")).matches("[a-z0-9]+");
		// a word that is an operator is part of a wildcard term, not an operator
		assertThat(NameQuery.of("and or not")).isEqualTo("*and* AND *or* AND *not*");
	}

}
