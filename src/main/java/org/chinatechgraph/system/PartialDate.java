package org.chinatechgraph.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date at the precision a source gives it: a year ({@code 2020}), a month ({@code 2020-07}) or a day
 * ({@code 2020-07-03}). It covers the days from {@link #start()} to {@link #end()}.
 */
public record PartialDate(int year, Integer month, Integer day) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("month out of range: " + month);
		}
		if (day != null && (month == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
			throw new IllegalArgumentException("day out of range: " + day);
		}
	}

	/** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is an {@link IllegalArgumentException}. */
	public static PartialDate parse(String text) {
		var matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD");
		}
		Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
		Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
		return new PartialDate(Integer.parseInt(matcher.group(1)), month, day);
	}

	public LocalDate start() {
		return LocalDate.of(this.year, this.month == null ? 1 : this.month, this.day == null ? 1 : this.day);
	}

	public LocalDate end() {
		if (this.month == null) {
			return LocalDate.of(this.year, 12, 31);
		}
		return this.day == null ? YearMonth.of(this.year, this.month).atEndOfMonth() : start();
	}

	@Override
	public String toString() {
		if (this.month == null) {
			return String.valueOf(this.year);
		}
		return this.day == null ? "%d-%02d".formatted(this.year, this.month)
				: "%d-%02d-%02d".formatted(this.year, this.month, this.day);
	}

}
