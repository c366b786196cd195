package org.chinatechgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chinatechgraph.system.QueryLimits;
import org.chinatechgraph.system.graphql.Lengths;
import org.chinatechgraph.system.graphql.ListBounds;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How long the lists of each list field are in the graph as it is ({@link Lengths}): for a relationship field
 * ({@link LinkField}, {@code reportedIn}, {@code Article.mentions}) how many nodes of the field's type have each
 * degree of that relationship type and direction, which Neo4j reads from each node's relationship counts; for the
 * {@code sources} of a relationship, how many relationships of that type name each number of articles. Of the
 * place chains ({@code Place.ancestors}, {@code Park.places}) and the projects a partnership shares only the
 * longest is known; the programs of a summary are at most all programs (from the count store). The lists of
 * traversals ({@code GraphPath.nodes}, {@code links}) are bounded by {@code max-hops}.
 *
 * <p>Computed once the service is up, in the background, or when first needed before that; and again after each
 * load or retraction of facts: at once when the last computation took less than {@value #SYNC_BELOW_MILLIS} ms (so
 * a small graph's bounds are never out of date), else in the background, no sooner after the last one than ten times its duration (a large graph's take seconds,
 * and a bulk load must not spend its time on them). Between a write and the recomputation, a list may be larger
 * than its bound; the result budget ({@code max-result-fields}) still holds such an answer.
 */
