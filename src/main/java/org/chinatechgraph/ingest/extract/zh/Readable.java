package org.chinatechgraph.ingest.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as the rules read it: without what a page prints inside words. Traditional-script pages print the
 * pinyin of some characters right after them ("項(xiàng)目", "管委會(huì)"), which would cut every name they fall in;
 * pages taken from a PDF break their lines inside words ("子公\n司") and set a space around numbers and Latin words.
 * {@code origin} maps each kept character back to its offset in the sentence, so evidence stays the article's own.
 */
record Readable(String text, int[] origins) {

	/** A character's pinyin in parentheses right after it: toned Latin letters only ("(qū)", "(chǎn)"). */
	private static final String PINYIN = "(?<=\\p{IsHan})\\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\\)";

	/** A line break inside a sentence: a line the page wrapped at its width ({@link ChineseExtractor#unwrapped}). */
	private static final String LINE_BREAK = "\\r?\\n";

	/** A space typeset between a character and a digit or Latin letter ("三期 12 英寸", "22.1 亿"), in no word. */
	private static final String SPACING = "(?<=\\p{IsHan}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=\\p{IsHan})";

	private static final Pattern DROPPED = Pattern.compile(PINYIN + "|" + LINE_BREAK + "|" + SPACING);

	static Readable of(String sentence) {
		StringBuilder kept = new StringBuilder(sentence.length());
		int[] origins = new int[sentence.length()];
		int from = 0;
		Matcher m = DROPPED.matcher(sentence);
		while (m.find()) {
			from = keep(sentence, from, m.start(), kept, origins);
			from = m.end();
		}
		keep(sentence, from, sentence.length(), kept, origins);
		return new Readable(kept.toString(), java.util.Arrays.copyOf(origins, kept.length()));
	}

	private static int keep(String sentence, int from, int to, StringBuilder kept, int[] origins) {
		for (int i = from; i < to; i++) {
			origins[kept.length()] = i;
			kept.append(sentence.charAt(i));
		}
		return to;
	}

	/** The sentence offset of the character at {@code at} of the text. */
	int origin(int at) {
		return at < this.origins.length ? this.origins[at] : this.origins.length == 0 ? 0 : this.origins[this.origins.length - 1] + 1;
	}

	/** The sentence offset just after the character before {@code at} of the text: the end of a span ending there. */
	int originEnd(int at) {
		return at == 0 ? origin(0) : this.origins[at - 1] + 1;
	}

}
