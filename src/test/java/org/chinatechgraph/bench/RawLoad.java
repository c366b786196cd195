package org.chinatechgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.Labels;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The load baseline: the same fact files written by hand-tuned Cypher, {@code UNWIND $rows MERGE ...} with static
 * labels and types, one statement per label and per relationship type, one transaction per file, through the
 * driver. It writes the same nodes, properties, relationships, provenance (REPORTED_IN with its sentences) and
 * relationship sources, but none of the loader's bookkeeping: no content hash check, no alias merging, no
 * replacing of an earlier version of a source, no validation, money converted at one fixed rate.
 */
final class RawLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final double CNY_PER_USD = 6.9;

	private final Driver driver;

	RawLoad(Driver driver) {
		this.driver = driver;
	}

	/** Defined nodes (with a name), relationships and mentions (every listed node) of a file. */
	record Counts(long nodes, long relationships, long mentions) {

		Counts plus(Counts other) {
			return new Counts(this.nodes + other.nodes, this.relationships + other.relationships,
					this.mentions + other.mentions);
		}

	}

	@SuppressWarnings("unchecked")
	static Counts count(byte[] content) {
		Map<String, Object> file = JSON.readValue(content, Map.class);
		var nodes = (List<Map<String, Object>>) file.get("nodes");
		var rels = (List<Object>) file.getOrDefault("relationships", List.of());
		return new Counts(nodes.stream().filter(n -> n.get("name") != null).count(), rels.size(), nodes.size());
	}

	static Counts count(List<Path> files) throws java.io.IOException {
		Counts total = new Counts(0, 0, 0);
		for (Path file : files) {
			total = total.plus(count(Files.readAllBytes(file)));
		}
		return total;
	}

	@SuppressWarnings("unchecked")
	Counts load(byte[] content) {
		Map<String, Object> file = JSON.readValue(content, Map.class);
		var source = (Map<String, Object>) file.get("source");
		String article = (String) source.get("id");
		var nodes = (List<Map<String, Object>>) file.get("nodes");
		var rels = (List<Map<String, Object>>) file.getOrDefault("relationships", List.of());
		Map<String, List<Map<String, Object>>> defined = new LinkedHashMap<>();
		List<String> referred = new ArrayList<>();
		for (var node : nodes) {
			if (node.get("name") == null) {
				referred.add((String) node.get("id"));
				continue;
			}
			defined.computeIfAbsent((String) node.get("label"), k -> new ArrayList<>()).add(Map.of("id", node.get("id"),
					"props", props(node), "evidence", node.getOrDefault("evidence", List.of())));
		}
		Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
		for (var rel : rels) {
			Map<String, Object> props = new HashMap<>();
			for (String key : List.of("kind", "since", "status")) {
				if (rel.get(key) != null) {
					props.put(key, rel.get(key));
				}
			}
			money(props, "amount", (Map<String, Object>) rel.get("amount"));
			byType.computeIfAbsent((String) rel.get("type"), k -> new ArrayList<>())
				.add(Map.of("from", rel.get("from"), "to", rel.get("to"), "props", props, "evidence", rel.get("evidence")));
		}
		Map<String, Object> articleProps = new HashMap<>(source);
		articleProps.remove("id");
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run("MERGE (a:Article {id: $id}) SET a += $props", Map.of("id", article, "props", articleProps)).consume();
				defined.forEach((label, rows) -> tx.run(nodeStatement(label), Map.of("article", article, "rows", rows)).consume());
				if (!referred.isEmpty()) {
					tx.run("""
							MATCH (a:Article {id: $article})
							UNWIND $ids AS id
							MATCH (n:Entity {id: id})
							MERGE (n)-[:REPORTED_IN]->(a)
							""", Map.of("article", article, "ids", referred)).consume();
				}
				byType.forEach((type, rows) -> relationships(tx, type, article, rows));
			});
		}
		return new Counts(defined.values().stream().mapToLong(List::size).sum(), rels.size(), nodes.size());
	}

	private static void relationships(TransactionContext tx, String type, String article, List<Map<String, Object>> rows) {
		if (!Labels.RELATIONSHIP_TYPES.contains(type)) {
			throw new IllegalArgumentException("unknown relationship type " + type);
		}
		String arrow = type.equals("PARTNERS_WITH") ? "-" : "->";
		tx.run("""
				UNWIND $rows AS row
				MATCH (from:Entity {id: row.from})
				MATCH (to:Entity {id: row.to})
				MERGE (from)-[r:%s]%s(to)
				SET r += row.props, r.sources = [$article], r.evidence = row.evidence,
				    r.evidenceSources = [e IN row.evidence | $article]
				""".formatted(type, arrow), Map.of("article", article, "rows", rows)).consume();
	}

	private static String nodeStatement(String label) {
		String labels = String.join(":", Labels.of(label));
		return """
				MATCH (a:Article {id: $article})
				UNWIND $rows AS row
				MERGE (n:Entity {id: row.id})
				SET n:%s, n += row.props
				MERGE (n)-[m:REPORTED_IN]->(a)
				SET m.evidence = row.evidence
				""".formatted(labels);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Map<String, Object> node) {
		Map<String, Object> props = new HashMap<>();
		for (var entry : node.entrySet()) {
			switch (entry.getKey()) {
				case "id", "label", "evidence" -> {
				}
				case "investment" -> money(props, "investment", (Map<String, Object>) entry.getValue());
				case "signedOn" -> {
					String date = (String) entry.getValue();
					props.put("signedOn", date);
					props.put("year", Integer.parseInt(date.substring(0, 4)));
				}
				default -> props.put(entry.getKey(), entry.getValue());
			}
		}
		return props;
	}

	private static void money(Map<String, Object> props, String prefix, Map<String, Object> money) {
		if (money == null) {
			return;
		}
		double amount = ((Number) money.get("amount")).doubleValue();
		boolean usd = "USD".equals(money.get("currency"));
		props.put(prefix + "Amount", amount);
		props.put(prefix + "Currency", money.get("currency"));
		props.put(prefix + "Cny", usd ? amount * CNY_PER_USD : amount);
		props.put(prefix + "Usd", usd ? amount : amount / CNY_PER_USD);
	}

}
