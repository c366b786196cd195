package org.chinatechgraph.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import org.chinatechgraph.graph.Values;
import org.chinatechgraph.ingest.Labels;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the whole graph as fact files, one per source, so that loading them in order into an empty store through
 * the loader gives back the same graph: every node with its labels and properties, every relationship with its
 * properties, sources and sentences, every mention with its sentences.
 * <p>
 * Each file states the full properties of every node it mentions (but the aliases, which each file states as its
 * source did) and of every relationship it is a source of (the
 * values the graph holds, whichever source gave them), so the result does not depend on which file comes last. The
 * one thing order decides, the order of {@code sources} and {@code evidence} on a relationship several sources state,
 * is kept by ordering the files consistently with those lists.
 */
@Service
public class GraphExporter {

	/** Node properties a fact file states as they are. */
	private static final List<String> NODE_FIELDS = List.of("name", "nameZh", "description", "status",
			"signedOn", "startYear", "completionYear", "phases", "count", "year", "country", "level", "kind", "code");

	/** Node properties the loader derives (or the export carries elsewhere). */
	private static final Set<String> NODE_DERIVED = Set.of("id", "aliases", "signedStart", "signedEnd", "investmentAmount",
			"investmentCurrency", "investmentText", "investmentCny", "investmentUsd", "investmentRateYear");

	private static final List<String> SOURCE_FIELDS = List.of("kind", "title", "publisher", "url", "file",
			"publishedOn", "note");

	private static final Set<String> SOURCE_DERIVED = Set.of("id", "contentHash", "publishedStart", "publishedEnd");

	private static final List<String> RELATIONSHIP_FIELDS = List.of("kind", "since", "status");

	private static final Set<String> RELATIONSHIP_DERIVED = Set.of("sources", "evidence", "evidenceSources",
			"amountAmount", "amountCurrency", "amountText", "amountCny", "amountUsd", "amountRateYear");

	private final Neo4jClient neo4j;

	private final TransactionTemplate readOnly;

