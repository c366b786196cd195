package org.chinatechgraph.ingest.extract;

/** A sentence of the article: its text and its offsets {@code [start, end)} in the article. */
public record Sentence(String text, int start, int end) {

	/** Evidence for the words at {@code [from, to)} of this sentence (offsets relative to the sentence). */
	public Evidence evidence(int from, int to) {
		return new Evidence(this.text, this.start + from, this.start + to);
	}

	/** Evidence for the whole sentence. */
	public Evidence evidence() {
		return new Evidence(this.text, this.start, this.end);
	}

	/**
	 * A line with no closing punctuation whose words are mostly capitalised: a headline or section heading.
	 */
	public boolean isHeading() {
		String t = this.text.strip();
		if (t.isEmpty() || ".!?。！？”\"".indexOf(t.charAt(t.length() - 1)) >= 0) {
			return false;
		}
		String[] words = t.split("\\s+");
		int caps = 0;
		int counted = 0;
		for (String w : words) {
			if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
				continue;
			}
			counted++;
			if (Character.isUpperCase(w.charAt(0)) || Text.SMALL_WORDS.contains(w)) {
				caps++;
			}
		}
		return counted >= 2 && caps * 10 >= counted * 8;
	}

}
