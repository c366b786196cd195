package org.chinatechgraph.graph;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount as the source wrote it, with its CNY and USD values at the yearly average rate of {@code rateYear}. */
public record Money(BigDecimal amount, Currency currency, String text, BigDecimal cny, BigDecimal usd, int rateYear) {
}
