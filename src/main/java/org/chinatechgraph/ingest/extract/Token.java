package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a sentence with its offsets {@code [start, end)} in the sentence. Words keep inner
 * hyphens, apostrophes, dots and ampersands ("800-million-yuan", "Tianyou’s", "U.S", "R&D", "98.06").
 */
record Token(String text, int start, int end) {

	private static final Pattern TOKEN = Pattern.compile(
			"[\\p{L}\\p{N}]+(?:(?:[’'&.\\-/]|,(?=\\d{3}\\b))[\\p{L}\\p{N}]+)*|\\S");

	static List<Token> of(String sentence) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(sentence);
		while (m.find()) {
			tokens.add(new Token(m.group(), m.start(), m.end()));
		}
		return tokens;
	}

	boolean isWord() {
		return Character.isLetterOrDigit(this.text.charAt(0));
	}

	boolean is(String s) {
		return this.text.equalsIgnoreCase(s);
	}

	String lower() {
		return this.text.toLowerCase(java.util.Locale.ROOT);
	}

}
