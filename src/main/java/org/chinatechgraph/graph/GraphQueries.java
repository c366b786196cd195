package org.chinatechgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/**
 * The Cypher shared by every feature: nodes by id, relationships of many nodes at once (the batch loads behind
 * every parent → child field, and the subqueries a page of a list fetches them with), sources, and resolving the
 * names users type for places and sectors.
 */
@Repository
public class GraphQueries {

	private static final String NODES_BY_ID = """
			UNWIND $ids AS id
			CALL (id) {
			  MATCH (n:Entity {id: id}) RETURN n
			  UNION
			  MATCH (n:Article {id: id}) RETURN n
			}
			RETURN n {.*, labels: labels(n)} AS n
			""";

	private static final String OUTGOING = """
			MATCH (s:Entity)-[r:%1$s]->(n:Entity) WHERE s.id IN $ids
			RETURN s.id AS self, %2$s AS r, %3$s AS n, true AS outgoing
			ORDER BY n.name, n.id
			""";

	/**
	 * The first {@code $limit} by name of each node's relationships of a type, in the direction of the pattern
	 * {@code %1$s} and to the label {@code %4$s}: never all of a hub's.
	 */
	private static final String FIRST = """
			UNWIND $ids AS id
			MATCH (s:Entity {id: id})
			CALL (s) {
			  MATCH %1$s
			  WITH r, n ORDER BY n.name, n.id LIMIT $limit
			  RETURN r, n
			}
			RETURN s.id AS self, %2$s AS r, %3$s AS n, %4$s AS outgoing
			""";

	private static final String INCOMING = """
			MATCH (s:Entity)<-[r:%1$s]-(n:Entity) WHERE s.id IN $ids
			RETURN s.id AS self, %2$s AS r, %3$s AS n, false AS outgoing
			ORDER BY n.name, n.id
			""";

	private static final String EITHER = """
			MATCH (s:Entity)-[r:%1$s]-(n:Entity) WHERE s.id IN $ids
			RETURN s.id AS self, %2$s AS r, %3$s AS n, startNode(r) = s AS outgoing
			ORDER BY n.name, n.id
			""";

	/** The articles that report each node, oldest first; %s: nothing, or a LIMIT that keeps the first of each. */
	private static final String MENTIONS_OF = """
			UNWIND $ids AS id
			MATCH (s:Entity {id: id})
			CALL (s) {
			  MATCH (s)-[m:REPORTED_IN]->(a:Article)
			  WITH m, a ORDER BY a.publishedStart, a.id
			  %s
			  RETURN a.id AS article, m.evidence AS evidence
			}
			RETURN s.id AS self, article, evidence
			""";

