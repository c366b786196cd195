package org.chinatechgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeps the benchmark suite from rotting: generates the small graph, loads it through the loader and by the raw
 * baseline, and runs every query operation briefly through the service and by Cypher. Timings are printed, never
 * asserted; what is asserted is that the comparisons are fair (both loads build the same graph, both sides of every
 * operation give the same answer), that nothing fails, that round trips stay within the nesting, and that no
 * canonical query's database hits (PROFILE, on this graph) grew by more than 10% over the recorded baseline in
 * {@code src/test/resources/bench/db-hits.properties} ({@code -Dctg.bench.record-db-hits=true} rewrites it).
 */
@SystemTest
class BenchmarkSuiteTests {

	private static final Path RECORDED_DB_HITS = Path.of("src/test/resources/bench/db-hits.properties");

	private static Path facts;

	private static Path stores;

	private static LoadBenchmark.Result loader;

	private static LoadBenchmark.Result baseline;

	/** The service every operation here runs through, on the loader's store: started once for the class. */
	private static BenchService service;

	@BeforeAll
	static void generateAndLoad() throws IOException {
		Path root = TestDatabase.newDataDirectory("bench");
		facts = root.resolve("facts");
		stores = root.resolve("db");
		var summary = new GraphGenerator(BenchScale.preset("small"), 42).write(facts);
		System.out.println("Generated the small graph: " + summary);
		var files = LoadBenchmark.factFiles(facts);
		var counts = RawLoad.count(files);
		loader = LoadBenchmark.throughLoader(files, counts, LoadBenchmark.fresh(stores.resolve("loader")));
		baseline = LoadBenchmark.raw(files, counts, LoadBenchmark.fresh(stores.resolve("baseline")));
		System.out.println(loader.line());
		System.out.println(baseline.line());
		service = new BenchService(stores.resolve("loader"), true);
	}

