package org.chinatechgraph.filter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What conditions write into Cypher, and what they refuse to. */
class ConditionTests {

	@Test
	void anAmountNamesItsPropertySoThatItsIndexCanServeIt() {
		var between = new Condition.AmountBetween("investmentCny", 1.0e8, 5.0e9);
		assertThat(between.test("Project")).isEqualTo("n.investmentCny >= $minAmount AND n.investmentCny <= $maxAmount");
		assertThat(new Condition.AmountBetween("investmentUsd", null, 2.0).test("Project"))
			.isEqualTo("n.investmentUsd <= $maxAmount");
		assertThat(new Condition.AmountBetween("investmentCny", null, null).test("Project")).isEqualTo("true");
		assertThat(between.parameters()).containsOnlyKeys("minAmount", "maxAmount");
	}

	@Test
	void noPropertyButAnAmountIsWrittenIntoTheText() {
		assertThatThrownBy(() -> new Condition.AmountBetween("investmentCny >= 0 OR true //", 1.0, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Condition.AmountBetween("name", 1.0, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aNameAnchorsAfterPlacesAndSectorsAndTestsWhatTheIndexFinds() {
		var name = new Condition.NameContains("huali");
		var selection = new Selection("Project", java.util.List.of(name, new Condition.InSector("sector:ic")));
		assertThat(selection.anchor()).isInstanceOf(Condition.InSector.class);
		assertThat(selection.where()).contains("toLower(n.name) CONTAINS $name");
		assertThat(selection.parameters()).doesNotContainKey("nameQuery");
		var alone = new Selection("Project", java.util.List.of(name));
		assertThat(alone.match()).startsWith("CALL db.index.fulltext.queryNodes('entity_search', $nameQuery)")
			.contains("n:Project AND").contains("toLower(n.name) CONTAINS $name");
		assertThat(alone.parameters()).containsEntry("nameQuery", "*huali*").containsEntry("name", "huali");
		// no letter or digit: no anchor, every project tested
		assertThat(new Selection("Project", java.util.List.of(new Condition.NameContains("-"))).match())
			.isEqualTo("MATCH (n:Project)");
	}

	@Test
	void aStatusAnchorsOnlyWhenNothingElseDoes() {
		var status = new Condition.WithStatus("signed");
		var withName = new Selection("Project", java.util.List.of(status, new Condition.NameContains("huali")));
		assertThat(withName.anchor()).isInstanceOf(Condition.NameContains.class);
		assertThat(withName.where()).contains("n.status = $status");
		var alone = new Selection("Project", java.util.List.of(status));
		assertThat(alone.anchor()).isSameAs(status);
		assertThat(alone.match()).contains("USING INDEX n:Project(status)").contains("n.status = $status");
		// a status is a project's: an organization has none to anchor on
		assertThat(status.anchor("Organization")).isNull();
	}

	@Test
	void aSigningWindowOfAFewYearsAnchorsFromAYearBeforeIt() {
		var window = new Condition.SignedBetween(java.time.LocalDate.of(2020, 6, 15), java.time.LocalDate.of(2021, 2, 28));
		var alone = new Selection("Project", java.util.List.of(window));
		assertThat(alone.match()).contains("USING INDEX n:Project(signedStart)")
			.contains("n.signedStart >= $signedStartsFrom AND n.signedStart <= $signedTo");
		// a date given as a year starts up to a year before its end, which may fall in the window
		assertThat(alone.parameters()).containsEntry("signedStartsFrom", java.time.LocalDate.of(2019, 6, 15));
		assertThat(alone.match()).contains("n.signedEnd >= $signedFrom");
		// open or long windows hold most projects: a test, not an anchor
		assertThat(new Condition.SignedBetween(java.time.LocalDate.of(2020, 1, 1), null).anchor("Project")).isNull();
		assertThat(new Condition.SignedBetween(null, java.time.LocalDate.of(2020, 1, 1)).anchor("Project")).isNull();
		assertThat(new Condition.SignedBetween(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2020, 1, 1))
			.anchor("Project")).isNull();
		// years come first
		assertThat(new Selection("Project", java.util.List.of(window, new Condition.InYears(java.util.List.of(2020))))
			.anchor()).isInstanceOf(Condition.InYears.class);
	}

}
