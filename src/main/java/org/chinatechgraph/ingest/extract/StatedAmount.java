package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;

/**
 * An amount of money as the text states it: {@code value} in units of {@code currency} (ISO 4217: CNY, USD, EUR,
 * HKD...), so "800-million-yuan" is 800000000 CNY; {@code text} is the words of the source.
 */
public record StatedAmount(BigDecimal value, String currency, String text) {

	/** Same value (numerically) and currency, whatever the words. */
	public boolean sameMoney(StatedAmount other) {
		return other != null && this.currency.equals(other.currency) && this.value.compareTo(other.value) == 0;
	}

}
