package org.chinatechgraph.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneQueryTests {

	@Test
	void escapesEveryOperator() {
		assertThat(LuceneQuery.of("a+b (c) \"d\" e:f")).doesNotContain("a+b").contains("a\\+b").contains("\\(c\\)")
			.contains("\\\"d\\\"").contains("e\\:f");
	}

	@Test
	void matchesWordsExactlyByPrefixAndWithOneTypo() {
		assertThat(LuceneQuery.of("Tianyou LED")).isEqualTo("(tianyou^3 OR tianyou* OR tianyou~1) (led^3 OR led*)");
	}

	@Test
	void matchesChineseAsAPhrase() {
		assertThat(LuceneQuery.of("南湖区")).isEqualTo("\"南湖区\"");
	}

	@Test
	void queriesTheCjkIndexOnlyForChineseText() {
		assertThat(LuceneQuery.cjk("南湖区")).isEqualTo("\"南湖区\"^3 OR (南湖区)");
		assertThat(LuceneQuery.cjk("华天(昆山)")).isEqualTo("\"华天\\(昆山\\)\"^3 OR (华天\\(昆山\\))");
		assertThat(LuceneQuery.cjk("Nanhu District")).isNull();
	}

}
