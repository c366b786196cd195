package org.chinatechgraph.system;

import java.util.Map;

import org.chinatechgraph.system.graphql.Lengths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bound a query's cost puts on the lists of several parents: their longest lists together. */
class LengthsTests {

	/** One hub of 1,000 links, three firms of 50, 500 of 2, and lists of 0 left out. */
	private final Lengths investments = Lengths.of(Map.of(1000L, 1L, 50L, 3L, 2L, 500L, 0L, 9000L));

	@Test
	void theListsOfSeveralParentsHoldAtMostTheirLongestTogether() {
		assertThat(this.investments.max()).isEqualTo(1000);
		assertThat(this.investments.total(0)).isZero();
		assertThat(this.investments.total(1)).isEqualTo(1000);
		assertThat(this.investments.total(3)).isEqualTo(1100);
		assertThat(this.investments.total(10)).isEqualTo(1000 + 150 + 6 * 2);
		// more parents than nodes with a list: every relationship, and no more
		assertThat(this.investments.total(1_000_000)).isEqualTo(1000 + 150 + 1000);
	}

	@Test
	void aBoundByTheLongestListOnlyCountsItForEveryParent() {
		assertThat(Lengths.atMost(7).total(3)).isEqualTo(21);
		assertThat(Lengths.atMost(0).total(3)).isZero();
		assertThat(Lengths.atMost(Long.MAX_VALUE).total(3)).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void aFieldOnTwoTypesHoldsTheLongestListsOfBoth() {
		Lengths both = this.investments.plus(Lengths.of(Map.of(60L, 2L)));
		assertThat(both.total(3)).isEqualTo(1000 + 60 + 60);
		assertThat(both.total(4)).isEqualTo(1000 + 60 + 60 + 50);
		assertThat(both.plus(Lengths.NONE)).isEqualTo(both);
	}

}