@Component
public class ListSizes implements ListBounds, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ListSizes.class);

	static final long SYNC_BELOW_MILLIS = 200;

	/** The largest graph whose bounds are computed before the service is reported ready. */
	static final long SYNC_BELOW_NODES = 100_000;

	/** The types whose {@code reportedIn} lists their {@code REPORTED_IN} relationships. */
	private static final List<String> ENTITY_TYPES = List.of("Project", "Organization", "Place", "Park", "Program",
			"Sector");

	private static final String REPORTED_IN = "REPORTED_IN";

	private final ReadCypher reads;

	private final QueryLimits limits;

	private final List<LinkField> fields;

	/** False in a service whose cost limits are lifted: no bound is known for any list, none ever computed. */
	private final boolean enabled;

	private volatile Map<String, Lengths> sizes;

	/** Per field, the longest lists by the ids, names and aliases of their nodes, and how long any other one is. */
	private volatile Map<String, Longest> longest = Map.of();

	/**
	 * The nodes with the {@value #NAMED} (or a few more, on ties) longest lists of a field, by their ids, names and
	 * aliases in lower case; {@code others}: the longest list of any other node.
	 */
	record Longest(Map<String, Long> byName, long others) {

		long of(String node) {
			Long known = this.byName.get(node.strip().toLowerCase(java.util.Locale.ROOT));
			return (known != null) ? known : this.others;
		}

	}

	/** How many nodes' lists are known by name, per field: a lookup of a hub is costed by the hub's own list. */
	static final int NAMED = 200;

	private volatile long lastMillis;

	private volatile long lastEnded;

	/** Whether the last computation failed (a retry is scheduled). */
	private volatile boolean failed;

	private final AtomicBoolean scheduled = new AtomicBoolean();

	/** Whether {@link #refresh()} is reading the graph now. */
	private volatile boolean computing;

	private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "list-sizes");
		thread.setDaemon(true);
		return thread;
	});

	ListSizes(ReadCypher reads, QueryLimits limits, List<LinkField.Group> groups,
			@Value("${ctg.limits.list-bounds:true}") boolean enabled) {
		this.reads = reads;
		this.limits = limits;
		this.fields = groups.stream().flatMap(group -> group.fields().stream()).toList();
		this.enabled = enabled;
		if (!enabled) {
			this.sizes = Map.of();
		}
	}

	@Override
	public Lengths of(String type, String field) {
		Map<String, Lengths> known = this.sizes;
		if (known == null) {
			known = computeIfNeverDone();
		}
		return known.get(type + "." + field);
	}

	@Override
	public Lengths of(String type, String field, String node) {
		Lengths all = of(type, field);
		Longest named = this.longest.get(type + "." + field);
		return (all == null || named == null) ? ListBounds.super.of(type, field, node) : Lengths.atMost(named.of(node));
	}

	/** Every bound known, by {@code Type.field}. */
	public Map<String, Lengths> all() {
		return (this.sizes != null) ? this.sizes : computeIfNeverDone();
	}

	/**
	 * The lengths, computed now if they never were; after a computation failed, none (every list then counts
	 * {@code default-page-size} for each parent, and the result budget holds it), while the background tries again
	 * rather than each request.
	 */
	private synchronized Map<String, Lengths> computeIfNeverDone() {
		if (this.sizes == null && !this.failed) {
			refresh();
		}
		return (this.sizes != null) ? this.sizes : Map.of();
	}

	/**
	 * Once the service is up, so that the first request does not pay for the bounds: at once on a graph of up to
	 * {@value #SYNC_BELOW_NODES} nodes (a scan of milliseconds, done before the service is reported ready), in the
	 * background on a larger one (a scan of seconds; a request that comes first waits for it). The commands, which
	 * serve no requests, compute them only if a query asks.
	 */
	@EventListener
	public void serviceReady(ApplicationReadyEvent event) {
		if (this.enabled && event.getApplicationContext() instanceof WebServerApplicationContext) {
			long nodes;
			try {
				nodes = number(row("MATCH (n) RETURN count(n) AS m", Map.of()).orElse(Map.of()).get("m"));
			}
			catch (RuntimeException ex) {
				nodes = Long.MAX_VALUE; // the database is away: the service starts, the background tries
			}
			if (nodes <= SYNC_BELOW_NODES) {
				computeIfNeverDone();
			}
			else {
				this.background.execute(this::computeIfNeverDone);
			}
		}
	}

	/**
	 * After facts were loaded or retracted, once their transaction has committed. Bounds never computed are left
	 * so (the seeds loaded at a first start cost one computation once the service is ready, not one each), unless a
	 * computation is under way, which may have read the graph before this change.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	public void graphChanged(GraphChanged event) {
		if (!this.enabled || (this.sizes == null && !this.computing)) {
			return;
		}
		if (this.lastMillis < SYNC_BELOW_MILLIS) {
			refresh();
		}
		else if (this.scheduled.compareAndSet(false, true)) {
			long wait = Math.max(0, this.lastEnded + 10 * this.lastMillis - System.currentTimeMillis());
			this.background.schedule(() -> {
				this.scheduled.set(false);
				refresh();
			}, wait, TimeUnit.MILLISECONDS);
		}
	}

	/** Computes every bound now; a failure (the database away) keeps the bounds known before. */
	public synchronized void refresh() {
		long start = System.currentTimeMillis();
		this.computing = true;
		try {
			Map<String, Longest> named = new HashMap<>();
			Map<String, Lengths> computed = compute(named);
			this.longest = Map.copyOf(named);
			this.sizes = Map.copyOf(computed);
			this.lastMillis = System.currentTimeMillis() - start;
			this.failed = false;
			log.debug("List bounds in {} ms: {}", this.lastMillis, computed);
		}
		catch (RuntimeException ex) {
			this.failed = true;
			log.warn("Could not compute the lists' bounds ({}); keeping the ones known, trying again in a minute",
					ex.getMessage());
			if (this.enabled && this.scheduled.compareAndSet(false, true)) {
				this.background.schedule(() -> {
					this.scheduled.set(false);
					refresh();
				}, 1, TimeUnit.MINUTES);
			}
		}
		finally {
			this.computing = false;
			this.lastEnded = System.currentTimeMillis();
		}
	}

	private Map<String, Lengths> compute(Map<String, Longest> named) {
		Map<String, Lengths> sizes = new HashMap<>();
		// the degrees: one statement per label, one histogram per field, each degree a count Neo4j keeps per node
		Map<String, Map<String, String>> degreesByLabel = new LinkedHashMap<>();
		for (LinkField field : this.fields) {
			degreesByLabel.computeIfAbsent(field.type(), t -> new LinkedHashMap<>())
				.put(field.type() + "." + field.field(), degree(field.relationship(), field.direction()));
		}
		for (String type : ENTITY_TYPES) {
			degreesByLabel.computeIfAbsent(type, t -> new LinkedHashMap<>())
				.put(type + ".reportedIn", degree(REPORTED_IN, LinkField.Direction.OUTGOING));
		}
		degreesByLabel.computeIfAbsent("Article", t -> new LinkedHashMap<>())
			.put("Article.mentions", degree(REPORTED_IN, LinkField.Direction.INCOMING));
		degreesByLabel.forEach((label, columns) -> {
			List<String> keys = new ArrayList<>(columns.keySet());
			String cypher = degrees(label, keys, columns) + "WITH i, ds[i] AS d WHERE d > 0\nRETURN i, d, count(*) AS lists";
			Map<Integer, Map<Long, Long>> histograms = new HashMap<>();
			rows(cypher, Map.of())
				.forEach(row -> histograms.computeIfAbsent(((Number) row.get("i")).intValue(), i -> new HashMap<>())
					.put(((Number) row.get("d")).longValue(), ((Number) row.get("lists")).longValue()));
			List<Long> thresholds = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				Lengths lengths = Lengths.of(histograms.getOrDefault(i, Map.of()));
				sizes.put(keys.get(i), lengths);
				thresholds.add(lengthOutside(lengths, NAMED));
			}
			named.putAll(longest(label, keys, columns, thresholds));
		});
		// the sources of a relationship: how many relationships of the type keep each number of article ids
		Map<String, Set<String>> typesBySourcesOf = new LinkedHashMap<>();
		for (LinkField field : this.fields) {
			if (!LinkField.SELF.equals(field.otherField())) {
				typesBySourcesOf.computeIfAbsent(field.element().getSimpleName(), e -> new LinkedHashSet<>())
					.add(field.relationship());
			}
		}
		Map<String, Lengths> sourcesByType = new HashMap<>();
		Set<String> allTypes = new TreeSet<>();
		this.fields.forEach(field -> allTypes.add(field.relationship()));
		for (String type : allTypes) {
			Map<Long, Long> histogram = new HashMap<>();
			rows("MATCH ()-[r:" + type + "]->() WITH size(r.sources) AS d WHERE d > 0 RETURN d, count(*) AS lists",
					Map.of())
				.forEach(row -> histogram.put(((Number) row.get("d")).longValue(), ((Number) row.get("lists")).longValue()));
			sourcesByType.put(type, Lengths.of(histogram));
		}
		typesBySourcesOf.forEach((element, types) -> sizes.put(element + ".sources",
				types.stream().map(sourcesByType::get).reduce(Lengths.NONE, Lengths::plus)));
		sizes.put("PathLink.sources", sourcesByType.values().stream().reduce(Lengths.NONE, Lengths::plus));
		// the place chains: the most places above any place or park
		sizes.put("Place.ancestors", Lengths.atMost(number(row("""
				MATCH (n:Place)
				RETURN max(COUNT { MATCH (n)-[:PART_OF*1..8]->(m:Place) RETURN DISTINCT m }) AS m""", Map.of())
			.orElse(Map.of()).get("m"))));
		sizes.put("Park.places", Lengths.atMost(number(row("""
				MATCH (n:Park)
				RETURN max(COUNT { MATCH (n)%s(m:Place) RETURN DISTINCT m }) AS m""".formatted(Containment.up("Entity")), Map.of())
			.orElse(Map.of()).get("m"))));
		// the projects two partners share, or an organization shares with a co-investor: at most the projects
		// one of them invests in or develops
		sizes.put("Partnership.projects", Lengths.atMost(number(row("""
				MATCH (n:Organization|Park) WHERE EXISTS { (n)-[:PARTNERS_WITH]-() }
				RETURN max(COUNT { (n)-[:INVESTS_IN|DEVELOPS]->() }) AS m""", Map.of()).orElse(Map.of()).get("m"))));
		sizes.put("CoInvestor.projects", sizes.getOrDefault("Organization.investments", Lengths.NONE));
		sizes.put("InvestmentSummary.programs", Lengths.atMost(number(row("MATCH (n:Program) RETURN count(n) AS m", Map.of()).orElse(Map.of()).get("m"))));
		// traversals: a path of at most max-hops links has one node more
		sizes.put("GraphPath.links", Lengths.atMost(this.limits.maxHops()));
		sizes.put("GraphPath.nodes", Lengths.atMost(this.limits.maxHops() + 1));
		sizes.put("PartnerReach.links", Lengths.atMost(this.limits.maxHops()));
		return sizes;
	}

	/** Each node of a label with its degrees {@code ds}, one row per field {@code i}: each degree read once. */
	private static String degrees(String label, List<String> keys, Map<String, String> columns) {
		return "MATCH (n:" + label + ")\nWITH n, "
				+ keys.stream().map(columns::get).collect(java.util.stream.Collectors.joining(", ", "[", "]"))
				+ " AS ds\nUNWIND range(0, " + (keys.size() - 1) + ") AS i\n";
	}

	/** The length below which fewer than {@code count} lists are longer: the longest list outside those. */
	private static long lengthOutside(Lengths lengths, int count) {
		long seen = 0;
		for (int i = 0; i < lengths.lengths().length; i++) {
			seen += lengths.counts()[i];
			if (seen > count) {
				return lengths.lengths()[i];
			}
		}
		return 0;
	}

	/** The nodes of a label whose lists are longer than the field's threshold, by id, name and alias: one scan. */
	private Map<String, Longest> longest(String label, List<String> keys, Map<String, String> columns,
			List<Long> thresholds) {
		Map<String, Map<String, Long>> byField = new HashMap<>();
		String cypher = degrees(label, keys, columns) + "WITH n, i, ds[i] AS d WHERE d > $thresholds[i]\n"
				+ "RETURN i, d, [x IN [n.id, n.name, n.nameZh] + coalesce(n.aliases, []) WHERE x IS NOT NULL | toLower(trim(x))] AS names";
		rows(cypher, Map.of("thresholds", thresholds)).forEach(row -> {
			var names = byField.computeIfAbsent(keys.get(((Number) row.get("i")).intValue()), k -> new HashMap<>());
			long length = ((Number) row.get("d")).longValue();
			for (Object name : (List<?>) row.get("names")) {
				names.merge((String) name, length, Math::max);
			}
		});
		Map<String, Longest> longest = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			longest.put(keys.get(i), new Longest(Map.copyOf(byField.getOrDefault(keys.get(i), Map.of())), thresholds.get(i)));
		}
		return longest;
	}

	/** A statement of the computation: a scan of the graph, given the writes' timeout rather than a request's. */
	private List<Map<String, Object>> rows(String cypher, Map<String, ?> parameters) {
		return this.reads.rowsWithin(this.limits.writeTimeout(), cypher, parameters);
	}

	private java.util.Optional<Map<String, Object>> row(String cypher, Map<String, ?> parameters) {
		return rows(cypher, parameters).stream().findFirst();
	}

	/** The number of relationships of a type at {@code n}, which Neo4j answers from the node's own counts. */
	private static String degree(String relationship, LinkField.Direction direction) {
		return switch (direction) {
			case OUTGOING -> "COUNT { (n)-[:" + relationship + "]->() }";
			case INCOMING -> "COUNT { (n)<-[:" + relationship + "]-() }";
			case EITHER -> "COUNT { (n)-[:" + relationship + "]-() }";
		};
	}

	private static int number(Object value) {
		return (value instanceof Number n) ? (int) Math.min(Integer.MAX_VALUE, n.longValue()) : 0;
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
