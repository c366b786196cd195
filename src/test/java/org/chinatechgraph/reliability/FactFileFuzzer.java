package org.chinatechgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates malformed and hostile fact files: a valid generated article with one to three mutations (a required
 * field removed, a value of the wrong type, a bad id, an unknown label or type, an extra property, impossible money
 * or dates, a relationship to a node the file does not list, hostile text, huge lists, deep nesting) or bytes that
 * are not a fact file at all. Mutations touch only the file's own new nodes and source, never the reference nodes it
 * names, so that a file still valid after them can be taken back out without a trace.
 */
final class FactFileFuzzer {

	/** A fact file to try, with the article it was made from. */
	record Case(String kind, byte[] content, GeneratedArticle base) {
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Random random;

	private int count;

	FactFileFuzzer(long seed) {
		this.random = new Random(seed);
	}

	Case next() {
		var base = GeneratedArticle.of("fuzz-" + "%06d".formatted(this.count++), this.random);
		ObjectNode file = (ObjectNode) GraphQlHttp.JSON.readTree(base.json());
		if (this.random.nextInt(12) == 0) {
			return raw(base, GraphQlHttp.JSON.writeValueAsBytes(file));
		}
		List<String> kinds = new ArrayList<>();
		int mutations = 1 + this.random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			kinds.add(mutate(file));
		}
		byte[] content = Hostile.withLoneSurrogates(GraphQlHttp.JSON.writeValueAsBytes(file));
		return new Case(String.join("+", kinds), content, base);
	}

	/** Changes the file in one way and names the way. */
	private String mutate(ObjectNode file) {
		// earlier mutations may have removed or retyped any of these: then a detached stand-in takes the change
		ObjectNode source = (file.get("source") instanceof ObjectNode o) ? o : NODES.objectNode();
		ArrayNode nodes = (file.get("nodes") instanceof ArrayNode a) ? a : NODES.arrayNode();
		ArrayNode rels = (file.get("relationships") instanceof ArrayNode a) ? a : NODES.arrayNode();
		ObjectNode own = object(nodes, Math.min(2, nodes.size()), source);
		ObjectNode rel = object(rels, rels.size(), source);
		switch (this.random.nextInt(14)) {
			case 0 -> {
				ObjectNode target = pick(file, source, own, rel);
				List<String> names = new ArrayList<>(target.propertyNames());
				if (!names.isEmpty()) {
					target.remove(names.get(this.random.nextInt(names.size())));
				}
				return "missing field";
			}
			case 1 -> {
				ObjectNode target = pick(file, source, own, rel);
				List<String> names = new ArrayList<>(target.propertyNames());
				if (!names.isEmpty()) {
					target.set(names.get(this.random.nextInt(names.size())), wrongType());
				}
				return "wrong type";
			}
			case 2 -> {
				String bad = Hostile.string(this.random);
				switch (this.random.nextInt(3)) {
					case 0 -> source.put("id", bad);
					case 1 -> own.put("id", bad);
					default -> rel.put(this.random.nextBoolean() ? "from" : "to", bad);
				}
				return "bad id";
			}
			case 3 -> {
				if (this.random.nextBoolean()) {
					own.put("label", List.of("Spaceship", "project", "Entity", "Article", "", "Project;DROP")
						.get(this.random.nextInt(6)));
				}
				else {
					rel.put("type", List.of("OWNS", "REPORTED_IN", "invests_in", "", "INVESTS_IN`]->() DELETE r //")
						.get(this.random.nextInt(5)));
				}
				return "unknown label or type";
			}
			case 4 -> {
				pick(file, source, own, rel).put(List.of("extra", "$schema2", "__proto__", "id ").get(this.random.nextInt(4)),
						Hostile.string(this.random));
				return "extra property";
			}
			case 5 -> {
				ObjectNode money = NODES.objectNode();
				Object amount = Hostile.number(this.random);
				if (amount instanceof String text) {
					money.put("amount", text);
				}
				else {
					money.set("amount", GraphQlHttp.JSON.valueToTree(amount));
				}
				money.put("currency", List.of("CNY", "USD", "EUR", "", "cny").get(this.random.nextInt(5)));
				if (this.random.nextBoolean()) {
					money.put("year", List.of(1800, 3000, -5, 2020, Integer.MAX_VALUE).get(this.random.nextInt(5)));
				}
				if (this.random.nextBoolean()) {
					own.set("investment", money);
				}
				else {
					rel.set("amount", money);
				}
				return "odd money";
			}
			case 6 -> {
				String date = List.of("2020-13", "2020-02-30", "0000", "20201", "2020-1-1", "", "2020-07-03T00:00",
						"９９９９", Hostile.string(this.random)).get(this.random.nextInt(9));
				switch (this.random.nextInt(3)) {
					case 0 -> source.put("publishedOn", date);
					case 1 -> own.put("signedOn", date);
					default -> rel.put("since", date);
				}
				return "bad date";
			}
			case 7 -> {
				rel.put("to", this.random.nextBoolean() ? rel.path("from").asString() : "company:fuzz-not-listed");
				return "bad endpoint";
			}
			case 8, 9 -> {
				String text = Hostile.string(this.random);
				switch (this.random.nextInt(5)) {
					case 0 -> own.put("name", text);
					case 1 -> source.put("title", text);
					case 2 -> array(own, "aliases").add(text);
					case 3 -> array(rel, "evidence").add(text);
					default -> own.put("description", text);
				}
				return "hostile text";
			}
			case 10 -> {
				int size = 1000 + this.random.nextInt(9000);
				switch (this.random.nextInt(3)) {
					case 0 -> {
						ArrayNode aliases = array(own, "aliases");
						for (int i = 0; i < size; i++) {
							aliases.add("alias " + i);
						}
					}
					case 1 -> {
						for (int i = 0; i < size; i++) {
							rels.add(rel.deepCopy().put("to", "company:fuzz-unlisted-" + i));
						}
					}
					default -> {
						ArrayNode evidence = array(rel, "evidence");
						for (int i = 0; i < size; i++) {
							evidence.add("sentence " + i);
						}
					}
				}
				return "huge list";
			}
			case 11 -> {
				JsonNode deep = NODES.textNode("x");
				// deeper than this, Jackson refuses to write it; the raw cases send far deeper nesting as text
				int depth = 50 + this.random.nextInt(400);
				for (int i = 0; i < depth; i++) {
					deep = this.random.nextBoolean() ? NODES.arrayNode().add(deep) : NODES.objectNode().set("a", deep);
				}
				own.set(this.random.nextBoolean() ? "aliases" : "nested", deep);
				return "deep nesting";
			}
			case 12 -> {
				nodes.add(own.deepCopy());
				return "node listed twice";
			}
			default -> {
				List<String> blanks = List.of(" ", "", "\t");
				own.put("name", blanks.get(this.random.nextInt(3)));
				return "blank name";
			}
		}
	}

