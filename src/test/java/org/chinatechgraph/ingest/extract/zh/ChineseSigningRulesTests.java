package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;

/**
 * The tenth round of Chinese rules: who signs with whom, what a signing's batch and its items are, and which place a
 * bare name is. On sentences written for these tests; none is taken from the corpus.
 */
class ChineseSigningRulesTests {

	@Test
	void aProvincialDepartmentOrABureauIsAGovernment() {
		Extraction x = extract("福建省经信厅与宁德市生态环境局在福州签署合作协议，省国资委和省财政厅出席。");
		assertThat(entity(x, "Government", "福建省经信厅")).isPresent();
		assertThat(entity(x, "Government", "宁德市生态环境局")).isPresent();
	}

}