	@AfterAll
	static void stopService() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void theGeneratorIsDeterministic() throws IOException {
		Path again = TestDatabase.newDataDirectory("bench-again");
		new GraphGenerator(BenchScale.preset("small"), 42).write(again);
		for (Path file : LoadBenchmark.factFiles(facts)) {
			assertThat(Files.readAllBytes(again.resolve(file.getFileName()))).as(file.getFileName().toString())
				.isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void impossibleParametersAreRefusedWithAReason() {
		assertThatThrownBy(() -> BenchScale.from(new BenchArgs(new String[] { "--provinces", "40" }, java.util.Set.of("provinces"))))
			.isInstanceOf(BenchmarkException.class)
			.hasMessageContaining("--provinces must be between 1 and 34");
		assertThatThrownBy(() -> BenchScale.from(new BenchArgs(new String[] { "--cities", "10", "--projects", "0" },
				java.util.Set.of("cities", "projects"))))
			.hasMessageContaining("--cities (10) must be at least --provinces (34)")
			.hasMessageContaining("--projects must be at least 1");
		assertThatThrownBy(() -> new BenchArgs(new String[] { "--scael", "large" }, java.util.Set.of("scale")))
			.hasMessageContaining("unknown option --scael");
		assertThatThrownBy(() -> BenchScale.preset("huge")).hasMessageContaining("use small, medium or large");
		assertThatThrownBy(() -> LoadBenchmark.factFiles(Path.of("no-such-directory")))
			.hasMessageContaining("run bench/generate.sh first");
		assertThatThrownBy(() -> QueryBenchmark.clients("1,0")).hasMessageContaining("--clients must be");
		// refused before it looks for a store or starts a service
		assertThatThrownBy(() -> RequestParts.measure(new BenchArgs(new String[] { "--data", "no-such-store", "--n", "0" },
				java.util.Set.of("data", "n"))))
			.hasMessageContaining("--n, --rounds and --clients must be at least 1");
		assertThatThrownBy(() -> QueryBenchmark.run(new BenchArgs(new String[] { "--rounds", "0" }, java.util.Set.of("rounds")),
				1, 0, new int[] { 1 }, null))
			.hasMessageContaining("--rounds must be at least 1, not 0");
		assertThatThrownBy(() -> QueryBenchmark.run(new BenchArgs(new String[] { "--warmup-max", "1" }, java.util.Set.of("warmup-max")),
				1, 5, new int[] { 1 }, null))
			.hasMessageContaining("--warmup-max must be at least --warmup (5.0 s), not 1.0");
	}

	@Test
	void warmingStopsOnlyWhenThroughputHasStoppedRising() {
		// still rising: the last turns beat the best before them by more than 5%
		assertThat(QueryBenchmark.steady(List.of(20.0, 60.0, 90.0, 120.0, 150.0))).isFalse();
		assertThat(QueryBenchmark.steady(List.of(100.0, 101.0, 102.0, 110.0))).isFalse();
		// too few turns to tell
		assertThat(QueryBenchmark.steady(List.of(100.0, 100.0, 100.0))).isFalse();
		// flat within 5% of the best earlier turn, noise up and down included
		assertThat(QueryBenchmark.steady(List.of(20.0, 150.0, 155.0, 148.0, 157.0))).isTrue();
		assertThat(QueryBenchmark.steady(List.of(100.0, 104.0, 96.0, 105.0))).isTrue();
	}

	@Test
	void theLoaderAndTheBaselineBuildTheSameGraph() {
		assertThat(loader.nodes()).isPositive();
		// the loader's graph and the baseline's hold the same nodes per label and relationships per type
		assertThat(loader.graph()).isEqualTo(baseline.graph());
		assertThat(loader.graph().get("Project")).isEqualTo(2_000);
	}

	@Test
	void everyOperationAnswersLikeItsCypherWithBoundedRoundTripsAndDbHits() throws Exception {
		var options = new BenchArgs(new String[] { "--data", stores.resolve("loader").toString(), "--warmup-max", "0" },
				java.util.Set.of("data", "warmup-max"));
		// runs each operation through both sides, after checking they give the same answers: briefly (each client
		// sends at least one request per turn), since what is asserted here is that it runs, not how fast
		var rows = QueryBenchmark.run(options, 0.06, 0, new int[] { 1, 4 }, null, service);
		assertThat(rows).extracting(QueryBenchmark.Row::op)
			.contains("lookup", "page", "nested", "partners", "path", "summaryByProvince", "summaryBySector", "search");
		for (var row : rows) {
			assertThat(row.service().errors() + row.cypher().errors()).as(row.op() + " errors").isZero();
			assertThat(row.service().requests()).as(row.op() + " requests").isPositive();
		}
		Map<String, Integer> trips = new TreeMap<>();
		rows.forEach(r -> trips.put(r.op(), r.roundTrips()));
		System.out.println("Round trips per request: " + trips);
		// one statement per request: nested's investors and their investments come with the page of projects, and
		// lookupNested's sectors, locations, investors and their investments with the project looked up
		assertThat(trips).allSatisfy((op, n) -> assertThat(n).as(op).isEqualTo(1));

		Map<String, Long> hits = dbHits();
		System.out.println("Database hits per request (PROFILE): " + hits);
		checkAgainstRecorded(hits);
	}

	/**
	 * The database hits of the service's statements for one request of each operation, as a warm service answers
	 * it, and ({@code <op>.cold}) as the first request that names its places and sectors, which resolves them.
	 */
	private static Map<String, Long> dbHits() {
		Map<String, Long> hits = new LinkedHashMap<>();
		var bench = QueryBenchmark.connect(service);
		Driver driver = service.bean(Driver.class);
		for (var op : Operations.all(Operations.Pools.sample(driver))) {
			var variables = op.variables().apply(new Random(11));
			service.bean(GraphQueries.class).forgetResolutions();
			service.roundTrips().record();
			bench.graphQl(op.graphQl(), variables);
			hits.put(op.name() + ".cold", DbHits.of(driver, service.roundTrips().recorded()));
			service.roundTrips().record();
			bench.graphQl(op.graphQl(), variables);
			hits.put(op.name(), DbHits.of(driver, service.roundTrips().recorded()));
		}
		return hits;
	}

	private static void checkAgainstRecorded(Map<String, Long> hits) throws IOException {
		if (Boolean.getBoolean("ctg.bench.record-db-hits")) {
			Properties properties = new Properties();
			hits.forEach((op, n) -> properties.setProperty(op, Long.toString(n)));
			Files.createDirectories(RECORDED_DB_HITS.getParent());
			try (var out = Files.newOutputStream(RECORDED_DB_HITS)) {
				properties.store(out, "PROFILE database hits of one request per benchmark operation on the generated small graph (seed 42)");
			}
			return;
		}
		Properties recorded = new Properties();
		try (InputStream in = BenchmarkSuiteTests.class.getResourceAsStream("/bench/db-hits.properties")) {
			assertThat(in).as("recorded database hits (record them with -Dctg.bench.record-db-hits=true)").isNotNull();
			recorded.load(in);
		}
		for (var entry : hits.entrySet()) {
			String was = recorded.getProperty(entry.getKey());
			assertThat(was).as("recorded database hits of " + entry.getKey()).isNotNull();
			assertThat(entry.getValue()).as(entry.getKey() + ": database hits now against recorded " + was)
				.isLessThanOrEqualTo((long) (Long.parseLong(was) * 1.10));
		}
	}

	@Test
	void requestPartsTimesEveryPartOfANestedRequest() throws Exception {
		var options = new BenchArgs(new String[] { "--data", stores.resolve("loader").toString(), "--n", "5", "--rounds",
				"2", "--warmup", "0" }, java.util.Set.of("data", "n", "rounds", "warmup"));
		var parts = RequestParts.measure(options, service);
		// the statement replayed is the one the service sent for each request: the page with its investors and theirs
		assertThat(parts).containsOnlyKeys("HTTP /graphql", "GraphQL engine, no HTTP", "its statement alone, in-process",
				"hand-written Cypher, in-process", "hand-written Cypher, driver (the baseline)");
		assertThat(parts.values()).allSatisfy(t -> assertThat(java.util.Arrays.stream(t).boxed().toList()).hasSize(5).allSatisfy(ns -> assertThat(ns).isPositive()));
		assertThatThrownBy(() -> RequestParts.measure(new BenchArgs(new String[] { "--data", stores.resolve("loader").toString(),
				"--op", "nestd" }, java.util.Set.of("data", "op")), service))
			.hasMessageContaining("no operation 'nestd'");
		// with several clients at once, each part's requests completed in each turn of the last half of the rounds
		var concurrent = RequestParts.measure(new BenchArgs(new String[] { "--data", stores.resolve("loader").toString(),
				"--n", "5", "--rounds", "2", "--warmup", "0", "--clients", "3", "--seconds", "0.3" },
				java.util.Set.of("data", "n", "rounds", "warmup", "clients", "seconds")), service);
		assertThat(concurrent).containsOnlyKeys(parts.keySet());
		assertThat(concurrent.values()).allSatisfy(turns -> assertThat(turns).hasSize(1).doesNotContain(0L));
	}

	@Test
	void aStatementTheClientNoLongerWaitsForIsStoppedByTheDatabase() {
		// the library's statements set no timeout: the database's own must end them when the client gives up
		try (var session = service.bean(Driver.class).session()) {
			String value = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
				.single()
				.get("value")
				.asString();
			assertThat(org.neo4j.configuration.SettingValueParsers.DURATION.parse(value)).isEqualTo(BenchService.STATEMENT_TIMEOUT)
				.isLessThan(HttpPost.TIMEOUT);
		}
	}

	@Test
	void aBenchmarkThatCannotReachTheServiceSaysSo() {
		int port = org.chinatechgraph.support.RunningService.freePort();
		var options = new BenchArgs(new String[] { "--url", "http://127.0.0.1:" + port + "/graphql", "--bolt",
				"bolt://127.0.0.1:" + port }, java.util.Set.of("url", "bolt"));
		assertThatThrownBy(() -> QueryBenchmark.run(options, 0.1, 0, new int[] { 1 }, null))
			.isInstanceOf(BenchmarkException.class)
			.hasMessageContaining("cannot reach the database at bolt://127.0.0.1:" + port);
	}

	static List<String> lines(LoadBenchmark.Result... results) {
		return java.util.Arrays.stream(results).map(LoadBenchmark.Result::line).toList();
	}

}
