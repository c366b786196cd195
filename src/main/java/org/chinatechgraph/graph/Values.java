package org.chinatechgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The nested values of a row Cypher returns (or of a JSON document the service answered), read as what they are:
 * maps keyed by string and lists. The one place where their unchecked casts are made; a value of another shape
 * fails here with a {@link ClassCastException} naming it, not later where it is used.
 */
public final class Values {

	private Values() {
	}

	/** A map, or null for null. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return (Map<String, Object>) (Map<?, ?>) value;
	}

	/** The map under {@code key}, or null when there is none. */
	public static Map<String, Object> map(Map<String, ?> row, String key) {
		return map(row.get(key));
	}

	/** A list, empty for null (a property never set, a column a narrowed projection left out). */
	@SuppressWarnings("unchecked")
	public static <T> List<T> list(Object value) {
		return (value == null) ? List.of() : (List<T>) (List<?>) value;
	}

	/** The list under {@code key}, empty when there is none. */
	public static <T> List<T> list(Map<String, ?> row, String key) {
		return list(row.get(key));
	}

	/** The list of maps under {@code key}, empty when there is none. */
	public static List<Map<String, Object>> maps(Map<String, ?> row, String key) {
		return list(row.get(key));
	}

}
