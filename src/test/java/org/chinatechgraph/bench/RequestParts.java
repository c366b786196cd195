package org.chinatechgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.chinatechgraph.bench.Operations.Operation;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Where the time of one operation of {@link Operations} goes in the service, one client at a time: the whole request
 * over HTTP; the same through the GraphQL engine without HTTP; the Cypher statements the service sent for it,
 * replayed alone through its read path with their own parameters; and the operation's hand-written Cypher, through
 * the same read path and through the driver. The same variables (drawn from a fixed seed) go to every part, and
 * the parts take turns, round after round, so that they share the machine's slow and quick spells.
 *
 * <p>Run: {@code bench/run.sh RequestParts --data target/bench/db-medium/loader [--op nested] [--n 100] [--rounds 6]
 * [--warmup 10] [--clients 8 --seconds 4]}. With more than one client it reports each part's throughput instead:
 * where the cores are saturated, that is what a part costs.
 */
public final class RequestParts {

	/** One statement the service sent: its text and parameters. */
	record Statement(String cypher, Map<String, Object> parameters) {
	}

	private RequestParts() {
	}

	public static void main(String[] args) {
		BenchmarkException.run("request parts", () -> measure(new BenchArgs(args, Set.of("data", "op", "n", "rounds", "warmup", "clients",
				"seconds"))));
	}

	/**
	 * Measures as the options say and prints every round. With one client (the default), the parts' latencies (ns)
	 * over the last half of the rounds; with {@code --clients} more, each part is run by that many clients at once
	 * for {@code --seconds} a turn, and the result is the number of requests each turn of the last half completed.
	 */
	static Map<String, long[]> measure(BenchArgs options) throws Exception {
		var settings = Settings.of(options);
		try (var service = new BenchService(BenchService.store(options), true)) {
			return measure(settings, service);
		}
	}

	/** The same on {@code service}, already started (and left running). */
	static Map<String, long[]> measure(BenchArgs options, BenchService service) throws Exception {
		return measure(Settings.of(options), service);
	}

	private static Map<String, long[]> measure(Settings settings, BenchService service) throws Exception {
		try (Driver driver = GraphDatabase.driver(service.boltUri(), service.boltAuth())) {
			var pools = Operations.Pools.sample(driver);
			Operation op = Operations.all(pools)
				.stream()
				.filter(o -> o.name().equals(settings.op()))
				.findFirst()
				.orElseThrow(() -> new BenchmarkException("no operation '" + settings.op() + "'; the operations are "
						+ Operations.all(pools).stream().map(Operation::name).toList()));
			return run(service, driver, op, settings.n(), settings.rounds(), settings.warmup(), settings.clients(),
					settings.seconds());
		}
	}

	/** What the options ask, checked before any service starts. */
	private record Settings(String op, int n, int rounds, int warmup, int clients, double seconds) {

		static Settings of(BenchArgs options) {
			var settings = new Settings(options.string("op", "nested"), options.integer("n", 100),
					options.integer("rounds", 6), options.integer("warmup", 10), options.integer("clients", 1),
					Double.parseDouble(options.string("seconds", "4")));
			if (settings.n() < 1 || settings.rounds() < 1 || settings.warmup() < 0 || settings.clients() < 1
					|| !(settings.seconds() > 0)) {
				throw new BenchmarkException("--n, --rounds and --clients must be at least 1, --warmup (seconds) not"
						+ " negative and --seconds positive");
			}
			return settings;
		}

	}

