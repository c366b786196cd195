package org.chinatechgraph.filter;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which condition a selection starts from: the years anchor only while they are few. */
class SelectionTests {

	private static Selection years(int count) {
		return new Selection("Project",
				List.of(new Condition.InYears(IntStream.range(2020, 2020 + count).boxed().toList())));
	}

	@Test
	void upToThreeYearsAreReadFromTheIndex() {
		assertThat(years(3).anchored()).isTrue();
		assertThat(years(3).match()).contains("USING INDEX n:Project(year)");
		assertThat(years(3).where()).isEqualTo("true");
	}

	@Test
	void aLongerRangeIsATestOnTheLabel() {
		assertThat(years(4).anchored()).isFalse();
		assertThat(years(4).match()).isEqualTo("MATCH (n:Project)");
		assertThat(years(4).where()).isEqualTo("n.year IN $years");
	}

}
