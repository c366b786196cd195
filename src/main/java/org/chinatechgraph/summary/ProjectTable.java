package org.chinatechgraph.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.chinatechgraph.filter.Condition;
import org.chinatechgraph.filter.SelectedIds;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.GraphVersion;
import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.graph.ReadCacheProperties;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.graph.Values;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every project's few facts that the explorer's aggregates read (its year and signing date, amounts, status,
 * sectors, the places, parks and programs it is inside, who invests in and develops it, and its place in each order
 * a list can ask), kept in memory at one version of the graph, so that a summary, a timeline or a ranking of
 * organizations over any selection these facts decide is worked out without reading the graph, and a page of a list
 * is known by its ids. On the medium benchmark graph (50,000 projects) each of those aggregates reads thousands to
 * tens of thousands of projects and their links, 100–500 ms on two cores; over the table it is a scan of an array, a
 * few milliseconds, whatever the filter.
 *
 * <p>The table answers only while the graph is at the version it was read at ({@link GraphVersion}: any commit
 * since, whoever made it, makes it unused), and only for selections made of the conditions it can decide: a place,
 * a sector, a program, years, a status, an amount range, a signing window. Anything else (a name, an organization), and
 * every read while the table is out of date, goes to the graph as before. Once the graph has stayed unchanged for
 * {@code ctg.read-cache.refresh-quiet}, the table is read again in the background, in one statement.
 *
 * <p>Each fact is read with the very Cypher the graph's own statements use (the containment rule, the timeline's
 * reading of a signing date), and each aggregate keeps the statement's definition: what is counted once, what is
 * summed per link, how ties are ordered. {@code ProjectTableTests} compares every answer with the graph's.
 */