	GraphExporter(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Writes the graph's fact files and their {@code manifest.tsv} into a new or empty directory. */
	public GraphExport exportTo(Path directory) {
		GraphExport export = export();
		ExportDirectory.write(export, directory);
		return export;
	}

	/**
	 * Reads the graph in one read transaction. Neo4j reads committed data statement by statement, so an export
	 * taken while the service loads files may mix before and after; take it from a quiet service.
	 */
	public GraphExport export() {
		return this.readOnly.execute(status -> read());
	}

	private GraphExport read() {
		List<String> warnings = new ArrayList<>();
		Map<String, Map<String, Object>> sources = new TreeMap<>();
		for (var row : this.neo4j.query(BackupQueries.SOURCES).fetch().all()) {
			sources.put((String) row.get("id"), props(row));
		}
		Map<String, Map<String, Object>> nodes = new HashMap<>();
		List<AliasState.NodeAliases> nodeAliases = new ArrayList<>();
		for (var row : this.neo4j.query(BackupQueries.NODES).fetch().all()) {
			String id = (String) row.get("id");
			Map<String, Object> props = props(row);
			nodes.put(id, node(id, asStrings(row.get("labels")), props, warnings));
			nodeAliases.add(new AliasState.NodeAliases(id, asStrings(props.get("aliases"))));
		}
		List<AliasState.Added> added = new ArrayList<>();
		Map<String, List<Map<String, Object>>> mentions = new HashMap<>();
		for (var row : this.neo4j.query(BackupQueries.MENTIONS).fetch().all()) {
			Map<String, Object> mention = new LinkedHashMap<>(nodes.get((String) row.get("node")));
			Map<String, Object> props = props(row);
			if (!asStrings(props.get("aliases")).isEmpty()) {
				mention.put("aliases", props.get("aliases"));
			}
			mention.put("evidence", props.getOrDefault("evidence", List.of()));
			added.add(new AliasState.Added((String) row.get("source"), (String) row.get("node"),
					asStrings(props.get("addedAliases"))));
			unknown("REPORTED_IN of " + row.get("node"), props.keySet(), List.of(),
					Set.of("evidence", "aliases", "addedAliases"), warnings);
			mentions.computeIfAbsent((String) row.get("source"), k -> new ArrayList<>()).add(mention);
		}
		Map<String, List<Map<String, Object>>> stated = new HashMap<>();
		Map<String, Set<String>> after = new HashMap<>();
		long relationships = 0;
		for (var row : this.neo4j.query(BackupQueries.RELATIONSHIPS).fetch().all()) {
			relationships++;
			Map<String, Object> props = props(row);
			String where = row.get("type") + " " + row.get("from") + " -> " + row.get("to");
			unknown(where, props.keySet(), RELATIONSHIP_FIELDS, RELATIONSHIP_DERIVED, warnings);
			List<String> sourcesOfIt = asStrings(props.get("sources"));
			if (sourcesOfIt.isEmpty()) {
				warnings.add(where + ": no source states it, so no fact file can carry it");
			}
			for (int i = 1; i < sourcesOfIt.size(); i++) {
				after.computeIfAbsent(sourcesOfIt.get(i - 1), k -> new HashSet<>()).add(sourcesOfIt.get(i));
			}
			for (String source : sourcesOfIt) {
				stated.computeIfAbsent(source, k -> new ArrayList<>())
					.add(relationship(row, props, source, where, warnings));
			}
		}
		List<String> order = restoreOrder(sources, after, warnings);
		List<ExportedFile> files = new ArrayList<>();
		for (String id : order) {
			Map<String, Object> props = sources.get(id);
			unknown(id, props.keySet(), SOURCE_FIELDS, SOURCE_DERIVED, warnings);
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("id", id);
			copy(props, SOURCE_FIELDS, source);
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("source", source);
			content.put("nodes", mentions.getOrDefault(id, List.of()));
			content.put("relationships", stated.getOrDefault(id, List.of()));
			String name = "%04d-%s.json".formatted(files.size() + 1, id.replace(':', '-'));
			files.add(new ExportedFile(name, id, (String) props.get("contentHash"), content));
		}
		var foreign = this.neo4j.query(BackupQueries.FOREIGN).fetch().one().orElseThrow();
		foreign.forEach((what, count) -> {
			if (((Number) count).longValue() > 0) {
				warnings.add(count + " " + what + " outside the fact model (no fact file can carry them)");
			}
		});
		long nodeCount = nodes.size() + sources.size() + ((Number) foreign.get("nodes")).longValue();
		long mentionCount = mentions.values().stream().mapToLong(List::size).sum();
		return new GraphExport(List.copyOf(files), nodeCount,
				relationships + mentionCount + ((Number) foreign.get("relationships")).longValue(),
				new AliasState(List.copyOf(nodeAliases), List.copyOf(added)), List.copyOf(warnings));
	}

	private static Map<String, Object> node(String id, List<String> labels, Map<String, Object> props,
			List<String> warnings) {
		String label = Labels.forId(id);
		if (label == null || !Set.copyOf(Labels.of(label)).equals(Set.copyOf(labels))) {
			warnings.add(id + ": labels " + labels + " do not follow from its id");
		}
		unknown(id, props.keySet(), NODE_FIELDS, NODE_DERIVED, warnings);
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("id", id);
		node.put("label", label);
		copy(props, NODE_FIELDS, node);
		Object money = money(props, "investment");
		if (money != null) {
			node.put("investment", money);
		}
		return node;
	}

	private static Map<String, Object> relationship(Map<String, Object> row, Map<String, Object> props, String source,
			String where, List<String> warnings) {
		Map<String, Object> rel = new LinkedHashMap<>();
		rel.put("type", row.get("type"));
		rel.put("from", row.get("from"));
		rel.put("to", row.get("to"));
		Object money = money(props, "amount");
		if (money != null) {
			rel.put("amount", money);
		}
		copy(props, RELATIONSHIP_FIELDS, rel);
		List<String> evidence = asStrings(props.get("evidence"));
		List<String> evidenceSources = asStrings(props.get("evidenceSources"));
		List<String> sentences = new ArrayList<>();
		for (int i = 0; i < evidence.size() && i < evidenceSources.size(); i++) {
			if (source.equals(evidenceSources.get(i))) {
				sentences.add(evidence.get(i));
			}
		}
		if (sentences.isEmpty() || evidence.size() != evidenceSources.size()) {
			warnings.add(where + ": the sentences of " + source + " cannot be told apart");
		}
		rel.put("evidence", sentences);
		return rel;
	}

	/** Money as the source stated it; the year is the one whose rate the loader used, so it converts the same. */
	private static Map<String, Object> money(Map<String, Object> props, String prefix) {
		if (!props.containsKey(prefix + "Amount")) {
			return null;
		}
		Map<String, Object> money = new LinkedHashMap<>();
		money.put("amount", number(props.get(prefix + "Amount")));
		money.put("currency", props.get(prefix + "Currency"));
		if (props.containsKey(prefix + "Text")) {
			money.put("text", props.get(prefix + "Text"));
		}
		if (props.containsKey(prefix + "RateYear")) {
			money.put("year", props.get(prefix + "RateYear"));
		}
		return money;
	}

	/**
	 * Sources in an order that agrees with the order of {@code sources} on every relationship: reference data
	 * first, then by id, as far as the relationships leave the choice free.
	 */
	private static List<String> restoreOrder(Map<String, Map<String, Object>> sources, Map<String, Set<String>> after,
			List<String> warnings) {
		Map<String, Integer> before = new HashMap<>();
		sources.keySet().forEach(id -> before.put(id, 0));
		after.forEach((first, next) -> next.forEach(id -> before.merge(id, 1, Integer::sum)));
		Comparator<String> preference = Comparator
			.comparing((String id) -> !"reference".equals(sources.getOrDefault(id, Map.of()).get("kind")))
			.thenComparing(Comparator.naturalOrder());
		PriorityQueue<String> ready = new PriorityQueue<>(preference);
		before.forEach((id, count) -> {
			if (count == 0) {
				ready.add(id);
			}
		});
		List<String> order = new ArrayList<>();
		while (!ready.isEmpty()) {
			String id = ready.poll();
			order.add(id);
			for (String next : after.getOrDefault(id, Set.of())) {
				if (before.merge(next, -1, Integer::sum) == 0) {
					ready.add(next);
				}
			}
		}
		if (order.size() < before.size()) {
			warnings.add("the order of sources on some relationships contradicts itself; a restore may order them otherwise");
			before.keySet().stream().filter(id -> !order.contains(id)).sorted(preference).forEach(order::add);
		}
		order.removeIf(id -> !sources.containsKey(id));
		return order;
	}

	private static void unknown(String where, Set<String> keys, List<String> fields, Set<String> derived,
			List<String> warnings) {
		for (String key : keys) {
			if (!fields.contains(key) && !derived.contains(key)) {
				warnings.add(where + ": property '" + key + "' is not part of a fact file and is left out");
			}
		}
	}

	private static void copy(Map<String, Object> props, List<String> fields, Map<String, Object> into) {
		for (String field : fields) {
			Object value = props.get(field);
			if (value != null) {
				into.put(field, (value instanceof Double) ? number(value) : value);
			}
		}
	}

	/** A whole number as an integer, so that files read as the seed files do; any other number as it is. */
	private static Object number(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return d.longValue();
		}
		return value;
	}

	private static Map<String, Object> props(Map<String, Object> row) {
		return new TreeMap<>(Values.map(row, "props"));
	}

	private static List<String> asStrings(Object value) {
		return Values.list(value);
	}

}
