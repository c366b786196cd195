package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money in English (and Chinese) text: "1 billion yuan", "800-million-yuan", "RMB100 bln", "77
 * million U.S. dollars", "138.5 billion CNY", "$1.2 billion", "US$5m", "5 billion RMB", "5 hundred million yuan",
 * "1.5 trillion yuan", "16.8-18.8 billion yuan" (the lower end), "10亿元", "5000万元", "1.2万亿元". An amount written
 * in parentheses right after another ("3 billion yuan ($430 million)"), or after a comma and "around" ("RMB 14
 * billion, around $2.1 billion"), is the text's own conversion and is marked as such, as is the sum an amount was
 * changed from ("increased from USD 1.5 billion to USD 2.6 billion"): neither is the amount the text states.
 */
public final class MoneyParser {

	/** An amount found at {@code [start, end)} of the text parsed; {@code conversion} when it restates the one before. */
	public record Mention(StatedAmount amount, int start, int end, boolean conversion) {
	}

	private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a)(?=[\\s-]))";

	private static final String MAGNITUDE = "(?<mag>hundred[\\s-]+million|hundred[\\s-]+billion|trillion|billion|million|thousand|tn|bln|bn|mln|mn|m|b|k)\\b";

	private static final String AFTER = "(?<cur>yuan|renminbi|rmb|cny|u\\.\\s?s\\.\\s?dollars?|us\\s?dollars?|american dollars?|hong kong dollars?|hk\\s?dollars?|dollars?|usd|euros?|eur|hkd|元|人民币)";

	private static final String BEFORE = "(?<pre>us\\$|u\\.s\\.\\s?\\$|hk\\$|rmb|cny|usd|eur|hkd|\\$|€|¥|￥)";

	private static final Pattern PREFIXED = Pattern.compile("(?<![\\p{L}\\p{N}])" + BEFORE + "\\s?" + NUMBER + "(?:[\\s-]*" + MAGNITUDE + ")?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SUFFIXED = Pattern.compile(
			"(?<![\\p{L}\\p{N}.])" + NUMBER + "[\\s\\u00a0-]*(?:" + MAGNITUDE + "[\\s\\u00a0-]*)?" + AFTER + "(?![\\p{L}])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A Chinese amount: its number (with or without thousands separators, "1,200万元"), 余 or 多 after it for "more
	 * than" ("10余亿元", "300多万元": the stated figure is read), its magnitude and its currency.
	 */
	private static final String CHINESE_NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	private static final Pattern CHINESE = Pattern.compile("(?<num>" + CHINESE_NUMBER
			+ ")\\s*[余多]?\\s*(?<cmag>万亿|千万|百万|亿|万)?\\s*(?<ccur>元人民币|元|人民币|美元|港元|欧元)|(?<num2>" + CHINESE_NUMBER
			+ ")\\s*[余多]?\\s*(?<cmag2>万亿|亿)");

	/** The lower end of a range right before an amount: "16.8-" of "16.8-18.8 billion yuan", "2 to ". */
	private static final Pattern RANGE_START = Pattern.compile("(?<![\\p{L}\\p{N}.])(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*$");

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50));

	private MoneyParser() {
	}

	public static List<Mention> find(String text) {
		List<Mention> found = new ArrayList<>();
		Matcher m = PREFIXED.matcher(text);
		while (m.find()) {
			String num = m.group("num");
			if (!Character.isDigit(num.charAt(0))) {
				continue;
			}
			found.add(mention(text, m.start(), m.end(), num, m.group("mag"), currencyOf(m.group("pre"))));
		}
		m = SUFFIXED.matcher(text);
		while (m.find()) {
			String mag = m.group("mag");
			String num = m.group("num");
			if (!Character.isDigit(num.charAt(0)) && mag == null) {
				continue;
			}
			Matcher low = RANGE_START.matcher(text.substring(0, m.start()));
			if (low.find() && mag != null) {
				// "16.8-18.8 billion yuan", "2 to 3 billion yuan": the range's lower end is what is stated for sure
				found.add(mention(text, low.start(), m.end(), low.group(1), mag, currencyOf(m.group("cur"))));
				continue;
			}
			found.add(mention(text, m.start(), m.end(), num, mag, currencyOf(m.group("cur"))));
		}
		m = CHINESE.matcher(text);
		while (m.find()) {
			boolean full = m.group("num") != null;
			String num = full ? m.group("num") : m.group("num2");
			String mag = full ? m.group("cmag") : m.group("cmag2");
			String currency = full ? currencyOf(m.group("ccur")) : "CNY";
			BigDecimal value = new BigDecimal(num.replace(",", "")).multiply(chineseMagnitude(mag));
			found.add(new Mention(new StatedAmount(clean(value), currency, text.substring(m.start(), m.end()).strip()),
					m.start(), m.end(), false));
		}
		return markConversions(text, dropOverlaps(found));
	}

	/** The first amount of the text that is not a conversion, or null. */
	public static StatedAmount first(String text) {
		return find(text).stream().filter((x) -> !x.conversion()).map(Mention::amount).findFirst().orElse(null);
	}

	private static Mention mention(String text, int start, int end, String num, String mag, String currency) {
		BigDecimal n = WORDS.containsKey(num.toLowerCase(Locale.ROOT)) ? BigDecimal.valueOf(WORDS.get(num.toLowerCase(Locale.ROOT)))
				: new BigDecimal(num.replace(",", ""));
		BigDecimal value = n.multiply(magnitude(mag));
		int e = end;
		while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '-')) {
			e--;
		}
		return new Mention(new StatedAmount(clean(value), currency, text.substring(start, e)), start, e, false);
	}

	private static BigDecimal magnitude(String mag) {
		if (mag == null) {
			return BigDecimal.ONE;
		}
		String m = mag.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
		return switch (m) {
			case "hundred million" -> BigDecimal.TEN.pow(8);
			case "hundred billion" -> BigDecimal.TEN.pow(11);
			case "trillion", "tn" -> BigDecimal.TEN.pow(12);
			case "billion", "bln", "bn", "b" -> BigDecimal.TEN.pow(9);
			case "million", "mln", "mn", "m" -> BigDecimal.TEN.pow(6);
			case "thousand", "k" -> BigDecimal.TEN.pow(3);
			default -> BigDecimal.ONE;
		};
	}

	private static BigDecimal chineseMagnitude(String mag) {
		if (mag == null) {
			return BigDecimal.ONE;
		}
		return switch (mag) {
			case "万亿" -> BigDecimal.TEN.pow(12);
			case "亿" -> BigDecimal.TEN.pow(8);
			case "千万" -> BigDecimal.TEN.pow(7);
			case "百万" -> BigDecimal.TEN.pow(6);
			case "万" -> BigDecimal.TEN.pow(4);
			default -> BigDecimal.ONE;
		};
	}

	static String currencyOf(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
		if (w.startsWith("hk") || w.startsWith("hongkong") || w.equals("港元")) {
			return "HKD";
		}
		if (w.startsWith("eur") || w.equals("€") || w.equals("欧元")) {
			return "EUR";
		}
		if (w.contains("$") || w.contains("dollar") || w.equals("usd") || w.equals("美元")) {
			return "USD";
		}
		return "CNY";
	}

	private static BigDecimal clean(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return v.scale() < 0 ? v.setScale(0) : v;
	}

	private static List<Mention> dropOverlaps(List<Mention> found) {
		List<Mention> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt((Mention x) -> x.end() - x.start()).reversed()));
		List<Mention> kept = new ArrayList<>();
		for (Mention x : sorted) {
			if (kept.isEmpty() || x.start() >= kept.get(kept.size() - 1).end()) {
				kept.add(x);
			}
		}
		return kept;
	}

	private static final Pattern CONVERSION_GAP = Pattern.compile(
			"\\s*[(（,]\\s*(?:or\\s+|about\\s+|around\\s+|roughly\\s+|approximately\\s+|some\\s+|nearly\\s+|almost\\s+|over\\s+|equivalent to\\s+)?");

	/** "RMB 14 billion, around $2.1 billion": a restatement in another currency needs no parentheses. */
	private static final Pattern APPROXIMATELY = Pattern.compile(
			"^\\s*,\\s*(?:or\\s+)?(?:about|around|roughly|approximately|some|equivalent to)\\s+$");

	private static List<Mention> markConversions(String text, List<Mention> kept) {
		List<Mention> result = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Mention x = kept.get(i);
			if (i > 0) {
				Mention prev = kept.get(i - 1);
				String gap = text.substring(prev.end(), x.start());
				if (CONVERSION_GAP.matcher(gap).matches() && (gap.matches(".*[(（].*") || APPROXIMATELY.matcher(gap).find())
						&& !prev.amount().currency().equals(x.amount().currency())) {
					x = new Mention(x.amount(), x.start(), x.end(), true);
				}
			}
			result.add(x);
		}
		// "increased from USD 1.5 billion to USD 2.6 billion": the sum it was before is not stated as the amount
		for (int i = 0; i + 1 < result.size(); i++) {
			Mention x = result.get(i);
			Mention next = result.get(i + 1);
			if (FROM_BEFORE.matcher(text.substring(Math.max(0, x.start() - 8), x.start())).find()
					&& TO_BETWEEN.matcher(text.substring(x.end(), next.start())).matches()) {
				result.set(i, new Mention(x.amount(), x.start(), x.end(), true));
			}
		}
		return result;
	}

	/** "from " right before an amount. */
	private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

	/** Nothing but "to" between two amounts. */
	private static final Pattern TO_BETWEEN = Pattern.compile("(?i)\\s+to\\s+");

}
