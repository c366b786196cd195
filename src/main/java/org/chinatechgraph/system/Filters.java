package org.chinatechgraph.system;

import java.util.List;
import java.util.Locale;

/** How filter arguments become query parameters; an empty filter is null, which lets everything through. */
public final class Filters {

	private Filters() {
	}

	/** Text to match case-insensitively: stripped and lower-cased, or null when blank. */
	public static String lowered(String text) {
		return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
	}

	/** A schema enum constant as the graph's label: COMPANY → Company. */
	public static String label(String constant) {
		return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
	}

	/** Schema enum constants as labels, or null for none. */
	public static List<String> labels(List<String> constants) {
		return constants == null || constants.isEmpty() ? null : constants.stream().map(Filters::label).toList();
	}

	/** A list, or null when it has nothing in it. */
	public static <T> List<T> orNull(List<T> values) {
		return values == null || values.isEmpty() ? null : values;
	}

}
