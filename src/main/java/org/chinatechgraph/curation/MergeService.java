package org.chinatechgraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.chinatechgraph.graph.Values;
import org.chinatechgraph.ingest.Labels;
import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.NotFoundException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two nodes that are one thing, and undoes a merge. The kept node takes every relationship and every
 * source of the merged one (relationships both had become one with the sources and sentences of both) and its
 * names as aliases; what the merge changed is recorded, so undoing it restores both nodes as they were.
 */
@Service
public class MergeService {

	private final Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	MergeService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** A relationship of a node, seen from it. */
	record Rel(String type, boolean outgoing, String other, Map<String, Object> props) {

		String key() {
			return this.type + "|" + ("PARTNERS_WITH".equals(this.type) ? "" : this.outgoing) + "|" + this.other;
		}

		Map<String, Object> row() {
			return Map.of("type", this.type, "outgoing", this.outgoing, "other", this.other, "props", this.props);
		}

		Map<String, Object> encoded() {
			return Map.of("type", this.type, "outgoing", this.outgoing, "other", this.other, "props",
					PropertyCodec.encode(this.props));
		}

		static Rel decoded(Map<String, Object> map) {
			return new Rel((String) map.get("type"), (Boolean) map.get("outgoing"), (String) map.get("other"),
					PropertyCodec.decode(map.get("props")));
		}

	}

	@Transactional
	public Merge merge(String keptId, String mergedId) {
		if (Objects.equals(keptId, mergedId)) {
			throw new BadRequestException("cannot merge '" + keptId + "' into itself");
		}
		var kept = node(keptId);
		var merged = node(mergedId);
		String keptLabel = ownLabel(kept.labels());
		String mergedLabel = ownLabel(merged.labels());
		if (!keptLabel.equals(mergedLabel)
				&& !(Labels.ORGANIZATIONS.contains(keptLabel) && Labels.ORGANIZATIONS.contains(mergedLabel))) {
			throw new BadRequestException("cannot merge a " + mergedLabel + " ('" + mergedId + "') into a "
					+ keptLabel + " ('" + keptId + "'): only nodes of one kind, or two kinds of organization, merge");
		}
		List<Rel> keptRels = relationships(keptId);
		List<Rel> mergedRels = relationships(mergedId);
		Map<String, Rel> onKept = new LinkedHashMap<>();
		keptRels.forEach(r -> onKept.put(r.key(), r));
		Map<String, Rel> before = new LinkedHashMap<>();
		Set<String> created = new LinkedHashSet<>();
		List<Rel> dropped = new ArrayList<>();
		for (Rel rel : mergedRels) {
			if (rel.other().equals(keptId)) {
				dropped.add(rel);
				continue;
			}
			Rel existing = onKept.get(rel.key());
			if (existing == null) {
				created.add(rel.key());
				onKept.put(rel.key(), rel);
			}
			else {
				if (!created.contains(rel.key())) {
					before.putIfAbsent(rel.key(), existing);
				}
				onKept.put(rel.key(), new Rel(existing.type(), existing.outgoing(), existing.other(),
						combine(existing.props(), rel.props())));
			}
		}
		List<Map<String, Object>> writes = new ArrayList<>();
		for (String key : created) {
			writes.add(onKept.get(key).row());
		}
		for (String key : before.keySet()) {
			writes.add(onKept.get(key).row());
		}
		run(MergeStatements.DELETE_NODE, Map.of("id", mergedId));
		run(MergeStatements.PUT_RELATIONSHIPS, Map.of("id", keptId, "rows", writes));
		run(MergeStatements.SET_NODE, Map.of("id", keptId, "props", mergedNode(kept.props(), merged.props())));
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("keptProps", PropertyCodec.encode(kept.props()));
		snapshot.put("mergedLabels", merged.labels());
		snapshot.put("mergedProps", PropertyCodec.encode(merged.props()));
		snapshot.put("mergedRels", mergedRels.stream().map(Rel::encoded).toList());
		snapshot.put("keptRelsBefore", before.values().stream().map(Rel::encoded).toList());
		snapshot.put("created", created.stream().map(k -> onKept.get(k).encoded()).toList());
		String id = "merge:" + UUID.randomUUID();
		Map<String, Object> record = new HashMap<>();
		record.put("id", id);
		record.put("kept", keptId);
		record.put("merged", mergedId);
		record.put("mergedName", merged.props().get("name"));
		record.put("snapshot", this.json.writeValueAsString(snapshot));
		record.put("moved", created.size());
		record.put("combined", before.size());
		run(MergeStatements.RECORD, record);
		return find(id);
	}

	@Transactional
	public Merge undo(String mergeId) {
		Merge merge = find(mergeId);
		if (merge.undone()) {
			throw new BadRequestException("merge '" + mergeId + "' was already undone at " + merge.undoneAt());
		}
		node(merge.keptId());
		if (this.neo4j.query(MergeStatements.NODE).bind(merge.mergedId()).to("id").fetch().one().isPresent()) {
			throw new BadRequestException("cannot undo merge '" + mergeId + "': a node '" + merge.mergedId()
					+ "' exists again; merge or retract it first");
		}
		String snapshotJson = (String) this.neo4j.query(MergeStatements.FIND_RECORD)
			.bind(mergeId).to("id")
			.fetch().one().map(r -> Values.map(r, "m").get("snapshot")).orElseThrow();
		Map<String, Object> snapshot = Values.map(this.json.readValue(snapshotJson, Map.class));
		List<Map<String, Object>> created = Values.maps(snapshot, "created");
		run(MergeStatements.DELETE_RELATIONSHIPS, Map.of("id", merge.keptId(),
				"rows", created.stream().map(Rel::decoded).map(Rel::row).toList()));
		run(MergeStatements.PUT_RELATIONSHIPS, Map.of("id", merge.keptId(), "rows",
				Values.maps(snapshot, "keptRelsBefore").stream()
					.map(Rel::decoded).map(Rel::row).toList()));
		run(MergeStatements.SET_NODE,
				Map.of("id", merge.keptId(), "props", PropertyCodec.decode(snapshot.get("keptProps"))));
		run(MergeStatements.CREATE_NODE, Map.of("labels", snapshot.get("mergedLabels"), "props",
				PropertyCodec.decode(snapshot.get("mergedProps"))));
		run(MergeStatements.PUT_RELATIONSHIPS, Map.of("id", merge.mergedId(), "rows",
				Values.maps(snapshot, "mergedRels").stream()
					.map(Rel::decoded).map(Rel::row).toList()));
		run(MergeStatements.MARK_UNDONE, Map.of("id", mergeId));
		return find(mergeId);
	}

