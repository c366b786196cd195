package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/** The third round of Chinese rules, on sentences written for these tests; none is taken from the corpus. */
class ChineseNameRulesTests {

	@Test
	void aDisplayProjectsNameRunsAcrossXianshiAndAcrossJiAfterAnAttribute() {
		Extraction x = extract("今天，华光（合肥）第6代车载及医疗显示项目开工。");
		ExtractedEntity project = entity(x, "Project", "华光（合肥）第6代车载及医疗显示项目").orElseThrow();
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "华光").orElseThrow(), project)).isTrue();
	}

}