@Component
class ProjectTable implements SelectedIds, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProjectTable.class);

	/** Every project's facts, each read as the graph's statements read it. */
	private static final String PROJECTS = """
			MATCH (n:Project)
			RETURN n.id AS id, n.year AS year, toString(n.year) AS yearKey, n.investmentCny AS cny, n.investmentUsd AS usd,
			       n.status AS status, n.signedOn IS NOT NULL AS signed,
			       toInteger(substring(n.signedOn, 0, 4)) AS signedYear,
			       CASE WHEN size(n.signedOn) >= 7 THEN toInteger(substring(n.signedOn, 5, 2)) END AS signedMonth,
			       n.signedStart AS signedStart, n.signedEnd AS signedEnd,
			       COLLECT { MATCH (n)-[:IN_SECTOR]->(s:Sector) RETURN s.id } AS sectors,
			       COLLECT { MATCH (n)%s(a:Entity) RETURN DISTINCT a.id } AS inside,
			       COLLECT { MATCH (n)-[:PART_OF]->(p:Program) RETURN DISTINCT p.id } AS programs,
			       COLLECT { MATCH (o:Organization)-[r:INVESTS_IN]->(n) RETURN [o.id, o.name, r.amountCny] } AS investments,
			       COLLECT { MATCH (o:Organization)-[:DEVELOPS]->(n) RETURN [o.id, o.name] } AS developers%s"""
		.formatted(Containment.up("Project"), TableOrders.columns());

	/** The places a summary groups by, and the sectors a timeline stacks, as the graph's statements return them. */
	private static final String GROUPS = """
			MATCH (g:Province|City|District)
			RETURN g.id AS id, g.name AS name, [l IN labels(g) WHERE l IN ['Province', 'City', 'District']] AS levels,
			       null AS sector
			UNION ALL
			MATCH (s:Sector)
			RETURN s.id AS id, s.name AS name, [] AS levels, s {.*, labels: labels(s)} AS sector""";

	private static final String ORGANIZATIONS = """
			MATCH (o:Organization) WHERE o.id IN $ids
			RETURN o.id AS id, o {.*, labels: labels(o)} AS organization""";

	/**
	 * How many times as long as the last reading took the table rests before it is read again, so that a graph
	 * written to all the time (an import, article after article) spends at most a fifth of one core on it.
	 */
	private static final int RESTING = 4;

	/**
	 * What a project takes in the table, rounded up: its facts, its place in each order, its rows in the postings
	 * (about 1,040 bytes a project measured on the medium benchmark graph, whose projects each name 1–2 sectors, 4–5
	 * places and 0–4 investors).
	 */
	static final long BYTES_PER_PROJECT = 1_200;

	/** The table takes at most this share of the heap: a quarter. */
	private static final int HEAP_SHARE = 4;

	/** How long reading the table may take: it is read in the background, never for a request. */
	private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

	/** An organization that invests in or develops a project, numbered from 0 in the order first read. */
	private record Organization(int index, String id, String name) {
	}

	private record Investment(Organization investor, Number amount) {
	}

	private record Place(String id, String name, Set<String> levels) {
	}

	/**
	 * One project's facts; {@code inside} holds the ids of every place, park and program it is inside, {@code programs}
	 * those of the programs (batches) it is part of itself.
	 */
	private record Row(String id, Object year, String yearKey, Number cny, Number usd, Object status, boolean signed,
			Number signedYear, Number signedMonth, long signedStart, long signedEnd, List<String> sectors,
			List<String> inside, List<String> programs, List<Investment> investments, List<Organization> developers) {
	}

	/** A signing date a project does not have, among the days since the epoch the others are held as. */
	private static final long NO_DAY = Long.MIN_VALUE;

	/** The table at one version of the graph. */
	private record Table(long version, List<Row> rows, TableOrders orders, RowPostings sectorRows,
			RowPostings insideRows, RowPostings programRows, List<Organization> organizations,
			Map<String, Place> places, Map<String, Sector> sectors, Kept<BitSet> selections,
			Kept<InvestmentSummary> summaries, Kept<List<TimelineEntry>> timelines, Kept<List<InvestorTotal>> investors,
			Kept<List<OrganizationTotal>> rankings, Map<String, org.chinatechgraph.graph.Organization> organizationNodes) {

		/** @param answers how many answers of each kind are kept (the projects a condition selects: always 256) */
		Table(long version, List<Row> rows, TableOrders orders, List<Organization> organizations,
				Map<String, Place> places, Map<String, Sector> sectors, int answers) {
			this(version, rows, orders, RowPostings.of(rows, Row::sectors), RowPostings.of(rows, Row::inside),
					RowPostings.of(rows, Row::programs), organizations, places, sectors, new Kept<>(Kept.MOST),
					new Kept<>(answers), new Kept<>(answers), new Kept<>(answers), new Kept<>(answers),
					new ConcurrentHashMap<>());
		}

	}

	/**
	 * The answers given at one version of the table, the last asked kept: a question asked again (the explorer's
	 * landing view, the same for every visitor) is not worked out again.
	 */
	private static final class Kept<T> {

		/** The most answers of one kind kept. */
		static final int MOST = 256;

		private final Map<List<Object>, T> answers = new LinkedHashMap<>(16, 0.75f, true);

		private final int capacity;

		Kept(int capacity) {
			this.capacity = Math.max(0, Math.min(MOST, capacity));
		}

		synchronized T get(List<Object> question) {
			return this.answers.get(question);
		}

		synchronized void put(List<Object> question, T answer) {
			if (this.capacity == 0) {
				return;
			}
			this.answers.put(question, answer);
			if (this.answers.size() > this.capacity) {
				this.answers.remove(this.answers.keySet().iterator().next());
			}
		}

	}

	/** Below one project in this many, a page's projects are sorted by their ranks rather than walked to in order. */
	private static final int FEW = 32;

	/** How many organizations' nodes a table keeps once read for a ranking. */
	private static final int ORGANIZATION_NODES = 10_000;

	private final ReadCypher reads;

	private final GraphVersion version;

	private final boolean enabled;

	private final int maxProjects;

	/** How many bytes of the heap the table may take: projects past it are not read. */
	private final long memory;

	/** How many answers of each kind a table keeps, the last asked (the cache of reads' {@code max-entries}). */
	private final int answers;

	private final Duration quiet;

	private final ScheduledExecutorService reader;

	private volatile Table table;

	/** The version the last attempt to read the table was made at: not tried again until the graph changes. */
	private volatile long tried = -1;

	/** When the last reading of the table ended, and how long it took (System.nanoTime). */
	private volatile long lastEnded;

	private volatile long lastTook;

	@Autowired
	ProjectTable(ReadCypher reads, GraphVersion version, ReadCache cache, ReadCacheProperties properties) {
		this(reads, version, cache.enabled() && properties.tableProjects() > 0, properties.tableProjects(),
				Runtime.getRuntime().maxMemory() / HEAP_SHARE, properties.maxEntries(), properties.refreshQuiet(), true);
	}

	/**
	 * @param background whether to read the table on a thread of its own, once the service serves requests, each
	 * time the graph has changed and then stayed quiet; without it, only {@link #read()} does
	 */
	ProjectTable(ReadCypher reads, GraphVersion version, boolean enabled, int maxProjects, long memory, int answers,
			Duration quiet, boolean background) {
		this.reads = reads;
		this.version = version;
		this.enabled = enabled;
		this.maxProjects = maxProjects;
		this.memory = memory;
		this.answers = answers;
		this.quiet = quiet;
		this.reader = enabled && background ? Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "project-table");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	/** Once the service serves requests (the commands, which serve none, never read the table). */
	@EventListener
	public void serviceReady(ApplicationReadyEvent event) {
		if (this.reader != null && event.getApplicationContext() instanceof WebServerApplicationContext) {
			long period = Math.max(50, this.quiet.toMillis() / 4);
			this.reader.scheduleWithFixedDelay(this::readIfQuiet, 0, period, TimeUnit.MILLISECONDS);
		}
	}

	/** Reads the table again once the graph has changed and then stayed unchanged for a while. */
	private void readIfQuiet() {
		long now = this.version.current();
		if (now == this.tried || (this.table != null && this.table.version() == now)
				|| this.version.nanosSinceChange() < this.quiet.toNanos()
				|| System.nanoTime() - this.lastEnded < RESTING * this.lastTook) {
			return;
		}
		try {
			read();
		}
		catch (RuntimeException ex) {
			// the database away, or the service stopping: the aggregates read the graph meanwhile, and the table is
			// tried again after its rest
			log.debug("Could not read the table of projects", ex);
			this.tried = -1;
		}
	}

	/** Reads every project's facts now; kept only if the graph did not change meanwhile. */
	boolean read() {
		if (!this.enabled || this.reads.inTransaction()) {
			return false;
		}
		long before = this.version.current();
		this.tried = before;
		long start = System.nanoTime();
		try {
			var count = this.reads.rowsWithin(READ_TIMEOUT, "MATCH (n:Project) RETURN count(n) AS projects", Map.of());
			long projects = ((Number) count.getFirst().get("projects")).longValue();
			if (projects > this.maxProjects) {
				log.info("The graph holds more than {} projects (ctg.read-cache.table-projects): the explorer's "
						+ "aggregates read the graph", this.maxProjects);
				this.table = null;
				return false;
			}
			if (projects * BYTES_PER_PROJECT > this.memory) {
				log.info("A table of {} projects would take about {} MB, more than a quarter of the heap: the "
						+ "explorer's aggregates and lists read the graph (give the service more memory, -Xmx)",
						projects, projects * BYTES_PER_PROJECT / 1_000_000);
				this.table = null;
				return false;
			}
			Table read = load(before);
			if (this.version.current() != before) {
				return false; // changed while it was read: read again once quiet
			}
			this.table = read;
			log.debug("Read the table of {} projects in {} ms", read.rows().size(),
					(System.nanoTime() - start) / 1_000_000);
			return true;
		}
		finally {
			// a minimum rest after a failure too, so that a database away is not asked twice a second
			this.lastEnded = System.nanoTime();
			this.lastTook = Math.max(this.lastEnded - start, TimeUnit.SECONDS.toNanos(1));
		}
	}

	/** Every project's facts, and the places and sectors they name, read at {@code version}. */
	private Table load(long version) {
		Map<String, Organization> organizations = new HashMap<>();
		Map<String, String> strings = new HashMap<>();
		// each project's row made as it is read, its sort values kept apart until its orders are worked out
		record Read(Row row, Object[] sortValues) {
		}
		var read = this.reads.rowsWithin(READ_TIMEOUT, PROJECTS, Map.of(),
				r -> new Read(row(r, organizations, strings), TableOrders.values(r)));
		List<Row> rows = read.stream().map(Read::row).toList();
		TableOrders orders = TableOrders.of(rows.stream().map(Row::id).toArray(String[]::new),
				read.stream().map(Read::sortValues).toList());
		Map<String, Place> places = new HashMap<>();
		Map<String, Sector> sectors = new HashMap<>();
		for (var g : this.reads.rowsWithin(READ_TIMEOUT, GROUPS, Map.of())) {
			String id = (String) g.get("id");
			if (g.get("sector") != null) {
				sectors.put(id, GraphNodes.as(g.get("sector"), Sector.class));
			}
			else {
				places.put(id, new Place(id, (String) g.get("name"),
						Set.copyOf(Values.list(g, "levels").stream().map(String.class::cast).toList())));
			}
		}
		List<Organization> numbered = new ArrayList<>(organizations.values());
		numbered.sort(Comparator.comparingInt(Organization::index));
		return new Table(version, rows, orders, List.copyOf(numbered), places, sectors, this.answers);
	}

	private static Row row(Map<String, Object> r, Map<String, Organization> organizations,
			Map<String, String> strings) {
		List<Investment> investments = Values.list(r, "investments").stream().map(i -> (List<?>) i)
			.map(i -> new Investment(organization(i, organizations), (Number) i.get(2)))
			.toList();
		List<Organization> developers = Values.list(r, "developers").stream().map(d -> (List<?>) d)
			.map(d -> organization(d, organizations))
			.toList();
		return new Row((String) r.get("id"), r.get("year"), (String) r.get("yearKey"), (Number) r.get("cny"), (Number) r.get("usd"),
				r.get("status"), (Boolean) r.get("signed"), (Number) r.get("signedYear"),
				(Number) r.get("signedMonth"), day(r.get("signedStart")), day(r.get("signedEnd")),
				ids(Values.list(r, "sectors"), strings),
				ids(Values.list(r, "inside"), strings), ids(Values.list(r, "programs"), strings), investments, developers);
	}

	/** A date as its day since the epoch; {@link #NO_DAY} for none, or for a value that is no date. */
	private static long day(Object value) {
		return (value instanceof java.time.LocalDate date) ? date.toEpochDay() : NO_DAY;
	}

	private static Organization organization(List<?> idAndName, Map<String, Organization> organizations) {
		return organizations.computeIfAbsent((String) idAndName.get(0),
				id -> new Organization(organizations.size(), id, (String) idAndName.get(1)));
	}

	/** The ids, each string held once however many projects name it. */
	private static List<String> ids(List<Object> ids, Map<String, String> strings) {
		return ids.stream().map(id -> strings.computeIfAbsent((String) id, s -> s)).toList();
	}

	/**
	 * The investment summary, as {@link SummaryQueries}'s statement would give it; empty when the graph must answer
	 * (the programs are asked: they are read from the graph).
	 */
	Optional<InvestmentSummary> summary(SummaryGrouping grouping, Selection selection, SummaryMeasures measures) {
		if (measures.programs()) {
			return Optional.empty();
		}
		return answer(selection, List.of("summary", grouping, measures), Table::summaries, selected -> {
			Sums total = new Sums();
			Map<String, Sums> groups = new LinkedHashMap<>();
			Map<String, String> labels = new HashMap<>();
			for (Row row : selected.rows()) {
				total.add(row);
				if (measures.groups()) {
					for (String key : groupKeys(grouping, row, selected.table())) {
						groups.computeIfAbsent(key, k -> new Sums()).add(row);
						labels.computeIfAbsent(key, k -> label(grouping, k, selected.table()));
					}
				}
			}
			List<InvestmentSummary.Group> found = groups.entrySet()
				.stream()
				// as the statement orders them: by the measures asked (one not asked is 0 in every group)
				.sorted(Comparator.comparingDouble((Map.Entry<String, Sums> g) -> measures.cny() ? g.getValue().cny : 0)
					.reversed()
					.thenComparing(g -> g.getValue().projects, Comparator.reverseOrder())
					.thenComparing(g -> labels.get(g.getKey()), Comparator.nullsLast(Comparator.naturalOrder())))
				.map(g -> SummaryQueries.group(g.getKey(), labels.get(g.getKey()), g.getValue().totals(measures)))
				.toList();
			return Optional.of(new InvestmentSummary(grouping, found, total.totals(measures), List.of()));
		});
	}

	/**
	 * The groups a project counts in: each place of the level it is inside, each sector it is linked to (once per
	 * link), its year; a null key when it is in none.
	 */
	private static List<String> groupKeys(SummaryGrouping grouping, Row row, Table table) {
		List<String> keys = switch (grouping) {
			case PROVINCE, CITY, DISTRICT -> {
				String level = grouping.level();
				yield row.inside().stream().filter(id -> {
					Place place = table.places().get(id);
					return place != null && place.levels().contains(level);
				}).toList();
			}
			case SECTOR -> row.sectors();
			case YEAR -> Collections.singletonList(row.yearKey());
		};
		return keys.isEmpty() ? Collections.singletonList(null) : keys;
	}

	private static String label(SummaryGrouping grouping, String key, Table table) {
		if (key == null) {
			return null;
		}
		return switch (grouping) {
			case PROVINCE, CITY, DISTRICT -> table.places().get(key).name();
			case SECTOR -> table.sectors().get(key).name();
			case YEAR -> key;
		};
	}

	/**
	 * The timeline as {@link ExplorerQueries}'s statement gives it: per signing year, month and sector (null: none),
	 * the projects signed (each once) and the sum of their amounts (once per link to the sector).
	 */
	Optional<List<TimelineEntry>> timeline(Selection selection) {
		return answer(selection, List.of("timeline"), Table::timelines, selected -> {
			record Period(Number year, Number month, String sector) {
			}
			Map<Period, Sums> periods = new LinkedHashMap<>();
			for (Row row : selected.rows()) {
				if (!row.signed()) {
					continue;
				}
				List<String> sectors = row.sectors().isEmpty() ? Collections.singletonList(null) : row.sectors();
				Set<String> counted = new HashSet<>();
				for (String sector : sectors) {
					Sums sums = periods.computeIfAbsent(new Period(row.signedYear(), row.signedMonth(), sector),
							p -> new Sums());
					sums.cny += row.cny() == null ? 0 : row.cny().doubleValue();
					if (counted.add(sector)) {
						sums.projects++;
					}
				}
			}
			Comparator<Number> numbers = Comparator.nullsLast(Comparator.comparingLong(Number::longValue));
			Comparator<String> names = Comparator.nullsLast(Comparator.naturalOrder());
			return Optional.of(periods.entrySet()
				.stream()
				.sorted(Comparator.comparing((Map.Entry<Period, Sums> e) -> e.getKey().year(), numbers)
					.thenComparing(e -> e.getKey().month() == null ? 0L : e.getKey().month().longValue())
					.thenComparing(e -> sectorName(selected.table(), e.getKey().sector()), names))
				.map(e -> new TimelineEntry(e.getKey().year().intValue(),
						e.getKey().month() == null ? null : e.getKey().month().intValue(),
						e.getKey().sector() == null ? null : selected.table().sectors().get(e.getKey().sector()), false,
						(int) e.getValue().projects, Amounts.cny(e.getValue().cny)))
				.toList());
		});
	}

	private static String sectorName(Table table, String sector) {
		return sector == null ? null : table.sectors().get(sector).name();
	}

	/**
	 * The largest investors as {@link ExplorerQueries}'s statement gives them: what each organization
	 * commits to the selected projects (a link's amount, else the project's whole amount when it is the project's
	 * only investor), ranked by that, then by projects, name and id.
	 */
	Optional<List<InvestorTotal>> investors(Selection selection, int first) {
		return answer(selection, List.of("investors", first), Table::investors, selected -> {
			int size = selected.table().organizations().size();
			long[] projects = new long[size];
			long[] withAmount = new long[size];
			double[] cny = new double[size];
			int[] counted = new int[size]; // the last project each was counted for (1, 2...)
			int project = 0;
			for (Row row : selected.rows()) {
				project++;
				for (Investment investment : row.investments()) {
					int o = investment.investor().index();
					Number committed = investment.amount() != null ? investment.amount()
							: row.investments().size() == 1 ? row.cny() : null;
					if (counted[o] != project) {
						counted[o] = project;
						projects[o]++;
					}
					if (committed != null) {
						withAmount[o]++;
						cny[o] += committed.doubleValue();
					}
				}
			}
			Comparator<Integer> order = Comparator.comparingDouble((Integer o) -> cny[o])
				.reversed()
				.thenComparing(o -> projects[o], Comparator.reverseOrder());
			return ranked(selected.table(), top(selected.table(), projects, order, first),
					(organization, o) -> new InvestorTotal(organization, (int) projects[o], (int) withAmount[o],
							Amounts.cny(cny[o])));
		});
	}

	/**
	 * The most connected organizations as {@link ExplorerQueries}'s statement gives them: how many of the
	 * selected projects each invests in or develops (each project once), ranked by that, then by name and id.
	 */
	Optional<List<OrganizationTotal>> organizations(Selection selection, int first) {
		return answer(selection, List.of("organizations", first), Table::rankings, selected -> {
			int size = selected.table().organizations().size();
			long[] projects = new long[size];
			long[] investedIn = new long[size];
			long[] developed = new long[size];
			// the last project each was counted for (1, 2...): linked, investing, developing
			int[] linked = new int[size];
			int[] investing = new int[size];
			int[] developing = new int[size];
			int project = 0;
			for (Row row : selected.rows()) {
				project++;
				for (Investment investment : row.investments()) {
					int o = investment.investor().index();
					projects[o] += once(linked, o, project);
					investedIn[o] += once(investing, o, project);
				}
				for (Organization developer : row.developers()) {
					int o = developer.index();
					projects[o] += once(linked, o, project);
					developed[o] += once(developing, o, project);
				}
			}
			Comparator<Integer> order = Comparator.comparingLong((Integer o) -> projects[o]).reversed();
			return ranked(selected.table(), top(selected.table(), projects, order, first),
					(organization, o) -> new OrganizationTotal(organization, (int) projects[o], (int) investedIn[o],
							(int) developed[o]));
		});
	}

	/** 1 the first time organization {@code o} is counted for {@code project}, then 0. */
	private static int once(int[] counted, int o, int project) {
		if (counted[o] == project) {
			return 0;
		}
		counted[o] = project;
		return 1;
	}

	/**
	 * The first {@code first} organizations linked to a selected project, by {@code order}, then by name (none last)
	 * and id.
	 */
	private static List<Integer> top(Table table, long[] projects, Comparator<Integer> order, int first) {
		List<Organization> organizations = table.organizations();
		Comparator<Integer> ranking = order
			.thenComparing(o -> organizations.get(o).name(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(o -> organizations.get(o).id());
		PriorityQueue<Integer> kept = new PriorityQueue<>(ranking.reversed());
		for (int o = 0; o < projects.length; o++) {
			if (projects[o] > 0) {
				kept.add(o);
				if (kept.size() > first) {
					kept.poll(); // the last of those kept
				}
			}
		}
		List<Integer> ranked = new ArrayList<>(kept);
		ranked.sort(ranking);
		return ranked;
	}

	/** What a ranking says of one organization: its node, and its number in the table's columns. */
	private interface RankedAs<T> {

		T of(org.chinatechgraph.graph.Organization organization, int index);

	}

	/**
	 * The ranked organizations, each with its node read from the graph (the table keeps only ids and names); empty
	 * when the graph changed meanwhile.
	 */
	private <T> Optional<List<T>> ranked(Table table, List<Integer> ranked, RankedAs<T> answer) {
		List<String> ids = ranked.stream().map(o -> table.organizations().get(o).id()).toList();
		Map<String, org.chinatechgraph.graph.Organization> kept = table.organizationNodes();
		Map<String, org.chinatechgraph.graph.Organization> nodes = new HashMap<>();
		ids.stream().filter(kept::containsKey).forEach(id -> nodes.put(id, kept.get(id)));
		List<String> unread = ids.stream().filter(id -> !nodes.containsKey(id)).toList();
		if (!unread.isEmpty()) {
			Map<String, org.chinatechgraph.graph.Organization> read = new HashMap<>();
			this.reads.rows(ORGANIZATIONS, Map.of("ids", unread))
				.forEach(r -> read.put((String) r.get("id"),
						GraphNodes.as(r.get("organization"), org.chinatechgraph.graph.Organization.class)));
			if (this.version.current() != table.version() || !read.keySet().containsAll(unread)) {
				return Optional.empty();
			}
			nodes.putAll(read);
			if (kept.size() < ORGANIZATION_NODES) {
				kept.putAll(read);
			}
		}
		return Optional.of(
				ranked.stream().map(o -> answer.of(nodes.get(table.organizations().get(o).id()), o)).toList());
	}

	/** The rows a selection selects from the current table. */
	private record Selected(Table table, List<Row> rows) {
	}

	/**
	 * The answer to a question about the projects a selection selects: the one kept for it at the current table,
	 * or {@code compute} over the rows selected (and kept). Empty when the table is out of date (or not read),
	 * inside a transaction (which may see its own uncommitted writes), or when a condition is one the table cannot
	 * decide.
	 */
	private <T> Optional<T> answer(Selection selection, List<Object> question,
			Function<Table, Kept<T>> kept, Function<Selected, Optional<T>> compute) {
		Table current = this.table;
		if (!usable(current, selection)) {
			return Optional.empty();
		}
		List<Object> key = new ArrayList<>(question);
		key.add(selection.conditions());
		Kept<T> answers = kept.apply(current);
		T answer = answers.get(key);
		if (answer != null) {
			return Optional.of(answer);
		}
		// the rows each condition selects (a sector's, a place's: known; a year's: kept), in the table's order
		List<Row> rows = selected(current, selection).stream().mapToObj(current.rows()::get).toList();
		Optional<T> computed = compute.apply(new Selected(current, rows));
		computed.ifPresent(found -> answers.put(key, found));
		return computed;
	}

	/**
	 * Whether the table may answer for the selection: it is current (and not asked inside a transaction, which may see
	 * its own uncommitted writes) and decides each of the selection's conditions.
	 */
	private boolean usable(Table current, Selection selection) {
		return current != null && current.version() == this.version.current() && selection.label().equals("Project")
				&& !this.reads.inTransaction()
				&& selection.conditions().stream().allMatch((condition) -> test(condition) != null);
	}

	@Override
	public Optional<Known> projects(Selection selection, int most) {
		Table current = this.table;
		if (!usable(current, selection)) {
			return Optional.empty();
		}
		BitSet selected = selected(current, selection);
		if (selected.cardinality() > most) {
			return Optional.empty();
		}
		List<String> ids = selected.stream().mapToObj(row -> current.rows().get(row).id()).toList();
		return Optional.of(new Known(ids, () -> this.version.current() == current.version()));
	}

	/**
	 * A page of the selected projects in the order asked, walked in the table's order of every project: only as far
	 * as the page's end, the count of all selected known from the rows each condition selects (kept per condition).
	 */
	@Override
	public Optional<KnownPage> page(Selection selection, SortOrder order, int offset, int size) {
		Table current = this.table;
		int[] ordered = usable(current, selection) ? current.orders().rows(order) : null;
		if (ordered == null) {
			return Optional.empty();
		}
		BitSet selected = selected(current, selection);
		int total = selected.cardinality();
		List<String> ids = new ArrayList<>(Math.min(size, total));
		if (total <= ordered.length / FEW) {
			// a few rows (a batch, a district): sorted by their places in the order, not found by walking all of it
			int[] rank = current.orders().ranks(order);
			int[] few = selected.stream().boxed().sorted(Comparator.comparingInt(row -> rank[row]))
				.mapToInt(Integer::intValue).toArray();
			for (int k = offset; k < few.length && ids.size() < size; k++) {
				ids.add(current.rows().get(few[k]).id());
			}
		}
		else {
			for (int k = 0, seen = 0; k < ordered.length && ids.size() < size; k++) {
				if (selected.get(ordered[k]) && seen++ >= offset) {
					ids.add(current.rows().get(ordered[k]).id());
				}
			}
		}
		return Optional.of(new KnownPage(total, ids, () -> this.version.current() == current.version()));
	}

	/** The rows a selection the table decides selects: those every one of its conditions selects. */
	private static BitSet selected(Table current, Selection selection) {
		BitSet selected = new BitSet(current.rows().size());
		selected.set(0, current.rows().size());
		for (Condition condition : selection.conditions()) {
			selected.and(selected(current, condition));
		}
		return selected;
	}

	/**
	 * The rows that pass one condition: those that name its sector, place or program, or (years, a status, an amount
	 * range, a signing window) those its test passes, worked out once per table and kept (the last 256 asked).
	 */
	private static BitSet selected(Table current, Condition condition) {
		BitSet named = switch (condition) {
			case Condition.InSector sector -> current.sectorRows().rows(sector.sector());
			case Condition.Inside inside -> current.insideRows().rows(inside.place());
			case Condition.InProgram program -> current.programRows().rows(program.program());
			default -> null;
		};
		if (named != null) {
			return named;
		}
		List<Object> key = List.of(condition);
		BitSet kept = current.selections().get(key);
		if (kept == null) {
			Predicate<Row> test = test(condition);
			kept = new BitSet(current.rows().size());
			for (int i = 0; i < current.rows().size(); i++) {
				if (test.test(current.rows().get(i))) {
					kept.set(i);
				}
			}
			current.selections().put(key, kept);
		}
		return kept;
	}

	/** Whether a project passes the condition, as its Cypher test decides it; null for one the table cannot decide. */
	private static Predicate<Row> test(Condition condition) {
		return switch (condition) {
			case Condition.Inside inside -> row -> row.inside().contains(inside.place());
			case Condition.InSector sector -> row -> row.sectors().contains(sector.sector());
			case Condition.InProgram program -> row -> row.programs().contains(program.program());
			case Condition.InYears years -> {
				Set<Double> wanted = new HashSet<>();
				years.years().stream().filter(Objects::nonNull).forEach(y -> wanted.add(y.doubleValue()));
				yield row -> row.year() instanceof Number year && wanted.contains(year.doubleValue());
			}
			case Condition.WithStatus status -> row -> status.status().equals(row.status());
			case Condition.AmountBetween amount -> between(amount);
			case Condition.SignedBetween signed -> signedIn(signed);
			default -> null;
		};
	}

	/** Signed within the window as its Cypher test reads it: ending on or after its start, starting on or before its end. */
	private static Predicate<Row> signedIn(Condition.SignedBetween signed) {
		long from = (signed.from() == null) ? NO_DAY : signed.from().toEpochDay();
		long to = (signed.to() == null) ? NO_DAY : signed.to().toEpochDay();
		return row -> (from == NO_DAY || row.signedEnd() != NO_DAY && row.signedEnd() >= from)
				&& (to == NO_DAY || row.signedStart() != NO_DAY && row.signedStart() <= to);
	}

	private static Predicate<Row> between(Condition.AmountBetween amount) {
		boolean cny = amount.key().equals("investmentCny");
		if (!cny && !amount.key().equals("investmentUsd")) {
			return null;
		}
		return row -> {
			Number value = cny ? row.cny() : row.usd();
			return value != null && (amount.min() == null || value.doubleValue() >= amount.min())
					&& (amount.max() == null || value.doubleValue() <= amount.max());
		};
	}

	/** Counts and sums over projects. */
	private static final class Sums {

		long projects;

		long withAmount;

		double cny;

		double usd;

		void add(Row row) {
			this.projects++;
			if (row.cny() != null) {
				this.withAmount++;
				this.cny += row.cny().doubleValue();
			}
			if (row.usd() != null) {
				this.usd += row.usd().doubleValue();
			}
		}

		/** The totals, those not asked 0. */
		InvestmentSummary.Totals totals(SummaryMeasures measures) {
			return new InvestmentSummary.Totals((int) this.projects, measures.withAmount() ? (int) this.withAmount : 0,
					Amounts.cny(measures.cny() ? this.cny : 0.0), Amounts.cny(measures.usd() ? this.usd : 0.0));
		}

	}

	@Override
	public void destroy() {
		if (this.reader != null) {
			this.reader.shutdownNow();
		}
	}

}