	private static final String COUNTS = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, %s AS count
			""";

	/**
	 * What a user names a place, park or sector by is first taken as an id, found through the unique index on
	 * ids. Most filters give ids, and re-resolving them then costs one index seek, where a match on names reads
	 * every node of the label.
	 */
	private static final String RESOLVE_ID = """
			MATCH (n:Entity {id: $text})
			WHERE any(label IN labels(n) WHERE label IN $labels)
			RETURN n.id AS id
			""";

	/**
	 * A name shared by several nodes (Suzhou, Hainan, Chaoyang) means, in this order: the node with that name
	 * rather than alias, of the highest level (a province before a city before a district), then the shortest id
	 * (the plain id of the gazetteer before the ones suffixed with their parent). The label is written into the
	 * statement, one statement per label, so that Neo4j plans each once and scans only that label.
	 */
	private static final Map<String, String> RESOLVE_NAME = java.util.stream.Stream.of("Place", "Park", "Sector")
		.collect(java.util.stream.Collectors.toUnmodifiableMap(label -> label, """
				MATCH (n:%s)
				WHERE toLower(n.name) = toLower($text) OR any(alias IN n.aliases WHERE toLower(alias) = toLower($text))
				RETURN n.id AS id
				ORDER BY CASE WHEN toLower(n.name) = toLower($text) THEN 0 ELSE 1 END,
				         CASE WHEN n:Province THEN 0 WHEN n:City THEN 1 WHEN n:District THEN 2 ELSE 3 END,
				         size(n.id), n.id
				LIMIT 2
				"""::formatted));

	/**
	 * How long a name resolved to a place or sector id is reused. Places and sectors are reference data: a new
	 * one is found at once (unknown names are never kept), a renamed one at most this late on another copy of
	 * the service (this copy forgets every resolution when it loads facts).
	 */
	private static final long RESOLUTION_TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

	private static final int RESOLUTION_CACHE_SIZE = 10_000;

	private record Resolution(String id, long expires) {
	}

	private final Map<String, Resolution> resolutions = new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.regex.Pattern RELATIONSHIP_TYPE = java.util.regex.Pattern.compile("[A-Z][A-Z_]*");

	private static final int STATEMENT_CACHE_SIZE = 10_000;

	private record Statement(String template, String type, Projection projection) {
	}

	private final Map<Statement, String> statements = new java.util.concurrent.ConcurrentHashMap<>();

	private final ReadCypher reads;

	private final ReadCache cache;

	GraphQueries(ReadCypher reads, ReadCache cache) {
		this.reads = reads;
		this.cache = cache;
	}

	/** Forgets the names resolved so far: the graph has changed. */
	@org.springframework.context.event.EventListener(GraphChanged.class)
	public void forgetResolutions() {
		this.resolutions.clear();
	}

	/** Nodes by id, in one round trip; unknown ids are absent from the map. */
	public Map<String, GraphNode> nodes(Collection<String> ids) {
		Map<String, GraphNode> found = new HashMap<>();
		this.reads.rows(NODES_BY_ID, Map.of("ids", List.copyOf(ids)), row -> GraphNodes.from(row.get("n")))
			.forEach(node -> found.put(node.id(), node));
		return found;
	}

	public Optional<GraphNode> node(String id) {
		return Optional.ofNullable(nodes(List.of(id)).get(id));
	}

	/** An entity by id, the nodes of {@code nodes}, and what a prefetch collects below it (as {@code links}). */
	private static final String ENTITY_WITH_PREFETCH = """
			MATCH (n:Entity {id: $id})
			WITH collect(n) AS nodes
			%sRETURN [n IN nodes | n {.*, labels: labels(n)}] AS page, links
			""";

	/**
	 * An entity of the given record type, with the relationships {@code prefetch} fetches below it in the same
	 * statement (a lookup with its nested lists is one statement), or a not-found error naming the kind.
	 */
	public <T extends GraphNode> T require(String id, Class<T> type, String kind, Prefetch prefetch) {
		if (prefetch.isEmpty()) {
			return require(id, type, kind);
		}
		Map<String, Object> parameters = new HashMap<>(prefetch.parameters(1));
		parameters.put("id", id);
		var row = this.reads.row(ENTITY_WITH_PREFETCH.formatted(prefetch.cypher()), parameters).orElseThrow();
		List<GraphNode> found = Values.list(row, "page").stream().map(GraphNodes::from).toList();
		T node = found.stream().filter(type::isInstance).map(type::cast).findFirst()
			.orElseThrow(() -> org.chinatechgraph.system.NotFoundException.of(kind, id));
		prefetch.prime(found, Values.list(row, "links"));
		return node;
	}

	/** A node of the given record type, or a not-found error naming the kind. */
	public <T extends GraphNode> T require(String id, Class<T> type, String kind) {
		return node(id).filter(type::isInstance)
			.map(type::cast)
			.orElseThrow(() -> org.chinatechgraph.system.NotFoundException.of(kind, id));
	}

	/**
	 * The relationships of type {@code type} leaving each node, keyed by node id, with the properties
	 * {@code projection} names.
	 */
	public Map<String, List<Link>> outgoing(Collection<String> ids, String type, Projection projection) {
		return links(OUTGOING, ids, type, projection, Map.of());
	}

	/** The first {@code limit} relationships (by the other node's name) of type {@code type} leaving each node. */
	public Map<String, List<Link>> outgoing(Collection<String> ids, String type, int limit, Projection projection) {
		return first(ids, type, LinkField.Direction.OUTGOING, "Entity", limit, projection);
	}

	/**
	 * The first {@code limit} relationships (by the other node's name) of type {@code type} of each node in
	 * {@code direction}, to nodes labelled {@code label}.
	 */
	Map<String, List<Link>> first(Collection<String> ids, String type, LinkField.Direction direction, String label,
			int limit, Projection projection) {
		String rel = "[r:" + checkedName(type) + "]";
		String end = "(n:" + checkedName(label) + ")";
		String pattern = switch (direction) {
			case OUTGOING -> "(s)-" + rel + "->" + end;
			case INCOMING -> "(s)<-" + rel + "-" + end;
			case EITHER -> "(s)-" + rel + "-" + end;
		};
		String template = FIRST.replace("%1$s", pattern).replace("%4$s", outgoing(direction, "s", "r"));
		return links(template, ids, type, projection, Map.of("limit", limit));
	}

	/** The relationships of type {@code type} arriving at each node, keyed by node id. */
	public Map<String, List<Link>> incoming(Collection<String> ids, String type, Projection projection) {
		return links(INCOMING, ids, type, projection, Map.of());
	}

	/** The relationships of type {@code type} at each node in either direction, keyed by node id. */
	public Map<String, List<Link>> either(Collection<String> ids, String type, Projection projection) {
		return links(EITHER, ids, type, projection, Map.of());
	}

	/**
	 * The relationships a {@link LinkField} answers for each node, keyed by node id: all of them, or the first
	 * {@code first} (by the other node's name) of a field that takes it.
	 */
	Map<String, List<Link>> links(LinkField field, Collection<String> ids, Integer first, Projection projection) {
		return switch (field.direction()) {
			case OUTGOING -> (first == null) ? outgoing(ids, field.relationship(), projection)
					: first(ids, field.relationship(), field.direction(), field.label(), first, projection);
			case INCOMING -> (first == null) ? incoming(ids, field.relationship(), projection)
					: first(ids, field.relationship(), field.direction(), field.label(), first, projection);
			case EITHER -> (first == null) ? either(ids, field.relationship(), projection)
					: first(ids, field.relationship(), field.direction(), field.label(), first, projection);
		};
	}

	/**
	 * A subquery for each row's node {@code n<depth>} that collects, as the column {@code column}, the
	 * relationships {@code field} answers, in the order its batch load returns them (the other node's name, then its
	 * id): each as a map of the relationship ({@code r}), the other node ({@code n}, named {@code n<depth + 1>} in
	 * the subquery), whether the relationship leaves the row's node ({@code outgoing}) and what {@code below}
	 * collects for that other node (its own subqueries, one level deeper, each collecting the column named by its
	 * key). With {@code limitParameter} only the first so many are kept. Every level names its variables apart:
	 * a subquery's own variables never meet its parent's.
	 */
	static String linkSubquery(LinkField field, Projection projection, int depth, String limitParameter,
			Map<String, String> below, String column) {
		String self = "n" + depth;
		String other = "n" + (depth + 1);
		String rel = "r" + (depth + 1);
		StringBuilder cypher = new StringBuilder("CALL (").append(self).append(") {\n");
		cypher.append("  MATCH ").append(pattern(field, self, rel, other)).append('\n');
		String order = " ORDER BY " + other + ".name, " + other + ".id";
		String carried = self + ", " + rel + ", " + other;
		if (limitParameter != null) {
			// the first ones only, before anything is fetched below them
			cypher.append("  WITH ").append(carried).append(order).append(" LIMIT $").append(checkedName(limitParameter))
				.append('\n');
		}
		StringBuilder columns = new StringBuilder();
		below.forEach((name, subquery) -> {
			cypher.append(subquery.indent(2));
			columns.append(", ").append(checkedName(name)).append(": ").append(name);
		});
		if (limitParameter == null || !below.isEmpty()) {
			// sorted right before they are collected
			cypher.append("  WITH ").append(carried).append(below.isEmpty() ? "" : ", " + String.join(", ", below.keySet()))
				.append(order).append('\n');
		}
		cypher.append("  RETURN collect({r: ").append(projection.relationshipMap(rel))
			.append(", n: ").append(projection.nodeMap(other))
			.append(", outgoing: ").append(outgoing(field.direction(), self, rel))
			.append(columns)
			.append("}) AS ").append(checkedName(column)).append("\n}\n");
		return cypher.toString();
	}

	/** A relationship of {@link #linkSubquery}'s answer: the row's node is {@code selfId}. */
	static Link link(String type, String selfId, Map<String, Object> row) {
		var rel = Values.map(row, "r");
		return new Link(type, selfId, GraphNodes.entity(row.get("n")), (Boolean) row.get("outgoing"), rel,
				GraphNodes.sources(rel));
	}

	private static String pattern(LinkField field, String self, String rel, String other) {
		String type = "[" + rel + ":" + field.relationship() + "]";
		String end = "(" + other + ":" + checkedName(field.label()) + ")";
		return switch (field.direction()) {
			case OUTGOING -> "(" + self + ")-" + type + "->" + end;
			case INCOMING -> "(" + self + ")<-" + type + "-" + end;
			case EITHER -> "(" + self + ")-" + type + "-" + end;
		};
	}

	private static String outgoing(LinkField.Direction direction, String self, String rel) {
		return switch (direction) {
			case OUTGOING -> "true";
			case INCOMING -> "false";
			case EITHER -> "startNode(" + rel + ") = " + self;
		};
	}

	private static String checkedName(String name) {
		if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("Not a name: " + name);
		}
		return name;
	}

	/** The articles reporting each node, with the sentences that name it: all, or the first {@code first} of each. */
	public Map<String, List<Source>> mentions(Collection<String> ids, Integer first) {
		Map<String, List<Source>> result = new HashMap<>();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("first", first);
		this.reads.rows(MENTIONS_OF.formatted(first == null ? "" : "LIMIT $first"), parameters).forEach(row -> result
			.computeIfAbsent((String) row.get("self"), k -> new ArrayList<>())
			.add(new Source((String) row.get("article"), List.copyOf(Values.<String>list(row, "evidence")))));
		return result;
	}


	/**
	 * A number per node, computed by a fixed Cypher expression on {@code n} (a COUNT subquery of the calling
	 * feature), for many nodes in one round trip.
	 */
	public Map<String, Integer> counts(Collection<String> ids, String expression) {
		Map<String, Integer> counts = new HashMap<>();
		// counting may walk every link of a hub (a sector's projects): kept until the graph changes
		this.cache.rows(COUNTS.formatted(expression), Map.of("ids", List.copyOf(ids)))
			.forEach(row -> counts.put((String) row.get("id"), ((Number) row.get("count")).intValue()));
		return counts;
	}

	/** The id of the place or park a user named (by id, name or alias), or a bad-request error. */
	public String resolvePlace(String text) {
		return resolve(text, "place or park", "Place", "Park");
	}

	/** The id of the sector a user named (by id, name or alias), or a bad-request error. */
	public String resolveSector(String text) {
		return resolve(text, "sector", "Sector");
	}

	/**
	 * The id of a node a filter names by id (an organization, a program), once it is known to be in the graph, or
	 * a bad-request error. Known ids are kept as resolved names are, so that a filter by id costs no round trip
	 * of its own.
	 */
	public String requireId(String id, String kind) {
		if (id == null) {
			return null;
		}
		String key = "id " + kind + "\u0000" + id;
		Resolution known = this.resolutions.get(key);
		if (known != null && known.expires() - System.nanoTime() > 0) {
			return known.id();
		}
		if (this.reads.rows(RESOLVE_ID, Map.of("text", id, "labels", List.of("Entity"))).isEmpty()) {
			throw new BadRequestException("Unknown " + kind + " '" + id + "'");
		}
		if (this.resolutions.size() >= RESOLUTION_CACHE_SIZE) {
			this.resolutions.clear();
		}
		this.resolutions.put(key, new Resolution(id, System.nanoTime() + RESOLUTION_TTL_NANOS));
		return id;
	}

	private String resolve(String text, String kind, String... labels) {
		if (text == null) {
			return null;
		}
		String key = kind + "\u0000" + text;
		Resolution known = this.resolutions.get(key);
		if (known != null && known.expires() - System.nanoTime() > 0) {
			return known.id();
		}
		String id = lookUp(text, kind, labels);
		if (this.resolutions.size() >= RESOLUTION_CACHE_SIZE) {
			this.resolutions.clear();
		}
		this.resolutions.put(key, new Resolution(id, System.nanoTime() + RESOLUTION_TTL_NANOS));
		return id;
	}

	private String lookUp(String text, String kind, String... labels) {
		String asked = text.strip();
		var ids = this.reads.rows(RESOLVE_ID, Map.of("text", asked, "labels", List.of(labels)), row -> (String) row.get("id"));
		if (!ids.isEmpty()) {
			return ids.getFirst();
		}
		for (String label : labels) {
			ids = this.reads.rows(RESOLVE_NAME.get(label), Map.of("text", asked), row -> (String) row.get("id"));
			if (!ids.isEmpty()) {
				return ids.getFirst();
			}
		}
		throw new BadRequestException("Unknown " + kind + " '" + text + "'");
	}

	/**
	 * The statement for one relationship type and projection. The type is written into the Cypher rather than
	 * passed as {@code $($type)}: Neo4j then follows only that type's relationships of a node, where with a dynamic
	 * type it reads all of them and tests each (a firm that invests everywhere also has its mentions, places and
	 * partnerships). Types and property names come from the code and the schema, never from a request's values;
	 * each text is built once.
	 */
	private String statement(String template, String type, Projection projection) {
		if (!RELATIONSHIP_TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Not a relationship type: " + type);
		}
		if (this.statements.size() >= STATEMENT_CACHE_SIZE) {
			this.statements.clear(); // as many projections as operations: bounded only by what clients send
		}
		return this.statements.computeIfAbsent(new Statement(template, type, projection),
				k -> template.formatted(type, projection.relationshipMap(), projection.nodeMap()));
	}

	private Map<String, List<Link>> links(String template, Collection<String> ids, String type, Projection projection,
			Map<String, Object> more) {
		Map<String, Object> parameters = new HashMap<>(more);
		parameters.put("ids", List.copyOf(ids));
		Map<String, List<Link>> result = new LinkedHashMap<>();
		this.reads.rows(statement(template, type, projection), parameters).forEach(row -> add(result, type, row));
		return result;
	}

	private static void add(Map<String, List<Link>> result, String type, Map<String, Object> row) {
		var link = link(type, (String) row.get("self"), row);
		result.computeIfAbsent(link.selfId(), k -> new ArrayList<>()).add(link);
	}

}
