package org.chinatechgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.system.neo4j.EmbeddedNeo4jSecret;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questions the cache of reads was asked most, kept in a file across restarts: each read statement with its
 * parameters and how often it was asked, never an answer (answers are always read from the graph). Parameter
 * values keep their Java types ({@code 5} as an Integer or a Long, as it was sent), so a question asked again
 * after a restart finds the answer read for it. A file that cannot be read, or a question holding a value of
 * another type, is left out; the file is written owner-only, as it holds what callers typed.
 */
final class WarmQuestions {

	/** A read statement, its parameters and how many times it was asked. */
	record Question(String cypher, Map<String, Object> parameters, long asked) {
	}

	private static final JsonMapper JSON = JsonMapper.shared();

	private WarmQuestions() {
	}

	/** Writes the questions to {@code file}, replacing it whole; those with a value that cannot be kept are left out. */
	static void save(Path file, List<Question> questions) throws IOException {
		ArrayNode all = JSON.createArrayNode();
		for (Question question : questions) {
			ObjectNode parameters = JSON.createObjectNode();
			try {
				question.parameters().forEach((name, value) -> parameters.set(name, encode(value)));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			all.addObject().put("cypher", question.cypher()).put("asked", question.asked()).set("parameters", parameters);
		}
		EmbeddedNeo4jSecret.write(file, JSON.writeValueAsBytes(all), true);
	}

	/** The questions in {@code file}: none when there is no file or it cannot be read. */
	static List<Question> load(Path file) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try {
			JsonNode all = JSON.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
			List<Question> questions = new ArrayList<>();
			for (JsonNode question : all) {
				try {
					questions.add(question(question));
				}
				catch (JacksonException | IllegalArgumentException ex) {
					// a question this version cannot read is left out, the others kept
				}
			}
			return questions;
		}
		catch (IOException | JacksonException ex) {
			return List.of();
		}
	}

	private static Question question(JsonNode question) {
		Map<String, Object> parameters = new HashMap<>();
		for (var parameter : question.required("parameters").properties()) {
			parameters.put(parameter.getKey(), decode(parameter.getValue()));
		}
		JsonNode cypher = question.required("cypher");
		if (!cypher.isString()) {
			throw new IllegalArgumentException("not a statement: " + cypher);
		}
		return new Question(cypher.stringValue(), parameters, question.required("asked").asLong());
	}

	private static JsonNode encode(Object value) {
		return switch (value) {
			case null -> JSON.getNodeFactory().nullNode();
			case String s -> JSON.getNodeFactory().stringNode(s);
			case Boolean b -> JSON.getNodeFactory().booleanNode(b);
			case Integer i -> JSON.createObjectNode().put("int", i);
			case Long l -> JSON.createObjectNode().put("long", l);
			case Double d -> JSON.createObjectNode().put("double", d);
			case List<?> list -> {
				ArrayNode items = JSON.createArrayNode();
				list.forEach(item -> items.add(encode(item)));
				yield items;
			}
			case Map<?, ?> map -> {
				ObjectNode entries = JSON.createObjectNode();
				map.forEach((k, v) -> entries.set(String.valueOf(k), encode(v)));
				yield JSON.createObjectNode().set("map", entries);
			}
			default -> throw new IllegalArgumentException("cannot keep a " + value.getClass().getSimpleName());
		};
	}

	private static Object decode(JsonNode node) {
		if (node.isNull()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>();
			node.forEach(item -> items.add(decode(item)));
			return items;
		}
		if (node.isObject() && node.size() == 1) {
			var only = node.properties().iterator().next();
			JsonNode value = only.getValue();
			switch (only.getKey()) {
				case "int" -> {
					if (value.canConvertToInt()) {
						return value.intValue();
					}
				}
				case "long" -> {
					if (value.canConvertToLong()) {
						return value.longValue();
					}
				}
				case "double" -> {
					if (value.isNumber()) {
						return value.doubleValue();
					}
				}
				case "map" -> {
					Map<String, Object> map = new LinkedHashMap<>();
					for (var entry : value.properties()) {
						map.put(entry.getKey(), decode(entry.getValue()));
					}
					return map;
				}
				default -> {
				}
			}
		}
		throw new IllegalArgumentException("not a kept value: " + node);
	}

}