	private static Map<String, long[]> run(BenchService service, Driver driver, Operation op, int n, int rounds,
			int warmup, int clients, double seconds) throws Exception {
		Random random = new Random(1);
		List<Map<String, Object>> variables = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			variables.add(op.variables().apply(random));
		}
		String url = service.graphQlUrl();
		List<List<Statement>> sent = new ArrayList<>();
		for (var v : variables) {
			QueryBenchmark.graphQl(url, op.graphQl(), v); // names resolved and cached first, as in a warm service
			service.roundTrips().record();
			QueryBenchmark.graphQl(url, op.graphQl(), v);
			sent.add(service.roundTrips().recorded().stream().map(RequestParts::statement).toList());
		}
		ReadCypher reads = service.bean(ReadCypher.class);
		ExecutionGraphQlService graphQl = service.bean(ExecutionGraphQlService.class);
		var read = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();
		Map<String, IntFunction<Object>> parts = new LinkedHashMap<>();
		parts.put("HTTP /graphql", i -> QueryBenchmark.graphQl(url, op.graphQl(), variables.get(i)));
		parts.put("GraphQL engine, no HTTP", i -> graphQl
			.execute(new DefaultExecutionGraphQlRequest(op.graphQl(), null, variables.get(i), Map.of(), "parts", null))
			.block()
			.toMap());
		int statements = sent.getFirst().size();
		parts.put("its " + (statements == 1 ? "statement" : statements + " statements") + " alone, in-process", i -> {
			sent.get(i).forEach(s -> reads.rows(s.cypher(), s.parameters()));
			return null;
		});
		parts.put("hand-written Cypher, in-process", i -> reads.rows(op.cypher(), op.cypherParameters().apply(variables.get(i))));
		parts.put("hand-written Cypher, driver (the baseline)", i -> {
			try (var session = driver.session(read)) {
				return session.run(op.cypher(), op.cypherParameters().apply(variables.get(i))).list();
			}
		});
		// every part runs for the warm-up first, so that the JIT has compiled each before it is timed
		long warm = System.nanoTime() + warmup * 1_000_000_000L;
		for (int i = 0; System.nanoTime() < warm; i++) {
			for (var part : parts.values()) {
				part.apply(i % n);
			}
		}
		if (clients > 1) {
			return concurrently(op, parts, n, rounds, clients, seconds);
		}
		System.out.println("Request parts of '" + op.name() + "' on " + Machine.describe() + ", " + n
				+ " variable sets, " + rounds + " rounds; the last half of the rounds summed up at the end");
		Map<String, List<Timed>> times = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (var part : parts.entrySet()) {
				Timed t = time(part.getValue(), n);
				times.computeIfAbsent(part.getKey(), k -> new ArrayList<>()).add(t);
				System.out.println(line("round " + (round + 1) + " " + part.getKey(), t));
			}
		}
		System.out.println();
		Map<String, long[]> last = new LinkedHashMap<>();
		times.forEach((part, all) -> {
			var half = all.subList(rounds / 2, rounds);
			Timed sum = new Timed(half.stream().flatMapToLong(t -> Arrays.stream(t.latencies())).toArray(),
					half.stream().mapToLong(Timed::cpu).sum(), half.stream().mapToLong(Timed::allocated).sum());
			System.out.println(line(part, sum));
			last.put(part, sum.latencies());
		});
		return last;
	}

	/**
	 * Each part run by {@code clients} clients at once for {@code seconds}, the parts taking turns, round after
	 * round; client {@code c} sends variable sets {@code c}, {@code c + clients}, ... in turn. Prints each turn's
	 * throughput and, at the end, the mean over the last half of the rounds beside the baseline's (the last part).
	 */
	private static Map<String, long[]> concurrently(Operation op, Map<String, IntFunction<Object>> parts, int n,
			int rounds, int clients, double seconds) throws InterruptedException {
		System.out.println("Request parts of '" + op.name() + "' on " + Machine.describe() + ", " + clients
				+ " clients, " + seconds + " s a turn, " + rounds + " rounds; the last half of the rounds summed up at the end");
		Map<String, List<Long>> done = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (var part : parts.entrySet()) {
				long requests = turn(part.getValue(), clients, n, seconds);
				done.computeIfAbsent(part.getKey(), k -> new ArrayList<>()).add(requests);
				System.out.println(String.format(Locale.ROOT, "round %d %-50s %8.1f/s", round + 1, part.getKey(),
						requests / seconds));
			}
		}
		System.out.println();
		LinkedHashMap<String, long[]> last = new LinkedHashMap<>();
		done.forEach((part, all) -> last.put(part, all.subList(rounds / 2, rounds).stream().mapToLong(Long::longValue).toArray()));
		double baseline = Arrays.stream(last.lastEntry().getValue()).average().orElseThrow();
		last.forEach((part, turns) -> {
			double mean = Arrays.stream(turns).average().orElseThrow();
			System.out.println(String.format(Locale.ROOT, "%-50s %8.1f/s  %5.2f of the baseline's", part, mean / seconds,
					mean / baseline));
		});
		return last;
	}

	private static long turn(IntFunction<Object> part, int clients, int n, double seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + (long) (seconds * 1e9);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			threads.add(Thread.ofPlatform().start(() -> {
				for (int i = client; System.nanoTime() < end; i += clients) {
					part.apply(i % n);
					done.incrementAndGet();
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return done.get();
	}

	/**
	 * One part's latencies, with the CPU time of the whole process and the bytes every thread allocated meanwhile:
	 * unlike the latencies these do not count the spells in which this virtual machine is given no core.
	 */
	private record Timed(long[] latencies, long cpu, long allocated) {
	}

	@SuppressWarnings("unchecked")
	private static Statement statement(Object[] args) {
		if (args[0] instanceof org.neo4j.driver.Query query) {
			return new Statement(query.text(), query.parameters().asMap());
		}
		return new Statement((String) args[0], args.length > 1 ? (Map<String, Object>) args[1] : Map.of());
	}

	private static Timed time(IntFunction<Object> part, int n) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long cpu0 = os.getProcessCpuTime();
		long allocated0 = threads.getTotalThreadAllocatedBytes();
		long[] t = new long[n];
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			part.apply(i);
			t[i] = System.nanoTime() - t0;
		}
		return new Timed(t, os.getProcessCpuTime() - cpu0, threads.getTotalThreadAllocatedBytes() - allocated0);
	}

	private static String line(String what, Timed t) {
		long[] sorted = t.latencies().clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
		return String.format(Locale.ROOT, "%-50s mean %7.3f ms  p50 %7.3f ms  cpu %7.3f ms  alloc %6.0f kB", what,
				mean, sorted[sorted.length / 2] / 1e6, t.cpu() / 1e6 / sorted.length, t.allocated() / 1e3 / sorted.length);
	}

}
