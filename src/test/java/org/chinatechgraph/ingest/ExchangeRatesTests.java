package org.chinatechgraph.ingest;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRatesTests {

	private final ExchangeRates rates = new ExchangeRates();

	@Test
	void convertsYuanToDollarsAtTheYearsAverage() {
		var converted = this.rates.convert(new BigDecimal("800000000"), "CNY", 2020);
		assertThat(converted.cny()).isEqualByComparingTo("800000000");
		assertThat(converted.usd()).isEqualByComparingTo("115985733.75");
		assertThat(converted.rateYear()).isEqualTo(2020);
	}

	@Test
	void convertsDollarsToYuan() {
		var converted = this.rates.convert(new BigDecimal("77000000"), "USD", 2021);
		assertThat(converted.usd()).isEqualByComparingTo("77000000");
		assertThat(converted.cny()).isEqualByComparingTo("496765500.00");
	}

	@Test
	void aYearOutsideTheTableUsesTheNearestYear() {
		assertThat(this.rates.convert(BigDecimal.TEN, "CNY", 2031).rateYear()).isEqualTo(2024);
		assertThat(this.rates.convert(BigDecimal.TEN, "CNY", 1999).rateYear()).isEqualTo(2015);
	}

}
