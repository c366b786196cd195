package org.chinatechgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches query shapes for the most expensive answer the limits accept: draws {@code --n} queries from the schema
 * ({@link QueryShapes}, around the graph's best-connected nodes), sends each to the service over HTTP, one at a
 * time, and reports how many each limit refused and the accepted answers that were largest, slowest and
 * allocated most. Allocation is the whole process's (the service runs in this JVM; requests go one at a time),
 * so it includes the client reading the answer.
 *
 * <pre>
 * bench/run.sh ShapeSearch --seed-graph [--n 2000] [--random 42] [--top 5]   # the seed graph, in a new store
 * bench/run.sh ShapeSearch --data target/bench/db-medium/loader [--n 2000]  # a loaded benchmark graph
 * </pre>
 */
final class ShapeSearch {

	/** The limits a request is refused by before it runs. */
	static final Set<String> STATIC_LIMITS = Set.of("max-depth", "max-complexity", "max-root-fields", "max-aliases",
			"max-page-size", "max-hops", "max-operations", "parser-max-tokens", "max-request-size");

	record Outcome(String query, int bytes, double millis, long allocated, long fields, String limit) {

		/** Whether the limits checked before execution let it run (it may still have failed otherwise). */
		boolean accepted() {
			return this.limit == null || !STATIC_LIMITS.contains(this.limit);
		}

		/** Whether it ran and answered without an error. */
		boolean answered() {
			return this.limit == null;
		}

	}

	private ShapeSearch() {
	}

	public static void main(String[] args) {
		BenchmarkException.run("shape search",
				() -> search(new BenchArgs(args, Set.of("data", "seed-graph", "n", "random", "top"))));
	}

	static void search(BenchArgs options) throws Exception {
		int n = options.integer("n", 2000);
		int top = options.integer("top", 5);
		long seed = options.number("random", 42);
		Path store = options.has("seed-graph") ? Files.createTempDirectory("ctg-shapes") : BenchService.store(options);
		String[] settings = options.has("seed-graph") ? new String[] { "ctg.seed.enabled=true" } : new String[0];
		try (var service = new BenchService(store, true, settings)) {
			Neo4jClient neo4j = service.bean(Neo4jClient.class);
			Map<String, List<String>> hubs = new LinkedHashMap<>();
			for (String label : QueryShapes.LABELS) {
				hubs.put(label, List.copyOf(neo4j.query(QueryShapes.hubsCypher(label)).fetchAs(String.class).all()));
			}
			var shapes = new QueryShapes(service.bean(GraphQlSource.class).schema(), hubs, seed);
			List<Outcome> outcomes = run(service.graphQlUrl(), shapes, n);
			report(outcomes, top, System.out);
		}
	}

	static List<Outcome> run(String url, QueryShapes shapes, int n) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String query = shapes.next();
			byte[] request = json.writeValueAsBytes(Map.of("query", query));
			long allocatedBefore = threads.getTotalThreadAllocatedBytes();
			long start = System.nanoTime();
			var response = HttpPost.post(url, request);
			double millis = (System.nanoTime() - start) / 1e6;
			long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
			JsonNode answer = json.readTree(response.body());
			outcomes.add(new Outcome(query, response.body().length, millis, allocated,
					QueryShapes.fields(answer.path("data")), QueryShapes.limit(answer)));
		}
		return outcomes;
	}

	static void report(List<Outcome> outcomes, int top, java.io.PrintStream out) {
		Map<String, Integer> byLimit = new TreeMap<>();
		outcomes.forEach(o -> byLimit.merge(o.limit() == null ? "(answered)" : o.limit(), 1, Integer::sum));
		List<Outcome> accepted = outcomes.stream().filter(Outcome::accepted).toList();
		out.printf("%d queries: %d accepted by the limits checked before execution; outcomes %s%n", outcomes.size(),
				accepted.size(), byLimit);
		out.printf("Accepted, the largest, slowest and most allocating: %,d bytes, %.1f ms, %.1f MB%n",
				accepted.stream().mapToInt(Outcome::bytes).max().orElse(0),
				accepted.stream().mapToDouble(Outcome::millis).max().orElse(0),
				accepted.stream().mapToLong(Outcome::allocated).max().orElse(0) / 1e6);
		for (var order : List.of(Map.entry("bytes", Comparator.comparingInt(Outcome::bytes)),
				Map.entry("time", Comparator.comparingDouble(Outcome::millis)),
				Map.entry("allocation", Comparator.comparingLong(Outcome::allocated)))) {
			out.printf("%nMost expensive accepted answers by %s:%n", order.getKey());
			accepted.stream().sorted(order.getValue().reversed()).limit(top).forEach(o -> out.printf(
					"  %,10d bytes %8.1f ms %,8.1f MB allocated %,7d fields%s%n    %s%n", o.bytes(), o.millis(),
					o.allocated() / 1e6, o.fields(), o.limit() == null ? "" : " (" + o.limit() + ")",
					o.query().length() > 400 ? o.query().substring(0, 400) + " ..." : o.query()));
		}
	}

}
