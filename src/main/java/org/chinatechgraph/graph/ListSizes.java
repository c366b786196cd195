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

import org.chinatechgraph.filter.Containment;
import org.chinatechgraph.system.ListBounds;
import org.chinatechgraph.system.QueryLimits;
import org.chinatechgraph.system.ReadCypher;
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
 * The largest list each list field without {@code first} answers in the graph as it is: for a relationship field
 * ({@link LinkField}, {@code reportedIn}, {@code Article.mentions}) the largest degree of that relationship type
 * and direction over the nodes of the field's type, which Neo4j reads from each node's relationship counts; for
 * the {@code sources} of a relationship, the most articles any relationship of that type names; for the place
 * chains ({@code Place.ancestors}, {@code Park.places}) the longest one; for the programs of a summary, how many
 * programs there are (from the count store). The lists of traversals ({@code GraphPath.nodes}, {@code links}) are
 * bounded by {@code max-hops}.
 *
 * <p>Computed once, when first needed, and again after each load or retraction of facts: at once when the last
 * computation took less than {@value #SYNC_BELOW_MILLIS} ms (so a small graph's bounds are never out of date),
 * else in the background, no sooner after the last one than ten times its duration (a large graph's take seconds,
 * and a bulk load must not spend its time on them). Between a write and the recomputation, a list may be larger
 * than its bound; the result budget ({@code max-result-fields}) still holds such an answer.
 */
@Component
public class ListSizes implements ListBounds, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ListSizes.class);

	static final long SYNC_BELOW_MILLIS = 200;

	/** The types whose {@code reportedIn} lists their {@code REPORTED_IN} relationships. */
	private static final List<String> ENTITY_TYPES = List.of("Project", "Organization", "Place", "Park", "Program",
			"Sector");

	private static final String REPORTED_IN = "REPORTED_IN";

	private final ReadCypher reads;

	private final QueryLimits limits;

	private final List<LinkField> fields;

	private volatile Map<String, Integer> sizes;

	private volatile long lastMillis;

	private volatile long lastEnded;

	private final AtomicBoolean scheduled = new AtomicBoolean();

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
		if (!enabled) {
			// no bound known for any list, none ever computed (a test service whose cost limits are lifted)
			this.sizes = Map.of();
			this.lastMillis = -1;
		}
	}

	@Override
	public int of(String type, String field) {
		Map<String, Integer> known = this.sizes;
		if (known == null) {
			known = computeIfNeverDone();
		}
		Integer size = known.get(type + "." + field);
		return (size != null) ? size : -1;
	}

	/** Every bound known, by {@code Type.field}. */
	public Map<String, Integer> all() {
		return (this.sizes != null) ? this.sizes : computeIfNeverDone();
	}

	private synchronized Map<String, Integer> computeIfNeverDone() {
		if (this.sizes == null) {
			refresh();
		}
		return (this.sizes != null) ? this.sizes : Map.of();
	}

	/**
	 * Once the service is up, so that the first request does not pay for the bounds (on a large graph a scan of
	 * seconds); the commands, which serve no requests, compute them only if a query asks.
	 */
	@EventListener
	public void serviceReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext) {
			computeIfNeverDone();
		}
	}

	/** After facts were loaded or retracted, once their transaction has committed. */
	@TransactionalEventListener(fallbackExecution = true)
	public void graphChanged(GraphChanged event) {
		if (this.lastMillis < 0) {
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
		try {
			Map<String, Integer> computed = compute();
			this.sizes = Map.copyOf(computed);
			this.lastMillis = System.currentTimeMillis() - start;
			log.debug("List bounds in {} ms: {}", this.lastMillis, computed);
		}
		catch (RuntimeException ex) {
			log.warn("Could not compute the lists' bounds ({}); keeping the ones known", ex.getMessage());
		}
		finally {
			this.lastEnded = System.currentTimeMillis();
		}
	}

	private Map<String, Integer> compute() {
		Map<String, Integer> sizes = new HashMap<>();
		// the degrees: one statement per label, one column per field, each a count Neo4j keeps per node
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
			StringBuilder cypher = new StringBuilder("MATCH (n:").append(label).append(")\nRETURN ");
			for (int i = 0; i < keys.size(); i++) {
				cypher.append(i == 0 ? "" : ", ").append("max(").append(columns.get(keys.get(i))).append(") AS c").append(i);
			}
			Map<String, Object> row = this.reads.row(cypher.toString(), Map.of()).orElse(Map.of());
			for (int i = 0; i < keys.size(); i++) {
				sizes.put(keys.get(i), number(row.get("c" + i)));
			}
		});
		// the sources of a relationship: the most article ids any relationship of the type keeps
		Map<String, Set<String>> typesBySourcesOf = new LinkedHashMap<>();
		for (LinkField field : this.fields) {
			if (!LinkField.SELF.equals(field.otherField())) {
				typesBySourcesOf.computeIfAbsent(field.element().getSimpleName(), e -> new LinkedHashSet<>())
					.add(field.relationship());
			}
		}
		Map<String, Integer> sourcesByType = new HashMap<>();
		Set<String> allTypes = new TreeSet<>();
		this.fields.forEach(field -> allTypes.add(field.relationship()));
		for (String type : allTypes) {
			sourcesByType.put(type, number(this.reads
				.row("MATCH ()-[r:" + type + "]->() RETURN max(size(r.sources)) AS m", Map.of())
				.orElse(Map.of())
				.get("m")));
		}
		typesBySourcesOf.forEach((element, types) -> sizes.put(element + ".sources",
				types.stream().mapToInt(t -> sourcesByType.getOrDefault(t, 0)).max().orElse(0)));
		sizes.put("PathLink.sources", sourcesByType.values().stream().mapToInt(Integer::intValue).max().orElse(0));
		// the place chains: the most places above any place or park
		sizes.put("Place.ancestors", number(this.reads.row("""
				MATCH (n:Place)
				RETURN max(COUNT { MATCH (n)-[:PART_OF*1..8]->(m:Place) RETURN DISTINCT m }) AS m""", Map.of())
			.orElse(Map.of()).get("m")));
		sizes.put("Park.places", number(this.reads.row("""
				MATCH (n:Park)
				RETURN max(COUNT { MATCH (n)%s(m:Place) RETURN DISTINCT m }) AS m""".formatted(Containment.up("Entity")), Map.of())
			.orElse(Map.of()).get("m")));
		// the projects two partners share, or an organization shares with a co-investor: at most the projects
		// one of them invests in or develops
		sizes.put("Partnership.projects", number(this.reads.row("""
				MATCH (n:Organization|Park) WHERE EXISTS { (n)-[:PARTNERS_WITH]-() }
				RETURN max(COUNT { (n)-[:INVESTS_IN|DEVELOPS]->() }) AS m""", Map.of()).orElse(Map.of()).get("m")));
		sizes.put("CoInvestor.projects", sizes.getOrDefault("Organization.investments", 0));
		sizes.put("InvestmentSummary.programs", number(this.reads
			.row("MATCH (n:Program) RETURN count(n) AS m", Map.of()).orElse(Map.of()).get("m")));
		// traversals: a path of at most max-hops links has one node more
		sizes.put("GraphPath.links", this.limits.maxHops());
		sizes.put("GraphPath.nodes", this.limits.maxHops() + 1);
		sizes.put("PartnerReach.links", this.limits.maxHops());
		return sizes;
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
