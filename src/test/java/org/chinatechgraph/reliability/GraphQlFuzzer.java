package org.chinatechgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Generates malformed and hostile GraphQL requests from the served schema (read by introspection) and the example
 * questions: documents built from the schema's own fields with arguments of right and wrong types, hostile strings
 * and extreme numbers; corrupted examples; deep nesting, huge lists, alias floods, fragment cycles; bad variables
 * and operation names; and bodies that are not GraphQL requests at all (malformed JSON, wrong content types, invalid
 * UTF-8, lone surrogates, huge bodies). The same seed gives the same cases.
 */
final class GraphQlFuzzer {

	/** A request: its body and content type, or a query sent with GET. */
	record Case(String kind, byte[] body, String contentType, String getQuery) {

		String text() {
			return this.getQuery != null ? this.getQuery : new String(this.body, StandardCharsets.UTF_8);
		}

	}

	private final Random random;

	private final Map<String, JsonNode> types = new HashMap<>();

	private final List<JsonNode> rootFields = new ArrayList<>();

	private final List<String> examples;

	GraphQlFuzzer(JsonNode schema, List<String> examples, long seed) {
		this.random = new Random(seed);
		this.examples = List.copyOf(examples);
		schema.path("types").forEach(type -> this.types.put(type.path("name").asString(), type));
		String query = schema.path("queryType").path("name").asString("Query");
		this.types.get(query).path("fields").forEach(this.rootFields::add);
	}

	Case next() {
		int pick = this.random.nextInt(100);
		if (pick < 40) {
			return json("generated", document(), null);
		}
		if (pick < 55) {
			return json("corrupted example", corrupt(example()), null);
		}
		if (pick < 65) {
			return json("deep or huge", deepOrHuge(), null);
		}
		if (pick < 75) {
			return variablesAndOperations();
		}
		if (pick < 90) {
			return malformedBody();
		}
		String document = this.random.nextBoolean() ? document() : example();
		return new Case("get", null, null, document);
	}

	// documents from the schema

	private String document() {
		int fields = 1 + this.random.nextInt(3);
		StringBuilder out = new StringBuilder(this.random.nextInt(4) == 0 ? "query Q " : "");
		out.append("{ ");
		for (int i = 0; i < fields; i++) {
			JsonNode field = this.rootFields.get(this.random.nextInt(this.rootFields.size()));
			out.append(field(field, 0)).append(' ');
		}
		return out.append('}').toString();
	}

	private String field(JsonNode field, int depth) {
		StringBuilder out = new StringBuilder();
		if (this.random.nextInt(10) == 0) {
			out.append("a").append(this.random.nextInt(1000)).append(": ");
		}
		out.append(this.random.nextInt(40) == 0 ? "unknownField" : field.path("name").asString());
		List<String> args = new ArrayList<>();
		for (JsonNode arg : field.path("args")) {
			boolean required = "NON_NULL".equals(arg.path("type").path("kind").asString());
			if (required ? this.random.nextInt(20) != 0 : this.random.nextInt(3) == 0) {
				args.add(arg.path("name").asString() + ": " + value(arg.path("type"), 0));
			}
		}
		if (this.random.nextInt(30) == 0) {
			args.add("bogus: " + value(null, 0));
		}
		if (!args.isEmpty()) {
			out.append('(').append(String.join(", ", args)).append(')');
		}
		JsonNode type = named(field.path("type"));
		String kind = type == null ? "SCALAR" : type.path("kind").asString();
		if (kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION")) {
			out.append(' ').append(selection(type, depth + 1));
		}
		else if (this.random.nextInt(30) == 0) {
			out.append(" { id }");
		}
		return out.toString();
	}

