package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateResolverTests {

	private static final LocalDate JULY_2020 = LocalDate.of(2020, 7, 1);

	@Test
	void resolvesDaysAndMonthsAgainstTheArticleDate() {
		assertThat(DateResolver.resolve("On July 3, a project was signed", JULY_2020)).isEqualTo("2020-07-03");
		assertThat(DateResolver.resolve("the projects put into motion this April", LocalDate.of(2020, 4, 1))).isEqualTo("2020-04");
		assertThat(DateResolver.resolve("signed last April", JULY_2020)).isEqualTo("2020-04");
		assertThat(DateResolver.resolve("signed last April", LocalDate.of(2020, 3, 1))).isEqualTo("2019-04");
		assertThat(DateResolver.resolve("output last year", JULY_2020)).isEqualTo("2019");
		assertThat(DateResolver.resolve("to be launched this year", LocalDate.of(2023, 3, 6))).isEqualTo("2023");
		assertThat(DateResolver.resolve("completed next year", JULY_2020)).isEqualTo("2021");
	}

	@Test
	void aMonthWellAfterTheArticleIsLastYears() {
		assertThat(DateResolver.resolve("signed on December 28", LocalDate.of(2021, 1, 5))).isEqualTo("2020-12-28");
		assertThat(DateResolver.resolve("will begin on January 29", LocalDate.of(2025, 1, 1))).isEqualTo("2025-01-29");
	}

	@Test
	void readsExplicitDates() {
		assertThat(DateResolver.resolve("in 2025", null)).isEqualTo("2025");
		assertThat(DateResolver.resolve("in March 2023", null)).isEqualTo("2023-03");
		assertThat(DateResolver.resolve("BEIJING, Nov. 17, 2021 /PRNewswire/", null)).isEqualTo("2021-11-17");
		assertThat(DateResolver.resolve("Updated: Mar 6, 2023 Print", null)).isEqualTo("2023-03-06");
		assertThat(DateResolver.resolve("on 17 November 2021", null)).isEqualTo("2021-11-17");
		assertThat(DateResolver.resolve("published 2021-11-17", null)).isEqualTo("2021-11-17");
		assertThat(DateResolver.resolve("by the end of September 2020", null)).isEqualTo("2020-09");
	}

	@Test
	void ignoresNumbersThatAreNotYears() {
		assertThat(DateResolver.find("2020 yuan and 2,000 workers", null)).isEmpty();
		assertThat(DateResolver.find("the company may expand", JULY_2020)).isEmpty();
	}

}
