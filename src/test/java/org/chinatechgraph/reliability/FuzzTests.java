package org.chinatechgraph.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.system.neo4j.ClasspathFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated malformed and hostile GraphQL requests and fact files, from a fixed seed: never an HTTP
 * 500, never an error without a classification, never an internal error, never internal detail (a stack trace, a
 * class name) in what a client reads, never a request without an answer within its time limit, and never a partial
 * write: a refused file leaves the graph exactly as it was, an accepted one goes in whole and comes out whole.
 * <p>
 * Short form by default; {@code -Dctg.fuzz.graphql=40000 -Dctg.fuzz.facts=10000} for the long one,
 * {@code -Dctg.fuzz.seed=...} for other cases.
 */
@SystemTest
class FuzzTests extends ServiceTest {

	private static final int GRAPHQL_CASES = Integer.getInteger("ctg.fuzz.graphql", 1000);

	private static final int FACT_CASES = Integer.getInteger("ctg.fuzz.facts", 200);

	private static final long SEED = Long.getLong("ctg.fuzz.seed", 20261123L);

	private static final Duration PER_REQUEST = Duration.ofSeconds(30);

	/** What must never reach a client: traces, exception and class names of the service's insides. */
	private static final List<String> INTERNALS = List.of("\tat ", "at org.", "at java.", "Exception", "java.lang.",
			"java.util.", "org.neo4j.", "org.springframework.", "org.chinatechgraph.", "Caused by", "graphql.execution.",
			"tools.jackson", "com.fasterxml", "reference chain");

	private static final String INTROSPECTION = """
			{ __schema { queryType { name } types { name kind
			    fields { name args { name type { ...T } } type { ...T } }
			    inputFields { name type { ...T } }
			    enumValues { name } } } }
			fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
			""";

	private static final ExecutorService LOADS = Executors.newSingleThreadExecutor();

	@LocalServerPort
	private int port;

	@Autowired
	private FactLoader loader;

	@AfterAll
	static void stopLoads() {
		LOADS.shutdownNow();
	}

	@Test
	void hostileGraphQlRequestsGetClassifiedClientErrorsAndNeverBreakAnything() {
		String before = GraphDump.of(this.neo4j).checksum();
		var http = new GraphQlHttp(this.port, PER_REQUEST);
		JsonNode schema = http.query(INTROSPECTION).json().path("data").path("__schema");
		List<String> examples = ClasspathFiles.list("classpath:graphql/examples/*.graphql")
			.stream()
			.map(ClasspathFiles::text)
			.toList();
		var fuzzer = new GraphQlFuzzer(schema, examples, SEED);
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		long slowest = 0;
		for (int i = 0; i < GRAPHQL_CASES; i++) {
			var fuzz = fuzzer.next();
			var reply = fuzz.getQuery() != null ? http.get(fuzz.getQuery()) : http.post(fuzz.body(), fuzz.contentType());
			slowest = Math.max(slowest, reply.micros());
			String outcome = judge(fuzz, reply);
			outcomes.merge(outcome, 1, Integer::sum);
			if (outcome.startsWith("FAIL")) {
				failures.add("case " + i + " (" + fuzz.kind() + "): " + outcome + "\n  request: " + abbreviate(fuzz.text())
						+ "\n  reply: " + reply.status() + " " + abbreviate(reply.body()));
			}
		}
		System.out.printf("fuzz graphql: %d requests (seed %d) in %.0f s, slowest %.0f ms, outcomes %s%n",
				GRAPHQL_CASES, SEED, (System.nanoTime() - start) / 1e9, slowest / 1000.0, outcomes);
		failures.stream().limit(15).forEach(System.out::println);
		assertThat(failures).as("failed cases").isEmpty();
		assertThat(GraphDump.of(this.neo4j).checksum()).as("the graph is untouched").isEqualTo(before);
	}

