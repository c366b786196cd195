package org.chinatechgraph.curation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Values;

/**
 * Neo4j property values as JSON-safe values and back, keeping their types: a date stays a date and an integer an
 * integer, so a node taken apart by a merge comes back exactly as it was.
 */
final class PropertyCodec {

	private PropertyCodec() {
	}

	static Map<String, Object> encode(Map<String, Object> properties) {
		Map<String, Object> encoded = new LinkedHashMap<>();
		properties.forEach((key, value) -> encoded.put(key, encodeValue(value)));
		return encoded;
	}

	static Map<String, Object> decode(Object encoded) {
		Map<String, Object> decoded = new LinkedHashMap<>();
		Values.map(encoded).forEach((key, value) -> decoded.put(key, decodeValue(value)));
		return decoded;
	}

	private static Object encodeValue(Object value) {
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			list.forEach(item -> items.add(encodeValue(item)));
			return Map.of("list", items);
		}
		String type = switch (value) {
			case String s -> "string";
			case Long l -> "integer";
			case Integer i -> "integer";
			case Double d -> "float";
			case Float f -> "float";
			case Boolean b -> "boolean";
			case LocalDate d -> "date";
			case LocalDateTime d -> "localdatetime";
			case ZonedDateTime d -> "datetime";
			case OffsetDateTime d -> "offsetdatetime";
			default -> throw new IllegalArgumentException("cannot keep a property of type " + value.getClass());
		};
		return Map.of(type, value.toString());
	}

	private static Object decodeValue(Object encoded) {
		var entry = Values.map(encoded).entrySet().iterator().next();
		if (entry.getKey().equals("list")) {
			List<Object> items = new ArrayList<>();
			Values.list(entry.getValue()).forEach(item -> items.add(decodeValue(item)));
			return items;
		}
		String text = (String) entry.getValue();
		return switch (entry.getKey()) {
			case "string" -> text;
			case "integer" -> Long.parseLong(text);
			case "float" -> Double.parseDouble(text);
			case "boolean" -> Boolean.parseBoolean(text);
			case "date" -> LocalDate.parse(text);
			case "localdatetime" -> LocalDateTime.parse(text);
			case "datetime" -> ZonedDateTime.parse(text);
			case "offsetdatetime" -> OffsetDateTime.parse(text);
			default -> throw new IllegalArgumentException("unknown property type " + entry.getKey());
		};
	}

}
