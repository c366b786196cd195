package org.chinatechgraph.support;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A whole graph as sorted lines of text, one per node (labels and every property) and one per relationship (type,
 * endpoint ids and every property), so that two graphs are identical exactly when their dumps are equal. Values are
 * written the same way whether they come through the driver or from an embedded database. Merge records
 * (bookkeeping kept for undoing merges, not facts) are left out.
 */
public record GraphDump(List<String> lines) {

	private static final String NODES = "MATCH (n) WHERE NOT n:MergeRecord RETURN labels(n) AS labels, properties(n) AS props";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
			""";

	/** The graph a service sees through its client. */
	public static GraphDump of(Neo4jClient neo4j) {
		return of(CypherRunner.of(neo4j));
	}

	/** The default database of an embedded Neo4j. */
	public static GraphDump of(DatabaseManagementService dbms) {
		return of(CypherRunner.of(dbms.database("neo4j")));
	}

	public static GraphDump of(CypherRunner cypher) {
		List<String> lines = new ArrayList<>();
		for (var row : cypher.rows(NODES)) {
			List<String> labels = ((List<?>) row.get("labels")).stream().map(String::valueOf).sorted().toList();
			lines.add("(" + String.join(":", labels) + " " + value(row.get("props")) + ")");
		}
		for (var row : cypher.rows(RELATIONSHIPS)) {
			lines.add("(" + row.get("from") + ")-[" + row.get("type") + " " + value(row.get("props")) + "]->("
					+ row.get("to") + ")");
		}
		lines.sort(null);
		return new GraphDump(List.copyOf(lines));
	}

	/** A SHA-256 of the dump: equal for equal graphs. */
	public String checksum() {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			this.lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Map<?, ?> map) {
			return new TreeMap<>(map).entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + value(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphDump::value).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value.getClass().isArray()) {
			List<Object> list = new ArrayList<>();
			for (int i = 0; i < Array.getLength(value); i++) {
				list.add(Array.get(value, i));
			}
			return value(list);
		}
		if (value instanceof String text) {
			return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return String.valueOf(((Number) value).longValue());
		}
		if (value instanceof Float f) {
			return String.valueOf(f.doubleValue());
		}
		return value.getClass().getSimpleName() + ":" + value;
	}

	public int size() {
		return this.lines.size();
	}

}
