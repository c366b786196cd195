package org.chinatechgraph.system;

import java.time.LocalDate;

/** A range of dates; each end covers its whole year or month. Either end may be open. */
public record DateRange(PartialDate from, PartialDate to) {

	public DateRange {
		if (from != null && to != null && from.start().isAfter(to.end())) {
			throw new BadRequestException("Date range from " + from + " to " + to + " is empty: 'from' is after 'to'");
		}
	}

	public LocalDate start() {
		return this.from == null ? null : this.from.start();
	}

	public LocalDate end() {
		return this.to == null ? null : this.to.end();
	}

}
