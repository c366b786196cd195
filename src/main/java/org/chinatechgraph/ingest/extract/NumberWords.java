package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.Locale;

/**
 * Whole numbers news spells out in English, from "one" to "ninety-nine": "three projects", "Forty-eight major
 * projects", "twenty five plants", "fifteen billion yuan".
 */
public final class NumberWords {

	private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen");

	private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
			"eighty", "ninety");

	/** A regular expression for one such number, in any case: "seven", "forty-eight", "twenty five". */
	public static final String PATTERN = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)?"
			+ "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten)";

	private NumberWords() {
	}

	/** The value of a number spelled out, or null: "forty-eight" is 48, "Twelve" 12, "plant" null. */
	public static Integer value(String words) {
		String w = words.toLowerCase(Locale.ROOT).strip();
		int unit = UNITS.indexOf(w);
		if (unit > 0) {
			return unit;
		}
		String[] parts = w.split("[-\\s]+");
		if (parts.length == 0) {
			return null; // a dash alone, as in a dateline ("SHENYANG - ...")
		}
		int tens = TENS.indexOf(parts[0]);
		if (tens < 2 || parts.length > 2) {
			return null;
		}
		if (parts.length == 1) {
			return tens * 10;
		}
		int last = UNITS.indexOf(parts[1]);
		return last >= 1 && last <= 9 ? tens * 10 + last : null;
	}

}
