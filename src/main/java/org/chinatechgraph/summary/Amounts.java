package org.chinatechgraph.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A sum of amounts as the API gives it: two decimals, zero when nothing was summed. */
final class Amounts {

	private Amounts() {
	}

	static BigDecimal cny(Object sum) {
		return sum == null ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(((Number) sum).doubleValue()).setScale(2, RoundingMode.HALF_EVEN);
	}

}
