package org.chinatechgraph.filter;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The full-text query that finds, through the index {@code entity_search} (name, aliases and Chinese name, split
 * into words by Lucene's standard analyzer), every node whose name, alias or Chinese name contains a given text,
 * and some that do not: the filter's own test then tells them apart. It is what lets a name filter start from an
 * index instead of reading every node of a label.
 * <p>
 * The text is cut where the analyzer would never join two of its characters into one word: at every character
 * that is neither a letter nor a digit, and around each Chinese character and each kana (the analyzer makes a
 * word of each of them alone, and of a run of katakana). Every piece then lies inside one indexed word of any name
 * that contains the text, so a node is found when each piece is part of one of its words ({@code *piece*}); a
 * Chinese character or hiragana is a word of its own and is asked as such. Text in a script whose case the index
 * folds otherwise than the filter's test does (Greek final sigma, the Turkish dotted I, ...) gets no query: the
 * filter then tests every node, as before.
 */
final class NameQuery {

	/** The analyzer's longest word; a longer run of letters is cut by it, and would not be found whole. */
	private static final int LONGEST_WORD = 255;

	/** The most pieces a query asks for. */
	static final int MOST_PIECES = 8;

	private NameQuery() {
	}

	/** The query for text already in lower case, or null when it has none (no letter or digit, or a script not folded alike). */
	static String of(String lowered) {
		List<String> pieces = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < lowered.length();) {
			int c = lowered.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetterOrDigit(c)) {
				flush(run, pieces);
				continue;
			}
			if (!foldedAlike(c)) {
				return null;
			}
			if (alone(c)) {
				flush(run, pieces);
				pieces.add(Character.toString(c));
			}
			else {
				run.appendCodePoint(c);
			}
		}
		flush(run, pieces);
		if (pieces.isEmpty() || pieces.stream().anyMatch(p -> p.length() > LONGEST_WORD)) {
			return null;
		}
		return String.join(" AND ", fewest(pieces).stream().map(NameQuery::clause).toList());
	}

	/**
	 * The pieces asked: each once, and of a long text only the {@link #MOST_PIECES} longest, in the text's order.
	 * Asking fewer finds more, never less, and keeps the query small whatever a request sends.
	 */
	private static List<String> fewest(List<String> pieces) {
		List<String> distinct = new ArrayList<>(new LinkedHashSet<>(pieces));
		if (distinct.size() <= MOST_PIECES) {
			return distinct;
		}
		Set<String> longest = new HashSet<>(distinct.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(MOST_PIECES)
			.toList());
		return distinct.stream().filter(longest::contains).toList();
	}

	private static void flush(StringBuilder run, List<String> pieces) {
		if (!run.isEmpty()) {
			pieces.add(run.toString());
			run.setLength(0);
		}
	}

	/** A Chinese character or a hiragana is a whole word in the index; any other piece is part of one. */
	private static String clause(String piece) {
		int c = piece.codePointAt(0);
		return piece.length() == Character.charCount(c) && wordOfItsOwn(c) ? piece : "*" + piece + "*";
	}

	/** A Chinese character or a hiragana: the analyzer makes a word of each alone. */
	private static boolean wordOfItsOwn(int c) {
		UnicodeScript script = UnicodeScript.of(c);
		return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA;
	}

	/** Characters the analyzer never joins to the ones beside them (katakana only to other katakana). */
	private static boolean alone(int c) {
		return wordOfItsOwn(c) || katakana(c);
	}

	/** Katakana, and the marks of its block that no script owns alone (the long-vowel mark ー). */
	private static boolean katakana(int c) {
		return UnicodeScript.of(c) == UnicodeScript.KATAKANA
				|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA;
	}

	/**
	 * Whether the index and the filter's test put this character in lower case alike: ASCII, Latin-1 letters,
	 * Chinese, kana and Hangul. Digits of any script stay digits.
	 */
	private static boolean foldedAlike(int c) {
		if (c < 0x250 && c != 0x130 && c != 0x131) {
			return true; // Basic Latin, Latin-1, Latin Extended-A and -B, but the Turkish dotted and dotless i
		}
		return Character.isDigit(c) || alone(c) || UnicodeScript.of(c) == UnicodeScript.HANGUL;
	}

}
