package org.chinatechgraph.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Times one small read by the ways the service can send it, to see what each costs beside the query itself. */
public final class DriverPaths {

	private DriverPaths() {
	}

	public static void main(String[] args) {
		BenchmarkException.run("driver paths", () -> {
			var options = new BenchArgs(args, java.util.Set.of("data", "n"));
			int n = options.integer("n", 2000);
			try (var service = new BenchService(Path.of(options.string("data", "target/bench/db-small/loader")), true)) {
				Driver driver = service.bean(Driver.class);
				Neo4jClient client = service.bean(Neo4jClient.class);
				var tx = new TransactionTemplate(service.bean(PlatformTransactionManager.class));
				tx.setReadOnly(true);
				String cypher = "MATCH (n:Entity {id: $id}) RETURN n.name AS name";
				Map<String, Object> p = Map.of("id", "province:jiangsu");
				var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
				Supplier<Object> typename = () -> post(http, service.graphQlUrl(), "{\"query\": \"{ __typename }\"}");
				Supplier<Object> lookup = () -> post(http, service.graphQlUrl(), "{\"query\": \"{ place(id: \\\"province:jiangsu\\\") { name } }\"}");
				System.out.println(lookup.get());
				var graphQl = service.bean(org.springframework.graphql.ExecutionGraphQlService.class);
				var embedded = service.bean(org.neo4j.dbms.api.DatabaseManagementService.class).database("neo4j");
				var queries = service.bean(org.chinatechgraph.graph.GraphQueries.class);
				String projectId = client.query("MATCH (n:Project) RETURN n.id AS id LIMIT 1").fetchAs(String.class).one().orElseThrow();
				String projectDoc = "query($id: ID!) { project(id: $id) { id name status signedOn investment { amount currency cny usd } } }";
				Supplier<Object> engine = () -> graphQl.execute(new org.springframework.graphql.support.DefaultExecutionGraphQlRequest(
						projectDoc, null, Map.of("id", projectId), Map.of(), "1", null)).block().toMap();
				Supplier<Object> engineTypename = () -> graphQl.execute(new org.springframework.graphql.support.DefaultExecutionGraphQlRequest(
						"{ __typename }", null, Map.of(), Map.of(), "1", null)).block().toMap();
				String projectBody = "{\"query\": \"query($id: ID!) { project(id: $id) { id name status signedOn investment { amount currency cny usd } } }\", \"variables\": {\"id\": \"" + projectId + "\"}}";
				Supplier<Object> projectHttp = () -> post(http, service.graphQlUrl(), projectBody);
				System.out.println(engine.get());
				for (int round = 0; round < 2; round++) {
					time("HTTP { __typename }", n, typename);
					time("HTTP place lookup", n, lookup);
					time("HTTP project lookup", n, projectHttp);
					time("HTTP project lookup (HttpURLConnection)", n, () -> postBlocking(service.graphQlUrl(), projectBody));
					time("HTTP project lookup (the benchmark's client)", n, () -> postKeptAlive(service.graphQlUrl(), projectBody));
					time("GraphQL engine { __typename } (no HTTP)", n, engineTypename);
					time("GraphQL engine project lookup (no HTTP)", n, engine);
					time("GraphQueries.node (the service's read path)", n, () -> queries.node(projectId));
					time("embedded API, one read transaction", n, () -> {
						try (var t = embedded.beginTx(); var r = t.execute(cypher, p)) {
							return r.stream().toList();
						}
					});
					time("Neo4jClient in a read-only Spring transaction", n, () -> tx.execute(s -> client.query(cypher).bindAll(p).fetch().all()));
					time("Neo4jClient, no Spring transaction", n, () -> client.query(cypher).bindAll(p).fetch().all());
					time("driver executableQuery READ", n, () -> driver.executableQuery(cypher).withParameters(p)
						.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records());
					time("driver session.executeRead", n, () -> {
						try (var s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
							return s.executeRead(t -> t.run(cypher, p).list());
						}
					});
					time("driver session.run auto-commit READ", n, () -> {
						try (var s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
							return s.run(cypher, p).list();
						}
					});
				}
			}
		});
	}

	private static Object post(java.net.http.HttpClient http, String url, String body) {
		try {
			return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("content-type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object postBlocking(String url, String body) {
		try {
			var connection = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setRequestProperty("content-type", "application/json");
			try (var out = connection.getOutputStream()) {
				out.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			try (var in = connection.getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object postKeptAlive(String url, String body) {
		try {
			return HttpPost.post(url, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void time(String what, int n, Supplier<Object> call) {
		long[] t = new long[n];
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			call.get();
			t[i] = System.nanoTime() - t0;
		}
		Arrays.sort(t);
		System.out.printf(Locale.ROOT, "%-50s p50 %.3f ms p90 %.3f ms%n", what, t[n / 2] / 1e6, t[n * 9 / 10] / 1e6);
	}

}
