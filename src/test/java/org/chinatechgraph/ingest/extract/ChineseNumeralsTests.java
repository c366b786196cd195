package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTests {

	private static void is(String numeral, String value) {
		assertThat(ChineseNumerals.value(numeral)).as(numeral).isEqualByComparingTo(new BigDecimal(value));
	}

	@Test
	void readsCounts() {
		is("十", "10");
		is("十二", "12");
		is("二十三", "23");
		is("一百一十七", "117");
		is("两百", "200");
		is("三千零五", "3005");
	}

	@Test
	void readsLargeUnitsAndDecimals() {
		is("百亿", "10000000000");
		is("两千万", "20000000");
		is("一亿五千万", "150000000");
		is("一万亿", "1000000000000");
		is("三点五亿", "350000000");
		is("十万", "100000");
	}

	@Test
	void isNothingForWhatIsNoNumeral() {
		assertThat(ChineseNumerals.value("亿元")).isNull();
		assertThat(ChineseNumerals.value("")).isNull();
		assertThat(ChineseNumerals.value("点五")).isNull();
	}

}
