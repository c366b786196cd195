package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;

/** The fifth round of Chinese rules, on sentences written for these tests; none is taken from the corpus. */
class ChineseTextRulesTests {

	@Test
	void pinyinPrintedAfterTraditionalCharactersIsNotPartOfAName() {
		String text = "宜春經濟技術開發區管委會(huì)與明遠新能源汽車集團(tuán)有限公司簽訂合作協議。";
		Extraction x = extract(text);
		ExtractedEntity firm = entity(x, "Company", "明遠新能源汽車集團有限公司").orElseThrow();
		assertThat(entity(x, "Government", "宜春經濟技術開發區管委會")).isPresent();
		// the evidence is the article's own text, pinyin included
		assertThat(text.substring(firm.evidence().start(), firm.evidence().end())).isEqualTo("明遠新能源汽車集團(tuán)有限公司");
	}

}