	private ObjectNode object(ArrayNode items, int bound, ObjectNode otherwise) {
		if (bound <= 0) {
			return otherwise;
		}
		return (items.get(this.random.nextInt(bound)) instanceof ObjectNode o) ? o : otherwise;
	}

	private static ArrayNode array(ObjectNode owner, String name) {
		if (owner.get(name) instanceof ArrayNode existing) {
			return existing;
		}
		ArrayNode created = NODES.arrayNode();
		owner.set(name, created);
		return created;
	}

	private ObjectNode pick(ObjectNode file, ObjectNode source, ObjectNode own, ObjectNode rel) {
		return List.of(file, source, own, rel).get(this.random.nextInt(4));
	}

	private JsonNode wrongType() {
		return switch (this.random.nextInt(6)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.numberNode(42);
			case 2 -> NODES.booleanNode(true);
			case 3 -> NODES.arrayNode().add("a").add(1);
			case 4 -> NODES.objectNode().put("a", 1);
			default -> NODES.textNode(Hostile.string(this.random));
		};
	}

	/** Bytes that are not a valid fact file as JSON goes: cut short, bit-flipped, re-encoded, doubled, empty. */
	private Case raw(GeneratedArticle base, byte[] good) {
		byte[] content = switch (this.random.nextInt(8)) {
			case 0 -> Arrays.copyOf(good, this.random.nextInt(good.length));
			case 1 -> {
				byte[] broken = good.clone();
				for (int i = 0; i < 4; i++) {
					broken[this.random.nextInt(broken.length)] = (byte) this.random.nextInt(256);
				}
				yield broken;
			}
			case 2 -> new String(good, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
			case 3 -> ("\uFEFF" + new String(good, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
			case 4 -> (new String(good, StandardCharsets.UTF_8) + new String(good, StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8);
			case 5 -> new byte[0];
			case 6 -> "[]".getBytes(StandardCharsets.UTF_8);
			default -> ("{\"source\": " + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
		};
		return new Case("not a fact file", content, base);
	}

}