	@Transactional(readOnly = true)
	public Merge find(String mergeId) {
		return this.neo4j.query(MergeStatements.FIND_RECORD)
			.bind(mergeId).to("id")
			.fetch().one()
			.map(row -> {
				var record = Values.map(row, "m");
				return Merge.of(record);
			})
			.orElseThrow(() -> new NotFoundException("no merge '" + mergeId + "'"));
	}

	/** The latest merges, of one node (kept or merged) or of all. */
	@Transactional(readOnly = true)
	public List<Merge> list(String entityId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("entity", entityId);
		parameters.put("limit", limit);
		return this.neo4j.query(MergeStatements.LIST_RECORDS).bindAll(parameters).fetch().all().stream().map(row -> {
			var record = Values.map(row, "m");
			return Merge.of(record);
		}).toList();
	}

	private record NodeState(List<String> labels, Map<String, Object> props) {
	}

	private NodeState node(String id) {
		return this.neo4j.query(MergeStatements.NODE)
			.bind(id).to("id")
			.fetch().one()
			.map(row -> new NodeState(Values.<String>list(row, "labels"),
					new LinkedHashMap<>(Values.map(row, "props"))))
			.orElseThrow(() -> new NotFoundException("no node '" + id + "'"));
	}

	private List<Rel> relationships(String id) {
		return this.neo4j.query(MergeStatements.RELATIONSHIPS).bind(id).to("id").fetch().all().stream()
			.map(row -> new Rel((String) row.get("type"), (Boolean) row.get("outgoing"), (String) row.get("other"),
					new LinkedHashMap<>(Values.map(row, "props"))))
			.toList();
	}

	/** The kept node's properties, with the merged node's names as aliases and what it alone says filled in. */
	private static Map<String, Object> mergedNode(Map<String, Object> kept, Map<String, Object> merged) {
		Map<String, Object> props = new LinkedHashMap<>(kept);
		merged.forEach((key, value) -> props.putIfAbsent(key, value));
		if (!kept.containsKey("possibleDuplicates")) {
			props.remove("possibleDuplicates");
		}
		Set<String> aliases = new LinkedHashSet<>(strings(kept.get("aliases")));
		aliases.add((String) merged.get("name"));
		aliases.addAll(strings(merged.get("aliases")));
		if (merged.get("nameZh") != null) {
			aliases.add((String) merged.get("nameZh"));
		}
		aliases.remove(kept.get("name"));
		aliases.remove(kept.get("nameZh"));
		aliases.remove(null);
		props.put("aliases", List.copyOf(aliases));
		List<String> mergedFrom = new ArrayList<>(strings(kept.get("mergedFrom")));
		mergedFrom.add((String) merged.get("id"));
		props.put("mergedFrom", mergedFrom);
		props.put("id", kept.get("id"));
		return props;
	}

	/**
	 * One relationship's properties from two: lists joined without repeats (a sentence and the source it came
	 * from count as one pair), anything else kept from the first when it has it.
	 */
	static Map<String, Object> combine(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> props = new LinkedHashMap<>(first);
		second.forEach((key, value) -> {
			Object existing = props.get(key);
			if (existing instanceof List<?> a && value instanceof List<?> b && !key.equals("evidence")
					&& !key.equals("evidenceSources")) {
				Set<Object> joined = new LinkedHashSet<>(a);
				joined.addAll(b);
				props.put(key, List.copyOf(joined));
			}
			else if (existing == null) {
				props.put(key, value);
			}
		});
		if (first.get("evidence") instanceof List<?> a && second.get("evidence") instanceof List<?> b) {
			List<?> aSources = first.get("evidenceSources") instanceof List<?> s ? s : null;
			List<?> bSources = second.get("evidenceSources") instanceof List<?> s ? s : null;
			List<Object> evidence = new ArrayList<>();
			List<Object> sources = new ArrayList<>();
			Set<List<Object>> seen = new LinkedHashSet<>();
			for (int i = 0; i < a.size() + b.size(); i++) {
				boolean inFirst = i < a.size();
				Object sentence = inFirst ? a.get(i) : b.get(i - a.size());
				List<?> from = inFirst ? aSources : bSources;
				int index = inFirst ? i : i - a.size();
				Object source = from != null && index < from.size() ? from.get(index) : null;
				if (seen.add(java.util.Arrays.asList(sentence, source))) {
					evidence.add(sentence);
					sources.add(source);
				}
			}
			props.put("evidence", evidence);
			if (aSources != null || bSources != null) {
				props.put("evidenceSources", sources);
			}
		}
		return props;
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static String ownLabel(List<String> labels) {
		return labels.stream().filter(l -> !Set.of("Entity", "Organization", "Place").contains(l)).findFirst()
			.orElse("Entity");
	}

	private void run(String cypher, Map<String, Object> parameters) {
		this.neo4j.query(cypher).bindAll(parameters).run();
	}

}
