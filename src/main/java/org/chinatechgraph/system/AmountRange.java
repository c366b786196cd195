package org.chinatechgraph.system;

/** A range of amounts in CNY or USD; either end may be open. */
public record AmountRange(Double min, Double max, String currency) {

	public AmountRange {
		currency = currency == null ? "CNY" : currency;
		if ((min != null && min < 0) || (max != null && max < 0)) {
			throw new BadRequestException("Amounts cannot be negative");
		}
		if (min != null && max != null && min > max) {
			throw new BadRequestException("Amount range is empty: min " + min + " is above max " + max);
		}
	}

	/** The property suffix of the normalised amount: Cny or Usd. */
	public String suffix() {
		return "USD".equals(this.currency) ? "Usd" : "Cny";
	}

}
