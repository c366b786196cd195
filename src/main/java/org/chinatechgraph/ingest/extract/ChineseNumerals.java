package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;

/**
 * Numbers written in Chinese numerals, as news writes counts and sums: "十二", "一百一十七", "两千", "三点五", and with
 * the large units "两千万", "一亿五千万", "一万亿". A leading unit stands for one of it ("百亿" is a hundred 亿).
 */
public final class ChineseNumerals {

	/** The characters a Chinese numeral is written with. */
	public static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿点";

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The value of {@code numeral}, or null when it is not a numeral. */
	public static BigDecimal value(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return null;
		}
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal section = BigDecimal.ZERO;
		BigDecimal number = null;
		boolean decimals = false;
		BigDecimal place = BigDecimal.ONE;
		for (char c : numeral.toCharArray()) {
			int digit = digit(c);
			if (digit >= 0) {
				if (decimals) {
					place = place.movePointLeft(1);
					number = (number == null ? BigDecimal.ZERO : number).add(place.multiply(BigDecimal.valueOf(digit)));
				}
				else {
					number = BigDecimal.valueOf(digit);
				}
				continue;
			}
			if (c == '点') {
				if (decimals || number == null) {
					return null;
				}
				decimals = true;
				continue;
			}
			int unit = c == '十' ? 1 : c == '百' ? 2 : c == '千' ? 3 : 0;
			if (unit > 0) {
				if (decimals) {
					return null;
				}
				section = section.add((number == null ? BigDecimal.ONE : number).movePointRight(unit));
				number = null;
			}
			else if (c == '万') {
				section = section.add(number == null ? BigDecimal.ZERO : number);
				section = (section.signum() == 0 ? BigDecimal.ONE : section).movePointRight(4);
				number = null;
				decimals = false;
				place = BigDecimal.ONE;
			}
			else if (c == '亿') {
				BigDecimal before = total.add(section).add(number == null ? BigDecimal.ZERO : number);
				total = (before.signum() == 0 ? BigDecimal.ONE : before).movePointRight(8);
				section = BigDecimal.ZERO;
				number = null;
				decimals = false;
				place = BigDecimal.ONE;
			}
			else {
				return null;
			}
		}
		BigDecimal value = total.add(section).add(number == null ? BigDecimal.ZERO : number);
		value = value.stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	private static int digit(char c) {
		if (c == '两') {
			return 2;
		}
		if (c == '〇') {
			return 0;
		}
		return DIGITS.indexOf(c);
	}

}
