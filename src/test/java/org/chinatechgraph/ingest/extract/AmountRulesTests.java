package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fourth round's rules on English text: which thing a stated amount belongs to, and what an investor puts in.
 * Sentences composed for the test.
 */
class AmountRulesTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2023, 3, 1)));
	}

	private static ExtractedEntity named(Extraction x, String name) {
		return x.entities().stream().filter((e) -> spelled(e, name)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + x.entities()));
	}

	private static ExtractedRelation relation(Extraction x, String type, String from, String to) {
		String a = named(x, from).ref();
		String b = named(x, to).ref();
		return x.relations().stream().filter((r) -> r.type().equals(type) && r.from().equals(a) && r.to().equals(b))
			.findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + from + " -> " + to + " in " + x.relations()));
	}

	private static BigDecimal value(StatedAmount amount) {
		return amount == null ? null : amount.value();
	}

	/** Whether the entity goes by that name, or by it as an alias (a described project is named after its firm). */
	private static boolean spelled(ExtractedEntity e, String name) {
		return e.name().equals(name) || e.aliases().contains(name);
	}

	@Test
	void theOneInvestorOfAProjectPutsInItsStatedCost() {
		Extraction x = extract("The battery cell project, funded with a 2 billion yuan investment by Orion Display Co., Ltd., "
				+ "started construction in Hefei on Monday.");
		assertThat(value(named(x, "battery cell project").amount())).isEqualByComparingTo("2000000000");
		assertThat(value(relation(x, "INVESTS_IN", "Orion Display Co., Ltd.", "battery cell project").amount()))
			.isEqualByComparingTo("2000000000");
	}

	@Test
	void aMeasureOfSalesOrOutputIsNoCost() {
		Extraction x = extract("Orion Display Co., Ltd. will build an OLED panel plant in Hefei. "
				+ "The OLED panel plant is expected to achieve an annual sales volume of more than 10 billion yuan.");
		assertThat(named(x, "OLED panel plant").amount()).isNull();
		// what it costs is still its amount
		Extraction y = extract("Orion Display Co., Ltd. will build an OLED panel plant in Hefei. "
				+ "Its output value will reach 5 billion yuan, and the OLED panel plant has a total investment of 3 billion yuan.");
		assertThat(value(named(y, "OLED panel plant").amount())).isEqualByComparingTo("3000000000");
	}

	@Test
	void whatIsPaidToAcquireSomethingIsNoCostOfTheProjectBesideIt() {
		Extraction x = extract("The new venture will outlay $25.1 million to acquire land owned by Hua Hong Wuxi, near Hua Hong's "
				+ "first 12-inch fab built in the city in 2017.");
		assertThat(named(x, "Hua Hong's first 12-inch fab").amount()).isNull();
	}

	@Test
	void aTotalAfterAnExampleIsTheBatchs() {
		Extraction x = extract("In Hefei, 24 projects were signed on Monday, including an OLED panel plant, "
				+ "with a total investment of 8 billion yuan.");
		assertThat(value(named(x, "24 projects").amount())).isEqualByComparingTo("8000000000");
		assertThat(named(x, "OLED panel plant").amount()).isNull();
	}

	@Test
	void aCostFirstGivenInDollarsIsTheYuanFigureALaterSentenceConvertsFrom() {
		Extraction x = extract("The new polysilicon factory will be built with an investment of $2.1 billion. "
				+ "Orion Display Co., Ltd. said the total investment is RMB 14 billion, around $2.1 billion.");
		StatedAmount cost = x.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow()
			.amount();
		assertThat(cost.currency()).isEqualTo("CNY");
		assertThat(value(cost)).isEqualByComparingTo("14000000000");
		// with no conversion given, the dollars stay
		Extraction y = extract("The new polysilicon factory will be built with an investment of $2.1 billion.");
		assertThat(y.entities().stream().filter((e) -> e.kind().equals("Project")).findFirst().orElseThrow().amount()
			.currency()).isEqualTo("USD");
	}

	@Test
	void aFirmBuildingAPlantAtAStatedCostInvestsThatCost() {
		Extraction x = extract("Orion Display Co., Ltd. has completed construction of a $113 million OLED panel plant in Hefei.");
		assertThat(value(relation(x, "INVESTS_IN", "Orion Display Co., Ltd.", "OLED panel plant").amount()))
			.isEqualByComparingTo("113000000");
		// money elsewhere in the sentence is not what the plant costs
		Extraction y = extract("Orion Display Co., Ltd., with sales of $113 million, has completed construction of an OLED "
				+ "panel plant in Hefei.");
		assertThat(y.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
	}

	@Test
	void theOneDeveloperOfAProjectCostedAsAnInvestmentInvestsIt() {
		Extraction x = extract("Orion Display Co., Ltd. will build an OLED panel plant in Hefei. "
				+ "The OLED panel plant, with an investment of US$30 million, will open in 2024.");
		assertThat(value(relation(x, "INVESTS_IN", "Orion Display Co., Ltd.", "OLED panel plant").amount()))
			.isEqualByComparingTo("30000000");
		// a price is no investment, and two developers share it in parts the article does not give
		Extraction price = extract("Orion Display Co., Ltd. will build an OLED panel plant in Hefei. "
				+ "The OLED panel plant will cost US$30 million.");
		assertThat(price.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
		Extraction two = extract("Orion Display Co., Ltd. and Lumen Materials Co., Ltd. will jointly build an OLED panel "
				+ "plant in Hefei. The OLED panel plant, with an investment of US$30 million, will open in 2024.");
		assertThat(two.relations()).noneMatch((r) -> r.type().equals("INVESTS_IN"));
		// both build it
		relation(two, "DEVELOPS", "Orion Display Co., Ltd.", "OLED panel plant");
		relation(two, "DEVELOPS", "Lumen Materials Co., Ltd.", "OLED panel plant");
	}

}
