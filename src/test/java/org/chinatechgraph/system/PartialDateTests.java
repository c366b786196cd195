package org.chinatechgraph.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void keepsThePrecisionGiven() {
		assertThat(PartialDate.parse("2020")).hasToString("2020");
		assertThat(PartialDate.parse("2020-07")).hasToString("2020-07");
		assertThat(PartialDate.parse("2020-07-03")).hasToString("2020-07-03");
	}

	@Test
	void coversItsWholeYearOrMonth() {
		assertThat(PartialDate.parse("2020").start()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(PartialDate.parse("2020").end()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(PartialDate.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(PartialDate.parse("2021-02").end()).isEqualTo(LocalDate.of(2021, 2, 28));
		assertThat(PartialDate.parse("2020-07-03").end()).isEqualTo(LocalDate.of(2020, 7, 3));
	}

	@Test
	void rejectsWhatIsNotADate() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("July 2020"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2020-13"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-02-29"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(""));
	}

}
