package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

	private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:half an?|" + NumberWords.PATTERN + "|a)(?=[\\s-]))";

	private static final String MAGNITUDE = "(?<mag>hundred[\\s-]+million|hundred[\\s-]+billion|trillion|billion|million|thousand|bil|mil|tn|bln|bn|mln|mn|m|b|k)\\b";

	private static final String AFTER = "(?<cur>chinese yuan|yuan|renminbi|rmb|cny|u\\.\\s?s\\.\\s?dollars?|us\\s?dollars?|american dollars?"
			+ "|hong kong dollars?|hk\\s?dollars?|new taiwan dollars?|nt\\s?dollars?|taiwan dollars?|singapore dollars?"
			+ "|australian dollars?|canadian dollars?|dollars?|usd|euros?|eur|hkd|twd|ntd|sgd|japanese yen|yen|jpy"
			+ "|(?:south )?korean won|won|krw|pounds? sterling|pounds?|gbp|swiss francs?|chf|元|人民币)";

	private static final String BEFORE = "(?<pre>us\\$|u\\.s\\.\\s?\\$|hk\\$|nt\\$|s\\$|a\\$|c\\$|rmb|cny|usd|eur|hkd|twd|ntd|sgd|jpy|krw|gbp|chf|\\$|€|£|¥|￥)";

	/** Currency words that are also everyday words ("won a contract", "500 pounds of"): money only with a magnitude. */
	private static final Pattern AMBIGUOUS = Pattern.compile("(?i)won|pounds?");

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

	private static final String CHINESE_CURRENCY = "元人民币|元|人民币|美元|美金|港元|港币|欧元|日元|韩元|英镑|新台币|台币|新加坡元";

	private static final Pattern CHINESE = Pattern.compile("(?<num>" + CHINESE_NUMBER
			+ ")\\s*[余多]?\\s*(?<cmag>万亿|千万|百万|亿|万)?\\s*(?<ccur>" + CHINESE_CURRENCY + ")|(?<num2>" + CHINESE_NUMBER
			+ ")\\s*[余多]?\\s*(?<cmag2>万亿|亿)(?!\\s*[片只个台套件吨辆颗支块平方米亩人次份条部张瓦度克斤户粒根头株册本部字])");

	/**
	 * A sum in Chinese numerals ("百亿元", "三十亿元", "两千万美元", "三点五亿元"), with its currency; not a scale ("千亿元级产业")
	 * nor a vague one ("数十亿元", "几百万元").
	 */
	private static final Pattern CHINESE_NUMERALS = Pattern.compile("(?<![\\d.数几" + ChineseNumerals.CHARACTERS + "])(?<num>["
			+ ChineseNumerals.CHARACTERS + "]+)\\s*(?<ccur>" + CHINESE_CURRENCY + ")(?!\\s*级)");

	/** A currency named before a Chinese sum ("新台币100亿元", "港币约50亿元"); the 元 after it is that currency's. */
	private static final Pattern CHINESE_CURRENCY_BEFORE = Pattern.compile(
			"(新台币|台币|港币|港元|日元|韩元|英镑|欧元|美元|美金)\\s*(?:约|达|逾|超过|超|近|共|计|合计)?\\s*$");

	/** The lower end of a Chinese range right before a sum: "16.8-" of "16.8-18.8亿元", "10至". */
	private static final Pattern CHINESE_RANGE_START = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:-|–|~|～|至|到)\\s*$");

	/** The lower end of a range right before an amount: "16.8-" of "16.8-18.8 billion yuan", "2 to ". */
	private static final Pattern RANGE_START = Pattern.compile("(?<![\\p{L}\\p{N}.])(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*$");

	private MoneyParser() {
	}

	public static List<Mention> find(String original) {
		String text = halfWidth(original);
		List<Mention> found = new ArrayList<>();
		Matcher m = PREFIXED.matcher(text);
		while (m.find()) {
			String num = m.group("num");
			if (!Character.isDigit(num.charAt(0))) {
				continue;
			}
			found.add(mention(original, m.start(), m.end(), num, m.group("mag"), currencyOf(m.group("pre"))));
		}
		m = SUFFIXED.matcher(text);
		while (m.find()) {
			String mag = m.group("mag");
			String num = m.group("num");
			if (!Character.isDigit(num.charAt(0)) && mag == null || mag == null && AMBIGUOUS.matcher(m.group("cur")).matches()) {
				continue;
			}
			Matcher low = RANGE_START.matcher(text.substring(0, m.start()));
			if (low.find() && mag != null) {
				// "16.8-18.8 billion yuan", "2 to 3 billion yuan": the range's lower end is what is stated for sure
				found.add(mention(original, low.start(), m.end(), low.group(1), mag, currencyOf(m.group("cur"))));
				continue;
			}
			found.add(mention(original, m.start(), m.end(), num, mag, currencyOf(m.group("cur"))));
		}
		m = CHINESE.matcher(text);
		while (m.find()) {
			boolean full = m.group("num") != null;
			String num = full ? m.group("num") : m.group("num2");
			String mag = full ? m.group("cmag") : m.group("cmag2");
			String currency = chineseCurrency(text, m.start(), full ? m.group("ccur") : null);
			int start = m.start();
			Matcher low = CHINESE_RANGE_START.matcher(text.substring(0, start));
			if (low.find() && mag != null) {
				// "16.8-18.8亿元": the lower end, as in English
				num = low.group(1);
				start = low.start();
			}
			BigDecimal value = new BigDecimal(num.replace(",", "")).multiply(chineseMagnitude(mag));
			found.add(new Mention(new StatedAmount(clean(value), currency, original.substring(start, m.end()).strip()),
					start, m.end(), false));
		}
		m = CHINESE_NUMERALS.matcher(text);
		while (m.find()) {
			// a sum of at least 万 ("一千万元", "百亿元"), not "每一元" (every yuan)
			BigDecimal value = m.group("num").matches(".*[万亿].*") ? ChineseNumerals.value(m.group("num")) : null;
			if (value != null && value.signum() > 0) {
				found.add(new Mention(new StatedAmount(clean(value), chineseCurrency(text, m.start(), m.group("ccur")),
						original.substring(m.start(), m.end()).strip()), m.start(), m.end(), false));
			}
		}
		return markConversions(text, dropRates(text, dropOverlaps(found)));
	}

	/** The currencies the graph stores amounts in: those of its exchange-rate table. */
	public static final Set<String> STORED_CURRENCIES = Set.of("CNY", "USD");

	/**
	 * The amounts of {@code found} in a currency the graph stores. An amount stated in another currency is left
	 * out with the conversions the text gives for it ("NT$8 billion (US$266 million)" states no amount the graph
	 * keeps), as the corpus annotates it: an amount is recorded in the first currency written, or not at all.
	 */
	public static List<Mention> inStoredCurrencies(List<Mention> found) {
		List<Mention> kept = new ArrayList<>();
		boolean foreign = false;
		for (Mention x : found) {
			if (!x.conversion()) {
				foreign = !STORED_CURRENCIES.contains(x.amount().currency());
			}
			if (!foreign && STORED_CURRENCIES.contains(x.amount().currency())) {
				kept.add(x);
			}
		}
		return kept;
	}

	/** Two sums joined by nothing but a colon or an equals sign ("US$1:NT$30", "$1 = 7.1 yuan") are a rate, not amounts. */
	private static final Pattern RATE_GAP = Pattern.compile("\\s*[:=：]\\s*");

	private static List<Mention> dropRates(String text, List<Mention> found) {
		List<Mention> kept = new ArrayList<>(found);
		for (int i = found.size() - 2; i >= 0; i--) {
			if (RATE_GAP.matcher(text.substring(found.get(i).end(), found.get(i + 1).start())).matches()) {
				kept.remove(found.get(i + 1));
				kept.remove(found.get(i));
			}
		}
		return kept;
	}

	/** The currency of a Chinese sum: the one after it, or one named before it when only 元 (or nothing) follows. */
	private static String chineseCurrency(String text, int start, String after) {
		if (after == null || after.equals("元")) {
			Matcher before = CHINESE_CURRENCY_BEFORE.matcher(text.substring(Math.max(0, start - 8), start));
			if (before.find()) {
				return currencyOf(before.group(1));
			}
		}
		return after == null ? "CNY" : currencyOf(after);
	}

	/** Full-width digits and letters as ASCII ({@link FullWidth}), and a full-width comma between digits ("1，200万元"). */
	private static String halfWidth(String text) {
		StringBuilder b = new StringBuilder(FullWidth.alphanumerics(text));
		for (int i = 1; i + 1 < b.length(); i++) {
			if (b.charAt(i) == '，' && Character.isDigit(b.charAt(i - 1)) && Character.isDigit(b.charAt(i + 1))) {
				b.setCharAt(i, ',');
			}
		}
		return b.toString();
	}

	/** The first amount of the text that is not a conversion, or null. */
	public static StatedAmount first(String text) {
		return find(text).stream().filter((x) -> !x.conversion()).map(Mention::amount).findFirst().orElse(null);
	}

	private static Mention mention(String text, int start, int end, String num, String mag, String currency) {
		String word = num.toLowerCase(Locale.ROOT);
		BigDecimal n = word.startsWith("half") ? new BigDecimal("0.5") : word.equals("a") ? BigDecimal.ONE
				: NumberWords.value(word) != null ? BigDecimal.valueOf(NumberWords.value(word)) : new BigDecimal(num.replace(",", ""));
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
			case "billion", "bil", "bln", "bn", "b" -> BigDecimal.TEN.pow(9);
			case "million", "mil", "mln", "mn", "m" -> BigDecimal.TEN.pow(6);
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

	/** ISO 4217 codes of the currencies read, by the words and signs that name them, most specific first. */
	private static final List<Map.Entry<Pattern, String>> CURRENCIES = List.of(
			Map.entry(Pattern.compile("^(hk|hongkong|港元|港币)"), "HKD"),
			Map.entry(Pattern.compile("^(nt|newtaiwan|taiwan|twd|新台币|台币)"), "TWD"),
			Map.entry(Pattern.compile("^(s\\$|singapore|sgd|新加坡元)"), "SGD"),
			Map.entry(Pattern.compile("^(a\\$|australian|aud)"), "AUD"),
			Map.entry(Pattern.compile("^(c\\$|canadian|cad)"), "CAD"),
			Map.entry(Pattern.compile("^(eur|€|欧元)"), "EUR"),
			Map.entry(Pattern.compile("^(£|pound|gbp|英镑)"), "GBP"),
			Map.entry(Pattern.compile("^(japanese|yen|jpy|日元)"), "JPY"),
			Map.entry(Pattern.compile("^(southkorean|korean|won|krw|韩元)"), "KRW"),
			Map.entry(Pattern.compile("^(swiss|chf)"), "CHF"),
			Map.entry(Pattern.compile("(\\$|dollar|^usd|^美元|^美金)"), "USD"));

	static String currencyOf(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
		for (Map.Entry<Pattern, String> currency : CURRENCIES) {
			if (currency.getKey().matcher(w).find()) {
				return currency.getValue();
			}
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
