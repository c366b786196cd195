package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English text and resolves them against the article's date to a partial date: "2021-11-17",
 * "Nov. 17, 2021", "17 November 2021", "March 2023", "in 2025", "July 3" (the article's year; the year before
 * when that would put it more than two months after the article), "this April", "last April", "last year", "this
 * year", "next year", "end of September 2020". The result keeps the precision of the text: YYYY, YYYY-MM or
 * YYYY-MM-DD.
 */
public final class DateResolver {

	/** A date found at {@code [start, end)}; {@code value} is the partial date. */
	public record Mention(String value, String text, int start, int end) {

		public Integer year() {
			return Integer.valueOf(this.value.substring(0, 4));
		}

	}

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

	private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	private static final Pattern ISO = Pattern.compile("\\b(?<y>(?:19|20)\\d{2})[-/](?<m>\\d{1,2})(?:[-/](?<d>\\d{1,2}))?\\b");

	private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>(?:19|20)\\d{2}))?\\b");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<y>(?:19|20)\\d{2}))?\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<y>(?:19|20)\\d{2})\\b");

	private static final Pattern RELATIVE_MONTH = Pattern.compile("\\b(?<rel>this|last|next|early|late|mid-?)\\s*" + MONTH + "\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|during|from|until|by)\\s+(?:early\\s+|late\\s+|mid-)?" + MONTH + "(?![\\s,]+(?:\\d|of\\s+\\d))\\b");

	private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(?<rel>this|last|next|the\\s+previous|the\\s+coming|the\\s+past)\\s+year\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,-])(?<y>(?:19|20)\\d{2})(?![\\p{N}-]|\\s*(?:yuan|billion|million|square|meters|mu|units|tons|enterprises|projects))");

	private DateResolver() {
	}

	public static List<Mention> find(String text, LocalDate published) {
		List<Mention> found = new ArrayList<>();
		Matcher m = ISO.matcher(text);
		while (m.find()) {
			int month = Integer.parseInt(m.group("m"));
			if (month < 1 || month > 12) {
				continue;
			}
			String day = m.group("d");
			String value = m.group("y") + "-" + two(month) + (day == null ? "" : "-" + two(Integer.parseInt(day)));
			add(found, new Mention(value, m.group(), m.start(), m.end()));
		}
		m = MONTH_DAY_YEAR.matcher(text);
		while (m.find()) {
			add(found, dayMention(m, published));
		}
		m = DAY_MONTH_YEAR.matcher(text);
		while (m.find()) {
			add(found, dayMention(m, published));
		}
		m = MONTH_YEAR.matcher(text);
		while (m.find()) {
			add(found, new Mention(m.group("y") + "-" + two(month(m.group("month"))), m.group(), m.start(), m.end()));
		}
		m = RELATIVE_MONTH.matcher(text);
		while (m.find()) {
			if (published == null || !Character.isUpperCase(m.group("month").charAt(0))) {
				continue;
			}
			int month = month(m.group("month"));
			String rel = m.group("rel").toLowerCase(Locale.ROOT);
			int year = switch (rel) {
				case "last" -> month >= published.getMonthValue() ? published.getYear() - 1 : published.getYear();
				case "next" -> month <= published.getMonthValue() ? published.getYear() + 1 : published.getYear();
				default -> yearOf(month, published);
			};
			add(found, new Mention(year + "-" + two(month), m.group(), m.start(), m.end()));
		}
		m = IN_MONTH.matcher(text);
		while (m.find()) {
			if (published == null) {
				continue;
			}
			int month = month(m.group("month"));
			add(found, new Mention(yearOf(month, published) + "-" + two(month), m.group(), m.start("month"), m.end()));
		}
		m = RELATIVE_YEAR.matcher(text);
		while (m.find()) {
			if (published == null) {
				continue;
			}
			String rel = m.group("rel").toLowerCase(Locale.ROOT);
			int year = rel.equals("this") ? published.getYear()
					: rel.equals("next") || rel.contains("coming") ? published.getYear() + 1 : published.getYear() - 1;
			add(found, new Mention(String.valueOf(year), m.group(), m.start(), m.end()));
		}
		m = YEAR.matcher(text);
		while (m.find()) {
			add(found, new Mention(m.group("y"), m.group(), m.start(), m.end()));
		}
		found.sort(java.util.Comparator.comparingInt(Mention::start));
		return found;
	}

	/** The partial date of one expression alone ("July 3", "this April"), or null. */
	public static String resolve(String expression, LocalDate published) {
		return find(expression, published).stream().findFirst().map(Mention::value).orElse(null);
	}

	private static Mention dayMention(Matcher m, LocalDate published) {
		int month = month(m.group("month"));
		int day = Integer.parseInt(m.group("d"));
		if (day < 1 || day > 31) {
			return null;
		}
		String y = m.group("y");
		if (y == null && published == null) {
			return null;
		}
		int year = y != null ? Integer.parseInt(y) : yearOf(month, published);
		return new Mention(year + "-" + two(month) + "-" + two(day), m.group(), m.start(), m.end());
	}

	/** The year of a month named without one: the article's, or the one before if that would be well after it. */
	private static int yearOf(int month, LocalDate published) {
		return month > published.getMonthValue() + 2 ? published.getYear() - 1 : published.getYear();
	}

	private static void add(List<Mention> found, Mention mention) {
		if (mention == null) {
			return;
		}
		for (Mention f : found) {
			if (mention.start() < f.end() && f.start() < mention.end()) {
				return;
			}
		}
		found.add(mention);
	}

	private static int month(String name) {
		return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

}