	private String selection(JsonNode type, int depth) {
		List<JsonNode> fields = new ArrayList<>();
		type.path("fields").forEach(fields::add);
		if (fields.isEmpty() || depth > 2 + this.random.nextInt(6)) {
			return this.random.nextInt(15) == 0 ? "{ }" : "{ __typename }";
		}
		StringBuilder out = new StringBuilder("{ ");
		int count = 1 + this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			out.append(field(fields.get(this.random.nextInt(fields.size())), depth)).append(' ');
		}
		if (type.path("kind").asString().equals("INTERFACE") && this.random.nextBoolean()) {
			out.append("... on Project { name } ");
		}
		return out.append('}').toString();
	}

	/** A literal for the type: right most of the time, else of another type, null, or hostile. */
	private String value(JsonNode typeRef, int depth) {
		if (typeRef == null || this.random.nextInt(8) == 0 || depth > 4) {
			return wrongValue();
		}
		String kind = typeRef.path("kind").asString();
		if (kind.equals("NON_NULL")) {
			return this.random.nextInt(30) == 0 ? "null" : value(typeRef.path("ofType"), depth);
		}
		if (kind.equals("LIST")) {
			int size = this.random.nextInt(20) == 0 ? 2000 + this.random.nextInt(8000) : this.random.nextInt(4);
			List<String> items = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				items.add(size > 100 ? quoted("province:zhejiang") : value(typeRef.path("ofType"), depth + 1));
			}
			return "[" + String.join(", ", items) + "]";
		}
		JsonNode type = this.types.get(typeRef.path("name").asString());
		String name = typeRef.path("name").asString();
		if (type != null && type.path("kind").asString().equals("ENUM")) {
			List<String> values = new ArrayList<>();
			type.path("enumValues").forEach(v -> values.add(v.path("name").asString()));
			return this.random.nextInt(5) == 0 ? "NOT_A_VALUE" : values.get(this.random.nextInt(values.size()));
		}
		if (type != null && type.path("kind").asString().equals("INPUT_OBJECT")) {
			List<String> fields = new ArrayList<>();
			for (JsonNode field : type.path("inputFields")) {
				if (this.random.nextInt(3) == 0) {
					fields.add(field.path("name").asString() + ": " + value(field.path("type"), depth + 1));
				}
			}
			if (this.random.nextInt(10) == 0) {
				fields.add("unknownInput: 1");
			}
			return "{" + String.join(", ", fields) + "}";
		}
		return switch (name) {
			case "Int", "Long" -> String.valueOf(Hostile.number(this.random));
			case "Float", "BigDecimal" -> this.random.nextBoolean() ? "1.5" : String.valueOf(Hostile.number(this.random));
			case "Boolean" -> this.random.nextBoolean() ? "true" : "false";
			case "ID" -> quoted(this.random.nextBoolean() ? someId() : Hostile.string(this.random));
			case "PartialDate" -> quoted(List.of("2020", "2020-07", "2020-07-03", "2020-13", "2020-02-30", "0000", "99999",
					"July 2020", "").get(this.random.nextInt(9)));
			default -> quoted(this.random.nextInt(3) == 0 ? someText() : Hostile.string(this.random));
		};
	}

	private String wrongValue() {
		return switch (this.random.nextInt(7)) {
			case 0 -> "null";
			case 1 -> String.valueOf(Hostile.number(this.random));
			case 2 -> quoted(Hostile.string(this.random));
			case 3 -> "[1, \"two\", {three: 3}]";
			case 4 -> "{nested: {deeper: [true]}}";
			case 5 -> "$undefinedVariable";
			default -> "SOME_ENUM";
		};
	}

	private String someId() {
		return List.of("province:zhejiang", "university:peking-university", "project:tianyou-led-and-advanced-packaging",
				"company:dongguan-tianyou-semiconductor", "article:kunshan-2021-11", "sector:semiconductors",
				"project:nope", "nope", "").get(this.random.nextInt(9));
	}

	private String someText() {
		return List.of("Zhejiang", "semiconductor", "Peking", "advanced packaging", "Xheijian", "Kunshan")
			.get(this.random.nextInt(6));
	}

	/** A GraphQL string literal; sometimes a block string, sometimes left unterminated. */
	private String quoted(String text) {
		if (this.random.nextInt(50) == 0) {
			return "\"" + text;
		}
		if (this.random.nextInt(20) == 0) {
			return "\"\"\"" + text.replace("\"\"\"", "\\\"\"\"") + "\"\"\"";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	// corrupted examples

	private String example() {
		return this.examples.get(this.random.nextInt(this.examples.size()));
	}

	private String corrupt(String document) {
		StringBuilder out = new StringBuilder(document);
		int edits = 1 + this.random.nextInt(4);
		String noise = "{}()[]:$@!.\"\\#,=|&\u0000\u202E\u200B";
		for (int i = 0; i < edits && out.length() > 0; i++) {
			int at = this.random.nextInt(out.length());
			switch (this.random.nextInt(5)) {
				case 0 -> out.deleteCharAt(at);
				case 1 -> out.insert(at, noise.charAt(this.random.nextInt(noise.length())));
				case 2 -> out.setLength(at);
				case 3 -> out.insert(at, out.substring(at, Math.min(out.length(), at + 1 + this.random.nextInt(40))));
				default -> out.insert(at, " " + Hostile.string(this.random) + " ");
			}
		}
		return out.toString();
	}

	// deep nesting, huge lists, floods

	private String deepOrHuge() {
		int n = 50 + this.random.nextInt(5000);
		return switch (this.random.nextInt(9)) {
			case 0 -> "{ " + "project(id: \"x\") { investors { investor { investments { project { ".repeat(n / 10 + 1)
					+ "id" + " } } } } }".repeat(n / 10 + 1) + " }";
			case 1 -> "{ place(id: \"province:zhejiang\") { " + "children { ".repeat(n) + "id" + " }".repeat(n) + " } }";
			case 2 -> "{ nodes(ids: " + "[".repeat(n) + "\"a\"" + "]".repeat(n) + ") { id } }";
			case 3 -> "{ projects(filter: " + "{name: ".repeat(n) + "\"x\"" + "}".repeat(n) + ") { totalCount } }";
			case 4 -> {
				StringBuilder out = new StringBuilder("{ ");
				int aliases = this.random.nextInt(4) == 0 ? 1000 + this.random.nextInt(5000) : 10 + this.random.nextInt(200);
				for (int i = 0; i < aliases; i++) {
					out.append("a").append(i).append(i % 50 == 0 ? ": sectors { totalCount } " : ": __typename ");
				}
				yield out.append('}').toString();
			}
			case 5 -> "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
			case 6 -> "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name "
					+ "fields { name } } } } } } } } } } }";
			case 7 -> "{ search(text: \"" + "semiconductor ".repeat(n) + "\") { __typename } }";
			default -> "{ nodes(ids: [" + "\"province:zhejiang\", ".repeat(n * 4) + "\"x\"]) { id } }";
		};
	}

	// variables and operations

	private Case variablesAndOperations() {
		Map<String, Object> body = new LinkedHashMap<>();
		switch (this.random.nextInt(8)) {
			case 0 -> {
				body.put("query", "query Q($id: ID!) { node(id: $id) { id } }");
				body.put("variables", Map.of("id", List.of(1, 2)));
			}
			case 1 -> {
				body.put("query", "query Q($first: Int) { projects(first: $first) { totalCount } }");
				body.put("variables", Map.of("first", Hostile.number(this.random)));
			}
			case 2 -> {
				body.put("query", "query Q($id: ID!) { node(id: $id) { id } }");
				body.put("variables", Map.of());
			}
			case 3 -> {
				body.put("query", "query A { sectors { totalCount } } query B { parks { totalCount } }");
				if (this.random.nextBoolean()) {
					body.put("operationName", Hostile.string(this.random));
				}
			}
			case 4 -> {
				body.put("query", "query Q($f: ProjectFilter) { projects(filter: $f) { totalCount } }");
				body.put("variables", Map.of("f", Map.of("name", Hostile.string(this.random), "bogus", 1)));
			}
			case 5 -> {
				body.put("query", document());
				body.put("variables", Hostile.string(this.random));
			}
			case 6 -> {
				body.put("query", "mutation { ingestFactFile(content: \"{}\") { __typename } }");
			}
			default -> {
				body.put("query", "subscription { projects { totalCount } }");
				body.put("extensions", Map.of("persistedQuery", Map.of("sha256Hash", "abc", "version", 1)));
			}
		}
		return new Case("variables and operations", bytes(body), "application/json", null);
	}

	// bodies that are not requests

	private Case malformedBody() {
		String document = this.random.nextBoolean() ? example() : document();
		byte[] good = bytes(Map.of("query", document));
		return switch (this.random.nextInt(14)) {
			case 0 -> new Case("truncated json", java.util.Arrays.copyOf(good, this.random.nextInt(good.length)),
					"application/json", null);
			case 1 -> new Case("not json", document.getBytes(StandardCharsets.UTF_8), "application/json", null);
			case 2 -> new Case("wrong content type", good, List.of("text/plain", "application/xml",
					"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/graphql",
					"application/json; charset=ebcdic", "*/*", "garbage", "application/*").get(this.random.nextInt(9)), null);
			case 3 -> new Case("no content type", good, null, null);
			case 4 -> new Case("empty body", new byte[0], "application/json", null);
			case 5 -> new Case("json of other shapes", List.of("[]", "null", "42", "\"query\"", "{}", "{\"query\": null}",
					"{\"query\": 42}", "{\"query\": {\"a\": 1}}", "{\"query\": [\"{ sectors { totalCount } }\"]}",
					"[{\"query\": \"{ sectors { totalCount } }\"}]", "{\"query\": \"\"}", "{\"query\": \"   \"}",
					"{\"query\": \"{ sectors { totalCount } }\", \"query\": \"{ x }\"}")
				.get(this.random.nextInt(13)).getBytes(StandardCharsets.UTF_8), "application/json", null);
			case 6 -> {
				byte[] broken = good.clone();
				for (int i = 0; i < 3; i++) {
					broken[this.random.nextInt(broken.length)] = (byte) (0x80 + this.random.nextInt(0x80));
				}
				yield new Case("invalid utf-8", broken, "application/json", null);
			}
			case 7 -> new Case("lone surrogate", Hostile.withLoneSurrogates(bytes(Map.of("query",
					"{ search(text: \"" + Hostile.LONE_SURROGATE + "\") { __typename } }"))), "application/json", null);
			case 8 -> new Case("utf-16", "{\"query\": \"{ sectors { totalCount } }\"}".getBytes(StandardCharsets.UTF_16),
					"application/json", null);
			case 9 -> new Case("byte order mark", ("\uFEFF" + new String(good, StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8), "application/json", null);
			case 10 -> new Case("deep json", ("{\"query\": \"{ sectors { totalCount } }\", \"variables\": "
					+ "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8),
					"application/json", null);
			case 11 -> new Case("huge body", bytes(Map.of("query", "{ sectors { totalCount } }", "variables",
					Map.of("pad", "x".repeat(2_000_000 + this.random.nextInt(6_000_000))))), "application/json", null);
			case 12 -> new Case("escaped nul", "{\"query\": \"{ search(text: \\\"\\u0000\\\") { __typename } }\"}"
				.getBytes(StandardCharsets.UTF_8), "application/json", null);
			default -> new Case("trailing garbage", (new String(good, StandardCharsets.UTF_8) + "}}]]garbage")
				.getBytes(StandardCharsets.UTF_8), "application/json", null);
		};
	}

	private Case json(String kind, String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		if (variables != null) {
			body.put("variables", variables);
		}
		return new Case(kind, Hostile.withLoneSurrogates(bytes(body)), "application/json", null);
	}

	private JsonNode named(JsonNode typeRef) {
		JsonNode t = typeRef;
		while (t != null && !t.isMissingNode() && (t.path("kind").asString().equals("NON_NULL")
				|| t.path("kind").asString().equals("LIST"))) {
			t = t.path("ofType");
		}
		return t == null ? null : this.types.get(t.path("name").asString());
	}

	private static byte[] bytes(Map<String, Object> body) {
		return GraphQlHttp.JSON.writeValueAsBytes(body);
	}

}
