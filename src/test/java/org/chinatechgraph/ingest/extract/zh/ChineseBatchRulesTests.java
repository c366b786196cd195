package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.entity;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.extract;
import static org.chinatechgraph.ingest.extract.zh.ChineseSentences.related;

/**
 * The sixth round of Chinese rules: how batches of projects and the items of their lists are written. On sentences
 * written for these tests; none is taken from the corpus.
 */
class ChineseBatchRulesTests {

	@Test
	void aFirmThatOpensOneListItemBuildsThatItemNotTheNext() {
		Extraction x = extract("明远智能科技总部和研发生产基地、星河科技研发运营基地项目等一批项目落户宜春。");
		ExtractedEntity firm = entity(x, "Company", "明远").orElseThrow();
		assertThat(related(x, "DEVELOPS", firm, entity(x, "Project", "明远智能科技总部").orElseThrow())).isTrue();
		assertThat(related(x, "DEVELOPS", firm, entity(x, "Project", "星河科技研发运营基地项目").orElseThrow())).isFalse();
	}

	@Test
	void aFirmBeforeTheProjectItBuildsStillBuildsIt() {
		Extraction x = extract("明远科技有限公司在宜春投资建设研发运营基地项目。");
		assertThat(related(x, "DEVELOPS", entity(x, "Company", "明远科技有限公司").orElseThrow(),
				entity(x, "Project", "研发运营基地项目").orElseThrow())).isTrue();
	}

}
