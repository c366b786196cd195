package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyParserTests {

	private static void reads(String text, String value, String currency) {
		StatedAmount a = MoneyParser.first(text);
		assertThat(a).as(text).isNotNull();
		assertThat(a.value()).as(text).isEqualByComparingTo(new BigDecimal(value));
		assertThat(a.currency()).as(text).isEqualTo(currency);
	}

	@Test
	void readsMagnitudeWordsAndCurrencies() {
		reads("a total investment of 1 billion yuan.", "1000000000", "CNY");
		reads("signed an 800-million-yuan agreement", "800000000", "CNY");
		reads("investment of nearly RMB100 bln", "100000000000", "CNY");
		reads("has invested 77 million U.S. dollars in Kunshan", "77000000", "USD");
		reads("reached 138.5 billion CNY, with", "138500000000", "CNY");
		reads("a total of 10 billion yuan of industrial development investment fund", "10000000000", "CNY");
		reads("raised $1.2 billion", "1200000000", "USD");
		reads("a US$350 million plant", "350000000", "USD");
		reads("RMB 5 billion", "5000000000", "CNY");
		reads("5 billion RMB", "5000000000", "CNY");
		reads("worth 2.5bn yuan", "2500000000", "CNY");
		reads("worth 300 mln yuan", "300000000", "CNY");
		reads("an output of 1.5 trillion yuan", "1500000000000", "CNY");
		reads("over one trillion yuan", "1000000000000", "CNY");
		reads("about 5 hundred million yuan", "500000000", "CNY");
		reads("HK$2 billion", "2000000000", "HKD");
		reads("€40 million", "40000000", "EUR");
		reads("12,500 yuan per worker", "12500", "CNY");
	}

	@Test
	void readsChineseMagnitudes() {
		reads("总投资10亿元", "1000000000", "CNY");
		reads("投资5000万元", "50000000", "CNY");
		reads("产值1.2万亿元", "1200000000000", "CNY");
		reads("规模达30亿", "3000000000", "CNY");
		reads("2亿美元", "200000000", "USD");
	}

	@Test
	void readsNumbersInWords() {
		reads("will invest fifteen billion yuan", "15000000000", "CNY");
		reads("a forty million dollar plant", "40000000", "USD");
		reads("seventy million dollars", "70000000", "USD");
		reads("half a billion dollars", "500000000", "USD");
		reads("forty-five billion yuan", "45000000000", "CNY");
		reads("5 billion Chinese yuan", "5000000000", "CNY");
	}

	@Test
	void readsOtherCurrenciesAsThemselvesNotAsYuan() {
		reads("an NT$30 billion fab", "30000000000", "TWD");
		reads("30 billion New Taiwan dollars", "30000000000", "TWD");
		reads("10 billion yen", "10000000000", "JPY");
		reads("JPY 50 billion", "50000000000", "JPY");
		reads("300 billion won", "300000000000", "KRW");
		reads("£200 million", "200000000", "GBP");
		reads("S$100 million", "100000000", "SGD");
		reads("100亿日元", "10000000000", "JPY");
		reads("50亿港币", "5000000000", "HKD");
		reads("1000亿韩元", "100000000000", "KRW");
		reads("1亿英镑", "100000000", "GBP");
		reads("5亿美金", "500000000", "USD");
		// the currency named before the sum
		reads("投资新台币100亿元", "10000000000", "TWD");
		reads("人民币3亿元", "300000000", "CNY");
		// a currency word that is also an everyday word needs a magnitude to be money
		assertThat(MoneyParser.find("the firm, which in 2019 won the tender")).isEmpty();
	}

	@Test
	void anAmountInACurrencyTheGraphDoesNotStoreIsLeftOutWithItsConversion() {
		List<MoneyParser.Mention> written = MoneyParser.find("pledges to invest NT$8 billion (US$266 million) in Taiwan and $5 million in Wuxi");
		assertThat(written).extracting((x) -> x.amount().currency()).containsExactly("TWD", "USD", "USD");
		assertThat(MoneyParser.inStoredCurrencies(written)).extracting((x) -> x.amount().text()).containsExactly("$5 million");
		// the text's conversion of a stored amount stays with it
		assertThat(MoneyParser.inStoredCurrencies(MoneyParser.find("4.5 billion yuan (about $625 million)"))).hasSize(2);
	}

	@Test
	void anExchangeRateIsNoAmount() {
		assertThat(MoneyParser.find("at US$1:NT$30")).isEmpty();
		assertThat(MoneyParser.find("at a rate of $1 = 7.1 yuan")).isEmpty();
	}

	@Test
	void readsChineseNumeralsAndFullWidthDigits() {
		reads("投资五十亿元", "5000000000", "CNY");
		reads("总投资约两亿元", "200000000", "CNY");
		reads("总投资一百二十亿元", "12000000000", "CNY");
		reads("三点五亿元", "350000000", "CNY");
		reads("两千万美元", "20000000", "USD");
		reads("超百亿元", "10000000000", "CNY");
		reads("总投资５０亿元", "5000000000", "CNY");
		assertThat(MoneyParser.first("总投资５０亿元").text()).isEqualTo("５０亿元");
		// a scale, a vague sum and a single yuan are not stated sums
		assertThat(MoneyParser.find("打造千亿级产业集群")).isEmpty();
		assertThat(MoneyParser.find("带动数十亿元投资")).isEmpty();
		assertThat(MoneyParser.find("每一元投资")).isEmpty();
	}

	@Test
	void theSumAnAmountWasChangedFromIsNotTheAmount() {
		reads("The investment will be increased from USD 1.5 billion to USD 2.6 billion.", "2600000000", "USD");
		// two sums joined otherwise are both stated
		reads("It invested USD 1.5 billion in 2019 and USD 2.6 billion in 2020.", "1500000000", "USD");
	}

	@Test
	void keepsTheWordsOfTheText() {
		assertThat(MoneyParser.first("signed an 800-million-yuan agreement").text()).isEqualTo("800-million-yuan");
		assertThat(MoneyParser.first("has invested 77 million U.S. dollars in").text()).isEqualTo("77 million U.S. dollars");
	}

	@Test
	void marksTheTextsOwnConversion() {
		List<MoneyParser.Mention> found = MoneyParser.find("worth 4.5 billion yuan (about $625 million) was signed");
		assertThat(found).hasSize(2);
		assertThat(found.get(0).conversion()).isFalse();
		assertThat(found.get(1).conversion()).isTrue();
		assertThat(found.get(1).amount().currency()).isEqualTo("USD");
		assertThat(MoneyParser.first("worth 4.5 billion yuan (about $625 million)").currency()).isEqualTo("CNY");
		// without parentheses, after a comma and a word of approximation
		List<MoneyParser.Mention> plain = MoneyParser.find("the total investment is RMB 14 billion, around $2.1 billion.");
		assertThat(plain).extracting(MoneyParser.Mention::conversion).containsExactly(false, true);
		// a list of two amounts is no conversion
		assertThat(MoneyParser.find("RMB 14 billion, $2.1 billion and HK$1 billion")).noneMatch(MoneyParser.Mention::conversion);
	}

	@Test
	void readsTheLowerEndOfARange() {
		reads("is expected to be 16.8-18.8 billion yuan", "16800000000", "CNY");
		reads("will cost 2 to 3 billion yuan", "2000000000", "CNY");
		assertThat(MoneyParser.first("is expected to be 16.8-18.8 billion yuan").text()).isEqualTo("16.8-18.8 billion yuan");
		reads("总投资为16.8-18.8亿元", "1680000000", "CNY");
		reads("投资10至20亿元", "1000000000", "CNY");
	}

	@Test
	void leavesNumbersThatAreNotMoneyAlone() {
		assertThat(MoneyParser.find("rent about 25,000 square meters and build more than 200 production lines")).isEmpty();
		assertThat(MoneyParser.find("98 emerging industry projects in 2021")).isEmpty();
	}

}
