package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into sentences: at line breaks, and after '.', '!', '?' (and the Chinese 。！？) followed by
 * space and an upper-case letter, a digit or a quote; not after abbreviations ("Co.", "Ltd.", "U.S.", "No.",
 * "Nov.") or initials, and never inside a number ("98.06"); a shouted dateline ("HEFEI - ") is a sentence of its own. Text that runs on for longer than any sentence
 * ({@link #MAX_LENGTH}) is read in pieces.
 */
public final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("co", "ltd", "inc", "corp", "no", "nos", "mr", "mrs", "ms",
			"dr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			"vs", "etc", "e.g", "i.e", "approx", "dept", "govt", "gov", "int'l", "jr", "sr", "u.s", "u.k", "u.c",
			"p.r", "e.u", "st", "mt", "fig", "vol", "est", "bn", "mln", "bln"));

	private SentenceSplitter() {
	}

	public static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int n = text.length();
		int start = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				add(sentences, text, start, i);
				start = i + 1;
			}
			else if (c == '。' || c == '！' || c == '？' || c == '；') {
				int end = i + 1;
				while (end < n && isClosingQuote(text.charAt(end))) {
					end++;
				}
				add(sentences, text, start, end);
				start = end;
				i = end - 1;
			}
			else if (c == '.' || c == '!' || c == '?') {
				int end = i + 1;
				while (end < n && (isClosingQuote(text.charAt(end)) || text.charAt(end) == ')')) {
					end++;
				}
				if (end < n && !Character.isWhitespace(text.charAt(end))) {
					continue;
				}
				int next = end;
				while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00a0')) {
					next++;
				}
				if (next < n && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
					char following = text.charAt(next);
					boolean opens = Character.isUpperCase(following) || Character.isDigit(following)
							|| "“\"‘'(".indexOf(following) >= 0 || Character.UnicodeScript.of(following) == Character.UnicodeScript.HAN;
					if (!opens) {
						continue;
					}
				}
				if (c == '.' && isAbbreviation(text, start, i) && !startsSentence(text, next)) {
					continue;
				}
				add(sentences, text, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(sentences, text, start, n);
		return sentences;
	}

	/** Whether the word at {@code at} is one that opens sentences and never continues a name (It, The, This...). */
	private static boolean startsSentence(String text, int at) {
		int e = at;
		while (e < text.length() && Character.isLetter(text.charAt(e))) {
			e++;
		}
		return Text.SENTENCE_STARTERS.contains(text.substring(at, e));
	}

	private static boolean isClosingQuote(char c) {
		return c == '”' || c == '"' || c == '’' || c == '\'';
	}

	/** Whether the word before the dot at {@code dot} is an abbreviation or an initial. */
	private static boolean isAbbreviation(String text, int from, int dot) {
		int b = dot;
		while (b > from && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(') {
			b--;
		}
		String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
		if (word.isEmpty()) {
			return false;
		}
		if (ABBREVIATIONS.contains(word)) {
			return true;
		}
		// single capital initial ("J. Smith") or dotted initials ("U.S")
		if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
			return true;
		}
		return word.matches("(?:[a-z]\\.)+[a-z]");
	}

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		int s = start;
		int e = end;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		while (e - s > MAX_LENGTH) {
			// text with no sentence end for longer than any sentence news writes (a page read without its
			// punctuation): read in pieces no longer than that, cut after a clause's mark or a space when there is one
			int cut = cut(text, s, s + MAX_LENGTH);
			add(sentences, text, s, cut);
			s = cut;
			while (s < e && Character.isWhitespace(text.charAt(s))) {
				s++;
			}
		}
		Matcher dateline = DATELINE.matcher(text).region(s, e);
		if (dateline.lookingAt()) {
			// "SHENYANG - China's first ...": the place the story was filed from is no part of its first sentence
			sentences.add(new Sentence(text.substring(s, dateline.end(1)), s, dateline.end(1)));
			s = dateline.end();
		}
		if (e > s) {
			sentences.add(new Sentence(text.substring(s, e), s, e));
		}
	}

	/** A shouted dateline and its dash opening a sentence: "HEFEI - ", "NEW YORK -- ", "XI'AN — ". */
	private static final Pattern DATELINE = Pattern.compile("([A-Z][A-Z'’.]{2,}(?: [A-Z][A-Z'’.]+)*) ?(?:--?|–|—) (?=\\S)");

	/**
	 * The longest sentence read whole, in characters. The longest in the corpus is under 1,000; each rule reads a
	 * sentence in time that grows faster than its length, so a text with no sentence end is read in pieces.
	 */
	public static final int MAX_LENGTH = 1_200;

	/** Where to cut {@code [from, limit)}: after its last clause mark, else its last space, else at the limit. */
	private static int cut(String text, int from, int limit) {
		int space = -1;
		for (int i = limit - 1; i > from + MAX_LENGTH / 2; i--) {
			char c = text.charAt(i);
			if (";；,，、:：".indexOf(c) >= 0) {
				return i + 1;
			}
			if (space < 0 && Character.isWhitespace(c)) {
				space = i;
			}
		}
		if (space > 0) {
			return space;
		}
		return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
	}

}
