package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A partnership carries the kind of tie the sentence names. */
class RelationKindTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2022, 5, 10)));
	}

	private static ExtractedRelation partnership(Extraction x) {
		return x.relations().stream().filter((r) -> r.type().equals("PARTNERS_WITH")).findFirst()
			.orElseThrow(() -> new AssertionError("no partnership in " + x.relations()));
	}

	@Test
	void kindsFromTheWordsOfTheSentence() {
		assertThat(RelationRules.partnershipKind("A and B set up a joint venture to build the plant.")).isEqualTo("joint venture");
		assertThat(RelationRules.partnershipKind("A and B opened a joint laboratory.")).isEqualTo("joint lab");
		assertThat(RelationRules.partnershipKind("A signed a strategic cooperation agreement with B.")).isEqualTo("strategic cooperation");
		assertThat(RelationRules.partnershipKind("A signed an investment agreement with B.")).isEqualTo("investment agreement");
		assertThat(RelationRules.partnershipKind("A signed a framework agreement with B.")).isEqualTo("framework agreement");
		assertThat(RelationRules.partnershipKind("A signed a MoU with B.")).isEqualTo("memorandum of understanding");
		assertThat(RelationRules.partnershipKind("The contract was signed by A and B.")).isEqualTo("signed agreement");
		assertThat(RelationRules.partnershipKind("A plans to cooperate with B.")).isEqualTo("planned cooperation");
		assertThat(RelationRules.partnershipKind("A met B.")).isNull();
	}

	@Test
	void aSignedStrategicCooperationIsOfThatKind() {
		Extraction x = extract("Alpha Semiconductor Co., Ltd. signed a strategic cooperation agreement with Beta Materials "
				+ "Co., Ltd. on Tuesday.");
		assertThat(partnership(x).kind()).isEqualTo("strategic cooperation");
	}

	@Test
	void aJointVentureIsOfThatKind() {
		Extraction x = extract("Alpha Semiconductor Co., Ltd. and Beta Materials Co., Ltd. will form a joint venture in "
				+ "Hefei to make silicon wafers.");
		assertThat(partnership(x).kind()).isEqualTo("joint venture");
	}

	@Test
	void otherRelationshipsHaveNoKind() {
		Extraction x = extract("Alpha Semiconductor Co., Ltd. will build a wafer fab in Hefei.");
		assertThat(x.relations()).isNotEmpty().allSatisfy((r) -> assertThat(r.kind()).isNull());
	}

}
