package org.chinatechgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into full-text queries that cannot fail to parse: every Lucene operator is escaped.
 * For the main index, each word matches exactly (boosted), by prefix, or (from four letters on) with one typo;
 * text with Chinese characters is matched as a phrase, since that index splits it into single characters. Text
 * with Chinese characters also queries the CJK index, whose terms are pairs of characters: the whole text as a
 * phrase (boosted), or any of its pairs.
 */
public final class LuceneQuery {

	private static final Pattern SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private LuceneQuery() {
	}

	public static String of(String text) {
		String cleaned = text.strip();
		if (CJK.matcher(cleaned).find()) {
			return "\"" + escape(cleaned) + "\"";
		}
		List<String> clauses = new ArrayList<>();
		for (String word : cleaned.toLowerCase(Locale.ROOT).split("[\\s,;.]+")) {
			if (word.isEmpty()) {
				continue;
			}
			String escaped = escape(word);
			StringBuilder clause = new StringBuilder("(").append(escaped).append("^3");
			clause.append(" OR ").append(escaped).append('*');
			if (word.length() >= 4) {
				clause.append(" OR ").append(escaped).append("~1");
			}
			clauses.add(clause.append(')').toString());
		}
		return String.join(" ", clauses);
	}

	/** The query of the CJK index, or null when the text has no Chinese characters. */
	static String cjk(String text) {
		String cleaned = text.strip();
		if (!CJK.matcher(cleaned).find()) {
			return null;
		}
		String escaped = escape(cleaned);
		return "\"" + escaped + "\"^3 OR (" + escaped + ")";
	}

	private static String escape(String word) {
		return SPECIAL.matcher(word).replaceAll("\\\\$1");
	}

}