	/** Which kind of answer it was; FAIL... when it breaks a promise. */
	private static String judge(GraphQlFuzzer.Case fuzz, GraphQlHttp.Reply reply) {
		if (reply.failure() != null) {
			return reply.timedOut() ? "FAIL no answer within " + PER_REQUEST : "FAIL no answer: " + reply.failure();
		}
		if (reply.status() >= 500) {
			return "FAIL HTTP " + reply.status();
		}
		String leak = leak(reply.body(), fuzz.text());
		if (leak != null) {
			return "FAIL internal detail in the reply: " + leak;
		}
		if (reply.status() != 200) {
			return "HTTP " + reply.status();
		}
		JsonNode body;
		try {
			body = reply.json();
		}
		catch (RuntimeException ex) {
			return "FAIL a 200 that is not JSON";
		}
		if (!body.has("errors")) {
			return body.has("data") ? "data" : "FAIL neither data nor errors";
		}
		List<String> classes = new ArrayList<>();
		for (JsonNode error : body.path("errors")) {
			String classification = error.path("extensions").path("classification").asString("");
			if (classification.isEmpty()) {
				return "FAIL an error without a classification";
			}
			if (classification.equals("INTERNAL_ERROR")) {
				return "FAIL an internal error";
			}
			classes.add(classification);
		}
		return classes.stream().distinct().sorted().reduce((a, b) -> a + "," + b).orElse("errors");
	}

	@Test
	void hostileFactFilesAreRefusedWholeOrLoadedWholeNeverHalf() throws Exception {
		GraphDump before = GraphDump.of(this.neo4j);
		long size = size();
		var fuzzer = new FactFileFuzzer(SEED);
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < FACT_CASES; i++) {
			var fuzz = fuzzer.next();
			String outcome = load(fuzz);
			if (outcome.equals("accepted") && !this.loader.retract(fuzz.base().id())) {
				outcome = "FAIL accepted, yet its article is not there to take out";
			}
			if (!outcome.startsWith("FAIL") && size() != size) {
				outcome = "FAIL the graph changed (" + outcome + ")";
			}
			if (!outcome.startsWith("FAIL") && i % 100 == 99 && !GraphDump.of(this.neo4j).equals(before)) {
				outcome = "FAIL the graph's content changed by case " + i;
			}
			outcomes.merge(outcome.startsWith("FAIL") ? "FAIL" : outcome, 1, Integer::sum);
			if (outcome.startsWith("FAIL")) {
				failures.add("case " + i + " (" + fuzz.kind() + "): " + outcome + "\n  file: "
						+ abbreviate(new String(fuzz.content(), StandardCharsets.UTF_8)));
				if (outcome.startsWith("FAIL no answer")) {
					break;
				}
				size = size();
			}
		}
		System.out.printf("fuzz fact files: %d files (seed %d) in %.0f s, outcomes %s%n", FACT_CASES, SEED,
				(System.nanoTime() - start) / 1e9, outcomes);
		failures.stream().limit(15).forEach(System.out::println);
		assertThat(failures).as("failed cases").isEmpty();
		assertThat(GraphDump.of(this.neo4j).lines()).as("the graph as it was").isEqualTo(before.lines());
	}

	/** Loads a file within the time limit: accepted, refused (with a message free of internals), or FAIL. */
	private String load(FactFileFuzzer.Case fuzz) throws InterruptedException {
		Future<String> load = LOADS.submit(() -> {
			try {
				this.loader.load(fuzz.content(), "fuzz.json");
				return "accepted";
			}
			catch (InvalidFactFileException ex) {
				String leak = leak(ex.getMessage(), new String(fuzz.content(), StandardCharsets.UTF_8));
				return leak == null ? "refused" : "FAIL internal detail in the refusal: " + leak + ": " + ex.getMessage();
			}
			catch (RuntimeException ex) {
				var where = ex.getStackTrace().length > 0 ? ex.getStackTrace()[0] : null;
				return "FAIL " + ex + " at " + where;
			}
		});
		try {
			return load.get(PER_REQUEST.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			load.cancel(true);
			return "FAIL no answer within " + PER_REQUEST;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return "FAIL " + ex.getCause();
		}
	}

	private long size() {
		return count("""
				CALL () { MATCH (n) RETURN count(n) AS nodes }
				CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
				RETURN nodes * 1000000 + relationships
				""");
	}

	/** The first internal marker in the text that the request did not itself contain, or null. */
	private static String leak(String text, String request) {
		for (String marker : INTERNALS) {
			if (text.contains(marker) && !request.contains(marker)) {
				return marker;
			}
		}
		return null;
	}

	private static String abbreviate(String text) {
		String flat = text.replace("\n", " ");
		return flat.length() <= 400 ? flat : flat.substring(0, 400) + "... (" + flat.length() + " chars)";
	}

}
