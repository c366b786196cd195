package org.chinatechgraph.ingest.extract;

/** Full-width forms that Chinese text writes digits and Latin letters in, read as ASCII. */
public final class FullWidth {

	private FullWidth() {
	}

	/**
	 * The text with its full-width digits, Latin letters and decimal points ("总投资５０亿元", "ＬＥＤ") as ASCII, so that
	 * amounts, numbers and Latin names read alike however typed. The length is unchanged.
	 */
	public static String alphanumerics(String text) {
		StringBuilder b = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '．') {
				if (b == null) {
					b = new StringBuilder(text);
				}
				b.setCharAt(i, (char) (c - 0xFEE0));
			}
		}
		return b == null ? text : b.toString();
	}

}
