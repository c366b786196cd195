package org.chinatechgraph.graph;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps the rows of the queries to records. Every query returns a node as {@code n {.*, labels: labels(n)}}
 * (see {@link #PROJECTION}), so one mapper serves them all.
 */
public final class GraphNodes {

	/** The Cypher map projection every query uses to return a node named {@code n}. */
	public static final String PROJECTION = "n {.*, labels: labels(n)}";

	/** The properties a money field {@code investment} is kept in: {@code investmentAmount}, and so on. */
	public static final List<String> MONEY_SUFFIXES = List.of("Amount", "Currency", "Text", "Cny", "Usd", "RateYear");

	/** The properties a relationship keeps its sources in: article ids, sentences, and each sentence's article. */
	public static final List<String> SOURCE_KEYS = List.of("sources", "evidence", "evidenceSources");

	private GraphNodes() {
	}

	/** The record for a node returned through {@link #PROJECTION}; null for null. */
	public static GraphNode from(Object value) {
		if (value == null) {
			return null;
		}
		var map = Values.map(value);
		var labels = Values.<String>list(map, "labels");
		if (labels.contains("Article")) {
			return new Article(str(map, "id"), str(map, "title"), str(map, "kind"), str(map, "publisher"),
					str(map, "url"), str(map, "file"), str(map, "publishedOn"), str(map, "note"));
		}
		String id = str(map, "id");
		String name = str(map, "name");
		List<String> aliases = map.get("aliases") == null ? List.of() : Values.<String>list(map, "aliases");
		if (labels.contains("Project")) {
			return new Project(id, name, aliases, str(map, "description"), enumName(str(map, "status")), str(map, "signedOn"),
					integer(map, "startYear"), integer(map, "completionYear"), integer(map, "phases"),
					integer(map, "year"), money(map, "investment"));
		}
		if (labels.contains("Organization")) {
			return new Organization(id, name, aliases, specific(labels), str(map, "nameZh"), str(map, "description"),
					str(map, "country"), str(map, "level"));
		}
		if (labels.contains("Place")) {
			return new Place(id, name, aliases, specific(labels), str(map, "code"), str(map, "nameZh"),
					str(map, "description"));
		}
		if (labels.contains("Park")) {
			return new Park(id, name, aliases, str(map, "kind"), str(map, "nameZh"), str(map, "description"));
		}
		if (labels.contains("Program")) {
			return new Program(id, name, aliases, str(map, "description"), integer(map, "count"),
					integer(map, "year"), money(map, "investment"));
		}
		if (labels.contains("Sector")) {
			return new Sector(id, name, aliases, str(map, "description"));
		}
		throw new IllegalStateException("Node " + id + " has no known label: " + labels);
	}

	/** The record for a node that must be an entity. */
	public static Entity entity(Object value) {
		return (Entity) from(value);
	}

	public static <T extends GraphNode> T as(Object value, Class<T> type) {
		return type.cast(from(value));
	}

	/** The sources of a relationship returned as {@code r {.sources, .evidence, .evidenceSources}}. */
	public static List<Source> sources(Map<String, Object> relationship) {
		// absent, or null when a narrowed projection names a property the relationship does not have
		var ids = Values.<String>list(relationship, SOURCE_KEYS.get(0));
		var evidence = Values.<String>list(relationship, SOURCE_KEYS.get(1));
		var evidenceSources = Values.<String>list(relationship, SOURCE_KEYS.get(2));
		Map<String, List<String>> byArticle = new LinkedHashMap<>();
		ids.forEach(id -> byArticle.put(id, new ArrayList<>()));
		for (int i = 0; i < evidence.size() && i < evidenceSources.size(); i++) {
			byArticle.computeIfAbsent(evidenceSources.get(i), k -> new ArrayList<>()).add(evidence.get(i));
		}
		return byArticle.entrySet().stream().map(e -> new Source(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** Money stored as {@code <prefix>Amount}, {@code <prefix>Currency}... on a node or relationship. */
	public static Money money(Map<String, Object> map, String prefix) {
		String[] keys = MONEY_KEYS.computeIfAbsent(prefix,
				p -> MONEY_SUFFIXES.stream().map(suffix -> p + suffix).toArray(String[]::new));
		Object amount = map.get(keys[0]);
		if (amount == null) {
			return null;
		}
		return new Money(decimal(amount), Currency.getInstance(str(map, keys[1])), str(map, keys[2]),
				decimal(map.get(keys[3])), decimal(map.get(keys[4])), integer(map, keys[5]));
	}

	/** The money properties' names by prefix ({@code investment}, {@code amount}), made once, not on every read. */
	private static final Map<String, String[]> MONEY_KEYS = new ConcurrentHashMap<>();

	private static String specific(List<String> labels) {
		return labels.stream()
			.filter(l -> !l.equals("Entity") && !l.equals("Organization") && !l.equals("Place"))
			.findFirst()
			.orElseThrow()
			.toUpperCase(Locale.ROOT);
	}

	/** "under construction" → UNDER_CONSTRUCTION, as the schema's enums spell it. */
	private static String enumName(String value) {
		return value == null ? null : value.toUpperCase(Locale.ROOT).replace(' ', '_');
	}

	private static BigDecimal decimal(Object value) {
		return value == null ? null
				: BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, java.math.RoundingMode.HALF_EVEN);
	}

	private static String str(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : value.toString();
	}

	private static Integer integer(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : ((Number) value).intValue();
	}

}
