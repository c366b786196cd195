package org.chinatechgraph.bench;

import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.chinatechgraph.bench.Operations.Operation;
import org.chinatechgraph.system.neo4j.EmbeddedNeo4jProperties;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each operation of {@link Operations} through the service's {@code /graphql} over HTTP and by its
 * hand-written Cypher through the driver, at several numbers of concurrent clients, and reports p50, p99 and
 * throughput of both, their ratio, and the Cypher statements the service sent for one request of each.
 * Before timing, it checks that both sides give the same answer. Every operation first runs on every side at 8
 * clients, the sides taking turns, until each side's throughput has stopped rising (at least {@code --warmup}
 * seconds, at most {@code --warmup-max}, default 120), and each side again for {@code --warmup} seconds at the
 * concurrency it is then measured at: the service's stack is deep and takes far longer to compile than the
 * driver's (measured cold, a lookup's p50 ratio falls from 1.8 to 1.1 over its first 16 s, and a nested page's
 * throughput at 8 clients keeps rising for about a minute).
 *
 * <p>The sides take turns ({@code --rounds}, default 3), each measured for {@code --seconds / --rounds} at a time, and
 * each side's turns are pooled: a slow spell of the machine then falls on every side alike.
 *
 * <p>Run: {@code bench/query.sh --data target/bench/db-medium/loader [--seconds 10] [--clients 1,8,64]}: starts
 * the service on that store. {@code --url http://host:8080/graphql --bolt bolt://host:7687} measure a service
 * and a database already running instead (no round-trip counts then).
 *
 * <p>{@code --table} starts the service with its table of projects on (as the service runs by default), still keeping
 * no answers, and waits until the table is read; without it, every request reads the graph.
 *
 * <p>{@code --library} adds a third side, the Neo4j GraphQL Library on Node ({@code bench/library.sh}, started
 * against the same database and stopped at the end; {@code --library-url http://host:4000/graphql} reaches one
 * already running), with {@link LibraryOperations}' documents, checked to answer like the Cypher.
 */
public final class QueryBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final org.neo4j.driver.SessionConfig READ = org.neo4j.driver.SessionConfig.builder()
		.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
		.build();

	/** The measurements of one operation on one side at one concurrency. */
	record Measure(String op, String side, int clients, long requests, long errors, double seconds, double p50,
			double p99) {

		/** The measurement of the turns a side took, as one: their latencies pooled, their times added. */
		static Measure of(String op, String side, int clients, List<Timed> turns) {
			long[] all = turns.stream().flatMapToLong(t -> Arrays.stream(t.latencies())).sorted().toArray();
			return new Measure(op, side, clients, all.length, turns.stream().mapToLong(Timed::errors).sum(),
					turns.stream().mapToDouble(Timed::seconds).sum(), percentile(all, 0.50), percentile(all, 0.99));
		}

		double throughput() {
			return this.requests / this.seconds;
		}

	}

	/** The latencies (ns) of one turn of one side, its failed requests and how long it took. */
	record Timed(long[] latencies, long errors, double seconds) {
	}

	/** One row of the report: both sides of an operation at one concurrency, and the library's when measured. */
	record Row(String op, int clients, Measure service, Measure cypher, int roundTrips, Measure library) {

		Row(String op, int clients, Measure service, Measure cypher, int roundTrips) {
			this(op, clients, service, cypher, roundTrips, null);
		}

		long errors() {
			return this.service.errors + this.cypher.errors + (this.library == null ? 0 : this.library.errors);
		}

		String line() {
			return base() + (this.library == null ? "" : String.format(Locale.ROOT,
					" | library p50 %7.2f ms p99 %7.2f ms %8.1f/s | service/library throughput %5.2f | library errors %d",
					this.library.p50, this.library.p99, this.library.throughput(),
					this.service.throughput() / this.library.throughput(), this.library.errors));
		}

		private String base() {
			return String.format(Locale.ROOT,
					"%-18s %3d | service p50 %7.2f ms p99 %7.2f ms %8.1f/s | cypher p50 %7.2f ms p99 %7.2f ms %8.1f/s | p50 ratio %5.2f | errors %d/%d | round trips %d",
					this.op, this.clients, this.service.p50, this.service.p99, this.service.throughput(), this.cypher.p50,
					this.cypher.p99, this.cypher.throughput(), this.service.p50 / this.cypher.p50, this.service.errors,
					this.cypher.errors, this.roundTrips);
		}

	}

	private final String url;

	private final Driver driver;

	private final BenchService service;

	/** The Neo4j GraphQL Library's server, when it is measured too. */
	private LibraryServer library;

	private QueryBenchmark(String url, Driver driver, BenchService service) {
		this.url = url;
		this.driver = driver;
		this.service = service;
	}

	public static void main(String[] args) {
		BenchmarkException.run("query benchmark", () -> {
			var options = new BenchArgs(args, Set.of("data", "url", "bolt", "seconds", "warmup", "clients", "ops", "out",
					"library", "library-url", "rounds", "warmup-max", "table"));
			double seconds = Double.parseDouble(options.string("seconds", "10"));
			double warmup = Double.parseDouble(options.string("warmup", "5"));
			if (!(seconds > 0) || !(warmup >= 0)) {
				throw new BenchmarkException("--seconds must be positive and --warmup not negative");
			}
			int[] clients = clients(options.string("clients", "1,8,64"));
			var rows = run(options, seconds, warmup, clients, options.has("ops") ? Set.of(options.string("ops", "").split(",")) : null);
			if (options.has("out")) {
				Path out = Path.of(options.string("out", ""));
				Files.createDirectories(out.toAbsolutePath().getParent());
				Files.write(out, rows.stream().map(Row::line).toList());
			}
			long errors = rows.stream().mapToLong(Row::errors).sum();
			if (errors > 0) {
				throw new BenchmarkException(errors + " requests failed");
			}
		});
	}

	static int[] clients(String text) {
		try {
			int[] clients = Arrays.stream(text.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
			if (clients.length == 0 || Arrays.stream(clients).anyMatch(c -> c < 1 || c > 1024)) {
				throw new NumberFormatException();
			}
			return clients;
		}
		catch (NumberFormatException ex) {
			throw new BenchmarkException("--clients must be a comma-separated list of numbers from 1 to 1024, not '" + text + "'");
		}
	}

	/** Starts (or reaches) the service and the database, checks the answers, measures; the rows of the report. */
	static List<Row> run(BenchArgs options, double seconds, double warmup, int[] clients, Set<String> only) throws Exception {
		return run(options, seconds, warmup, clients, only, null);
	}

	/** The same on {@code running}, a service already started (left running), unless the options name another. */
	static List<Row> run(BenchArgs options, double seconds, double warmup, int[] clients, Set<String> only,
			BenchService running) throws Exception {
		int rounds = options.integer("rounds", 3);
		if (rounds < 1) {
			throw new BenchmarkException("--rounds must be at least 1, not " + rounds);
		}
		double warmupMax = Double.parseDouble(options.string("warmup-max", "120"));
		if (!(warmupMax >= warmup)) {
			throw new BenchmarkException("--warmup-max must be at least --warmup (" + warmup + " s), not " + warmupMax);
		}
		BenchService started = null;
		BenchService service = null;
		LibraryServer library = null;
		String url;
		String bolt;
		String user = EmbeddedNeo4jProperties.USER;
		String password;
		if (options.has("url")) {
			url = options.string("url", "");
			bolt = options.string("bolt", "bolt://127.0.0.1:7687");
			// a service's embedded database wants its data directory's password (data/neo4j-password)
			user = Objects.requireNonNullElse(System.getenv("NEO4J_USERNAME"), user);
			password = System.getenv("NEO4J_PASSWORD");
		}
		else {
			service = (running != null) ? running
					: (started = options.has("table") ? BenchService.withTable(BenchService.store(options))
							: new BenchService(BenchService.store(options), true));
			url = service.graphQlUrl();
			bolt = service.boltUri();
			password = service.boltPassword();
		}
		AuthToken auth = (password == null || password.isEmpty()) ? AuthTokens.none() : AuthTokens.basic(user, password);
		try (var driver = GraphDatabase.driver(bolt, auth,
				Config.builder().withMaxConnectionPoolSize(256).withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS).build())) {
			try {
				driver.verifyConnectivity();
			}
			catch (RuntimeException ex) {
				throw new BenchmarkException("cannot reach the database at " + bolt + ": " + ex.getMessage(), ex);
			}
			var bench = new QueryBenchmark(url, driver, service);
			bench.checkService();
			library = LibraryServer.from(options, bolt, user, password);
			bench.library = library;
			if (library != null) {
				try {
					graphQl(library.url(), "{ __typename }", Map.of());
				}
				catch (BenchmarkException ex) {
					throw new BenchmarkException("cannot reach the library at " + library.url() + ": " + ex.getMessage(), ex);
				}
			}
			var pools = Operations.Pools.sample(driver);
			pools.check();
			System.out.println("Query benchmark on " + Machine.describe());
			// first every operation is checked and run on every side, so that the JIT has compiled what they share
			// before anything is measured; then each side is warmed again at the concurrency it is measured at
			List<Operation> ops = Operations.all(pools).stream().filter(op -> only == null || only.contains(op.name())).toList();
			Map<String, Integer> trips = new HashMap<>();
			Set<String> withLibrary = new HashSet<>();
			for (Operation op : ops) {
				bench.checkSameAnswers(op);
				if (library != null && bench.checkLibraryAnswers(op)) {
					withLibrary.add(op.name());
				}
				trips.put(op.name(), bench.roundTrips(op));
				bench.warmUntilSteady(op, sides(withLibrary.contains(op.name())), warmup, warmupMax);
			}
			List<Row> rows = new ArrayList<>();
			for (Operation op : ops) {
				for (int c : clients) {
					var sides = sides(withLibrary.contains(op.name()));
					for (String side : sides) {
						bench.measure(op, side, c, warmup);
					}
					// the sides take turns, so that a slow spell of the machine falls on each of them alike
					Map<String, List<Timed>> turns = new HashMap<>();
					for (int round = 0; round < rounds; round++) {
						for (String side : sides) {
							turns.computeIfAbsent(side, k -> new ArrayList<>()).add(bench.measure(op, side, c, seconds / rounds, round));
						}
					}
					Map<String, Measure> measures = new HashMap<>();
					turns.forEach((side, timed) -> measures.put(side, Measure.of(op.name(), side, c, timed)));
					var row = new Row(op.name(), c, measures.get("service"), measures.get("cypher"), trips.get(op.name()),
							measures.get("library"));
					System.out.println(row.line());
					rows.add(row);
				}
			}
			return rows;
		}
		finally {
			if (library != null) {
				library.close();
			}
			if (started != null) {
				started.close();
			}
		}
	}

	private static List<String> sides(boolean withLibrary) {
		return withLibrary ? List.of("service", "cypher", "library") : List.of("service", "cypher");
	}

	/** A client of a running bench service, for tests that drive it themselves. */
	static QueryBenchmark connect(BenchService service) {
		return new QueryBenchmark(service.graphQlUrl(), null, service);
	}

	private void checkService() {
		try {
			graphQl("{ __typename }", Map.of());
		}
		catch (BenchmarkException ex) {
			throw new BenchmarkException("cannot reach the service at " + this.url + ": " + ex.getMessage(), ex);
		}
	}

	/** Both sides answer five drawn requests alike, or the benchmark stops: it would compare different work. */
	private void checkSameAnswers(Operation op) {
		Random random = new Random(7);
		for (int i = 0; i < 5; i++) {
			var variables = op.variables().apply(random);
			Object viaService = op.graphQlKey().apply(graphQl(op.graphQl(), variables));
			Object viaCypher = op.cypherKey().apply(cypher(op, variables));
			if (!Objects.equals(viaService, viaCypher)) {
				throw new IllegalStateException(op.name() + " answers differently for " + variables + ":\n  service: "
						+ viaService + "\n  cypher:  " + viaCypher);
			}
		}
	}

	/**
	 * The library answers five drawn requests like the Cypher (and so like the service); when it cannot express the
	 * operation, or answers differently, this says so and the library side of the operation is skipped.
	 */
	private boolean checkLibraryAnswers(Operation op) {
		var query = LibraryOperations.of(op.name());
		if (query == null) {
			System.out.println(op.name() + ": library side skipped: " + LibraryOperations.whyNot(op.name()));
			return false;
		}
		Random random = new Random(7);
		for (int i = 0; i < 5; i++) {
			var variables = op.variables().apply(random);
			Object viaLibrary = query.key().apply(library(op, variables));
			Object viaCypher = op.cypherKey().apply(cypher(op, variables));
			if (!Objects.equals(viaLibrary, viaCypher)) {
				System.out.println(op.name() + ": library side skipped: it answers differently for " + variables
						+ ":\n  library: " + viaLibrary + "\n  cypher:  " + viaCypher);
				return false;
			}
		}
		return true;
	}

	/** The Cypher statements the service sends for one request of the operation (-1 when not counted). */
	private int roundTrips(Operation op) {
		if (this.service == null) {
			return -1;
		}
		var variables = op.variables().apply(new Random(11));
		graphQl(op.graphQl(), variables); // a warm service has resolved the names of places and sectors before
		this.service.roundTrips().reset();
		graphQl(op.graphQl(), variables);
		return this.service.roundTrips().count();
	}

	private static final double WARM_TURN = 2;

	private static final int WARM_FLAT_TURNS = 3;

	/**
	 * Runs the operation on every side at 8 clients, the sides taking turns of {@value #WARM_TURN} s, until each
	 * side's throughput has stopped rising: none of its last {@value #WARM_FLAT_TURNS} turns beat its best earlier
	 * turn by more than 5%. At least {@code min} seconds in all; no turn starts after {@code max}. On two cores the service's
	 * code (the web server, GraphQL, the in-process reads) takes a minute or more to compile, far longer than the
	 * driver's; measured before that, the service's ratio says how fast the JIT is, not how fast the service is.
	 */
	private void warmUntilSteady(Operation op, List<String> sides, double min, double max) throws InterruptedException {
		Map<String, List<Double>> rates = new HashMap<>();
		long start = System.nanoTime();
		double elapsed = 0;
		while (elapsed < max) {
			for (String side : sides) {
				Timed turn = measure(op, side, 8, Math.min(WARM_TURN, max));
				rates.computeIfAbsent(side, k -> new ArrayList<>()).add(turn.latencies().length / turn.seconds());
			}
			elapsed = (System.nanoTime() - start) / 1e9;
			if (elapsed >= min && rates.values().stream().allMatch(QueryBenchmark::steady)) {
				break;
			}
		}
		System.out.printf(Locale.ROOT, "%s: warmed for %.0f s%s%n", op.name(), elapsed,
				rates.values().stream().allMatch(QueryBenchmark::steady) ? "" : " (not steady yet: --warmup-max reached)");
	}

	/** Whether none of the last few throughputs beats the best one before them by more than 5%. */
	static boolean steady(List<Double> rates) {
		if (rates.size() <= WARM_FLAT_TURNS) {
			return false;
		}
		double best = rates.subList(0, rates.size() - WARM_FLAT_TURNS).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		return rates.subList(rates.size() - WARM_FLAT_TURNS, rates.size()).stream().allMatch(r -> r <= best * 1.05);
	}

	private Timed measure(Operation op, String side, int clients, double seconds) throws InterruptedException {
		return measure(op, side, clients, seconds, 0);
	}

	/**
	 * Runs {@code clients} clients for {@code seconds}; each sends the operation with variables drawn from its own
	 * seeded sequence ({@code turn} picks another), the same on every side.
	 */
	private Timed measure(Operation op, String side, int clients, double seconds, int turn) throws InterruptedException {
		long[][] latencies = new long[clients][];
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		CountDownLatch done = new CountDownLatch(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread.ofPlatform().daemon().start(() -> {
				Random random = new Random(1_000_000L * turn + 1000L * client + op.name().hashCode());
				long[] mine = new long[1024];
				int n = 0;
				try {
					// every client sends at least one request, however late it was scheduled
					do {
						var variables = op.variables().apply(random);
						long t0 = System.nanoTime();
						try {
							if (side.equals("service")) {
								graphQl(op.graphQl(), variables);
							}
							else if (side.equals("library")) {
								library(op, variables);
							}
							else {
								cypher(op, variables);
							}
						}
						catch (RuntimeException ex) {
							if (errors.incrementAndGet() == 1) {
								System.err.println(op.name() + " " + side + ": " + ex.getMessage());
							}
						}
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = System.nanoTime() - t0;
					}
					while (System.nanoTime() < end);
				}
				finally {
					latencies[client] = Arrays.copyOf(mine, n);
					done.countDown();
				}
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		return new Timed(Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray(), errors.get(), elapsed);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** The library's {@code data} for the operation's variables. */
	private JsonNode library(Operation op, Map<String, Object> variables) {
		var query = LibraryOperations.of(op.name());
		return graphQl(this.library.url(), query.document(), query.variables().apply(variables));
	}

	/** The {@code data} of a GraphQL response; an error in it, or an unreachable service, throws. */
	JsonNode graphQl(String document, Map<String, Object> variables) {
		return graphQl(this.url, document, variables);
	}

	static JsonNode graphQl(String url, String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		byte[] responseBody;
		try {
			var response = HttpPost.post(url, JSON.writeValueAsBytes(body));
			if (response.status() != 200) {
				throw new BenchmarkException("HTTP " + response.status());
			}
			responseBody = response.body();
		}
		catch (ConnectException ex) {
			throw new BenchmarkException("connection refused");
		}
		catch (java.io.IOException ex) {
			throw new BenchmarkException(ex.toString(), ex);
		}
		JsonNode json = JSON.readTree(responseBody);
		if (json.has("errors")) {
			throw new IllegalStateException("GraphQL errors: " + json.get("errors"));
		}
		return json.path("data");
	}

	/**
	 * The operation's Cypher as the fastest read the driver offers: one auto-commit statement in a read session
	 * (one network round trip; a managed transaction adds BEGIN and COMMIT), as the service sends its reads.
	 */
	List<org.neo4j.driver.Record> cypher(Operation op, Map<String, Object> variables) {
		try (var session = this.driver.session(READ)) {
			return session.run(op.cypher(), op.cypherParameters().apply(variables)).list();
		}
	}

}
