package org.chinatechgraph.summary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.ProjectSorts;
import org.chinatechgraph.system.SortOrder;

/**
 * Every project of the table in each order a list can ask ({@link ProjectSorts}), worked out once when the table is
 * read, as the list's statement orders them: by the sort value, projects without one last in either direction, ties
 * by id. Strings compare as Cypher compares them, by UTF-16 unit (a character past U+FFFF, a surrogate pair, comes
 * before U+E000 to U+FFFF, as Java's own order has it), numbers by value whatever their type, dates and times as such. A
 * sort field whose values are of more than one kind (a name that is a number somewhere) gets no order here: Cypher's
 * order across kinds is left to Cypher, and such lists read the graph.
 */
final class TableOrders {

	/** The column of the table's statement that holds the sort value of {@code field}. */
	static String column(String field) {
		return "sort" + field;
	}

	/** The sort fields, in the order {@link #values(Map)} gives their values. */
	private static final List<String> FIELDS = ProjectSorts.EXPRESSIONS.keySet().stream().sorted().toList();

	/** The columns of the table's statement that read every sort value, each a line of its {@code RETURN}. */
	static String columns() {
		return FIELDS.stream()
			.map(field -> ",\n       " + ProjectSorts.EXPRESSIONS.get(field) + " AS " + column(field))
			.collect(Collectors.joining());
	}

	/** A row's sort values, as read by {@link #columns()}, one per field. */
	static Object[] values(Map<String, Object> row) {
		return FIELDS.stream().map(field -> row.get(column(field))).toArray();
	}

	/** The kinds of value besides strings and numbers that Java orders as Cypher does. */
	private static final Set<Class<?>> NATURAL = Set.of(Boolean.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class);

	private final Map<String, int[]> orders;

	/** For each order, each row's place in it (the inverse of {@link #orders}). */
	private final Map<String, int[]> ranks;

	private TableOrders(Map<String, int[]> orders) {
		this.orders = orders;
		Map<String, int[]> ranks = new HashMap<>();
		orders.forEach((key, rows) -> {
			int[] rank = new int[rows.length];
			for (int place = 0; place < rows.length; place++) {
				rank[rows[place]] = place;
			}
			ranks.put(key, rank);
		});
		this.ranks = Map.copyOf(ranks);
	}

	/**
	 * The orders of the projects with these ids and sort values ({@link #values(Map)} of each), by row number; the
	 * sort values are not kept.
	 */
	static TableOrders of(String[] ids, List<Object[]> sortValues) {
		Map<String, int[]> orders = new HashMap<>();
		for (int f = 0; f < FIELDS.size(); f++) {
			String field = FIELDS.get(f);
			int column = f;
			Object[] values = sortValues.stream().map(v -> v[column]).toArray();
			Comparator<Object> byValue = comparator(values);
			if (byValue == null) {
				continue;
			}
			for (boolean descending : new boolean[] { false, true }) {
				Comparator<Object> direction = descending ? byValue.reversed() : byValue;
				Comparator<Integer> rowOrder = (a, b) -> {
					Object x = values[a];
					Object y = values[b];
					if (x == null || y == null) {
						int nulls = Boolean.compare(x == null, y == null);
						if (nulls != 0) {
							return nulls;
						}
					}
					else {
						int c = direction.compare(x, y);
						if (c != 0) {
							return c;
						}
					}
					return ids[a].compareTo(ids[b]);
				};
				Integer[] boxed = new Integer[values.length];
				Arrays.setAll(boxed, i -> i);
				Arrays.sort(boxed, rowOrder);
				orders.put(key(field, descending), Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
			}
		}
		return new TableOrders(Map.copyOf(orders));
	}

	/** The row numbers of every project in {@code order}; null for an order not known here. */
	int[] rows(SortOrder order) {
		return this.orders.get(key(order.field(), order.descending()));
	}

	/** Each row's place in {@code order}; null for an order not known here. */
	int[] ranks(SortOrder order) {
		return this.ranks.get(key(order.field(), order.descending()));
	}

	private static String key(String field, boolean descending) {
		return field + (descending ? " DESC" : " ASC");
	}

	/**
	 * How the values of one sort field compare, when all of them (nulls aside) are of one kind that compares as
	 * Cypher compares it; null otherwise.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Object> comparator(Object[] values) {
		Class<?> kind = null;
		for (Object value : values) {
			if (value == null) {
				continue;
			}
			Class<?> k = value instanceof Number ? Number.class : value.getClass();
			if (kind != null && kind != k || value instanceof Double d && d.isNaN()
					|| value instanceof Float f && f.isNaN() || !(value instanceof Comparable)) {
				return null;
			}
			kind = k;
		}
		if (kind == null || kind == String.class) {
			return (a, b) -> ((String) a).compareTo((String) b);
		}
		if (kind == Number.class) {
			return (a, b) -> numbers((Number) a, (Number) b);
		}
		if (NATURAL.contains(kind)) {
			return (a, b) -> ((Comparable) a).compareTo(b);
		}
		return null; // zoned values and the rest: Cypher's order of them is Cypher's
	}

	private static int numbers(Number a, Number b) {
		if (isWhole(a) && isWhole(b)) {
			return Long.compare(a.longValue(), b.longValue());
		}
		double x = a.doubleValue();
		double y = b.doubleValue();
		return x < y ? -1 : x > y ? 1 : 0;
	}

	private static boolean isWhole(Number n) {
		return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
	}

}
