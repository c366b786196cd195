package org.chinatechgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a full-text query that cannot fail to parse: every Lucene operator is escaped,
 * each word matches exactly (boosted), by prefix, or (from four letters on) with one typo. Text with Chinese
 * characters is matched as a phrase, since the index splits it into single characters.
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

	private static String escape(String word) {
		return SPECIAL.matcher(word).replaceAll("\\\\$1");
	}

}
