package org.chinatechgraph.ingest.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms a name is compared in: case, accents, punctuation, legal suffixes ("Co., Ltd.", "Limited", "Inc.")
 * and parenthesised places ("(Kunshan)") do not make two names different.
 */
public final class NameKeys {

	private static final Pattern PARENTHESISED = Pattern.compile("[(（][^)）]*[)）]");

	private static final Pattern LEGAL_SUFFIX = Pattern.compile(
			"(\\s+(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|group|holdings?|s\\s?a|ag))+$");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private NameKeys() {
	}

	/** The comparison keys of a name: with and without what its parentheses hold. */
	public static Set<String> of(String name) {
		Set<String> keys = new LinkedHashSet<>();
		if (name == null || name.isBlank()) {
			return keys;
		}
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", " and ");
		add(keys, PARENTHESISED.matcher(folded).replaceAll(" "));
		add(keys, folded);
		return keys;
	}

	private static void add(Set<String> keys, String form) {
		String words = NOT_WORD.matcher(form.replace("'", "").replace("’", "")).replaceAll(" ").strip();
		words = words.startsWith("the ") ? words.substring(4) : words;
		String stripped = LEGAL_SUFFIX.matcher(words).replaceAll("").strip();
		if (!stripped.isEmpty()) {
			keys.add(stripped);
		}
		else if (!words.isEmpty()) {
			keys.add(words);
		}
	}

	/** How alike two keys are, 0 to 1, by edit distance; short keys must be equal. */
	public static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1;
		}
		int longest = Math.max(a.length(), b.length());
		if (Math.min(a.length(), b.length()) < 6) {
			return 0;
		}
		return 1 - (double) distance(a, b) / longest;
	}

	/** The initials of a key's words: "national university of defense technology" → "nudt". */
	public static String initials(String key) {
		StringBuilder initials = new StringBuilder();
		for (String word : key.split(" ")) {
			if (!word.isEmpty() && !Set.of("of", "and", "for", "the", "in").contains(word)) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
