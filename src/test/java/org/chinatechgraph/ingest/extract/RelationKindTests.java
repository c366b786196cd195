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
		assertThat(PartnershipKinds.of("A and B set up a joint venture to build the plant.")).isEqualTo("joint venture");
		assertThat(PartnershipKinds.of("A and B opened a joint laboratory.")).isEqualTo("joint lab");
		assertThat(PartnershipKinds.of("A signed a strategic cooperation agreement with B.")).isEqualTo("strategic cooperation");
		assertThat(PartnershipKinds.of("A signed an investment agreement with B.")).isEqualTo("investment agreement");
		assertThat(PartnershipKinds.of("A signed a framework agreement with B.")).isEqualTo("framework agreement");
		assertThat(PartnershipKinds.of("A signed a MoU with B.")).isEqualTo("memorandum of understanding");
		assertThat(PartnershipKinds.of("The contract was signed by A and B.")).isEqualTo("signed agreement");
		assertThat(PartnershipKinds.of("A plans to cooperate with B.")).isEqualTo("planned cooperation");
		assertThat(PartnershipKinds.of("A met B.")).isNull();
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
