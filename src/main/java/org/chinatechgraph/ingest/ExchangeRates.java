package org.chinatechgraph.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.chinatechgraph.system.neo4j.ClasspathFiles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Yearly average CNY per USD rates from {@code facts/reference/exchange-rates.csv}. A year outside the table
 * converts at the nearest year in it; {@link Converted#rateYear()} says which year was used.
 */
@Component
public class ExchangeRates {

	private final NavigableMap<Integer, BigDecimal> cnyPerUsd;

	public ExchangeRates() {
		this(read("facts/reference/exchange-rates.csv"));
	}

	ExchangeRates(Map<Integer, BigDecimal> cnyPerUsd) {
		if (cnyPerUsd.isEmpty()) {
			throw new IllegalStateException("The exchange-rate table is empty");
		}
		this.cnyPerUsd = new TreeMap<>(cnyPerUsd);
	}

	/** An amount in CNY and in USD, and the year whose rate converted it. */
	public record Converted(BigDecimal cny, BigDecimal usd, int rateYear) {
	}

	public Converted convert(BigDecimal amount, String currency, int year) {
		int rateYear = nearestYear(year);
		BigDecimal rate = this.cnyPerUsd.get(rateYear);
		return switch (currency) {
			case "CNY" -> new Converted(amount, amount.divide(rate, 2, RoundingMode.HALF_EVEN), rateYear);
			case "USD" -> new Converted(amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN), amount, rateYear);
			default -> throw new IllegalArgumentException("No exchange rate for currency " + currency);
		};
	}

	private int nearestYear(int year) {
		Integer floor = this.cnyPerUsd.floorKey(year);
		Integer ceiling = this.cnyPerUsd.ceilingKey(year);
		if (floor == null) {
			return ceiling;
		}
		if (ceiling == null) {
			return floor;
		}
		return (year - floor <= ceiling - year) ? floor : ceiling;
	}

	private static Map<Integer, BigDecimal> read(String location) {
		Map<Integer, BigDecimal> rates = new TreeMap<>();
		for (String line : ClasspathFiles.text(new ClassPathResource(location)).split("\\R")) {
			if (line.isBlank() || line.startsWith("#") || line.startsWith("year")) {
				continue;
			}
			String[] cells = line.split(",");
			rates.put(Integer.valueOf(cells[0].strip()), new BigDecimal(cells[1].strip()));
		}
		return rates;
	}

}
