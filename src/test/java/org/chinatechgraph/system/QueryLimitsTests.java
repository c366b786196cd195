package org.chinatechgraph.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit of {@link QueryLimits} refuses a request that goes over it, with a BAD_REQUEST that names the limit,
 * before a single statement reaches Neo4j; a request within the limits runs.
 */
class QueryLimitsTests extends ServiceTest {

	@LocalServerPort
	int port;

	@BeforeEach
	void countFromZero() {
		this.roundTrips.reset();
	}

	static List<Object[]> overTheLimits() {
		String tenProjectLists = IntStream.range(0, 10)
			.mapToObj(i -> "p" + i + ": projects(first: 100) { edges { node { id name aliases } } }")
			.collect(Collectors.joining(" "));
		return List.of(
				new Object[] { "max-depth", "{ a { b { c { d { e { f { g { h { i { j { k } } } } } } } } } } }" },
				new Object[] { "max-aliases",
						"{ " + IntStream.range(0, 11).mapToObj(i -> "a" + i + ": __typename").collect(Collectors.joining(" ")) + " }" },
				new Object[] { "max-root-fields", "{ " + "sectors { totalCount } ".repeat(11) + "}" },
				new Object[] { "max-operations",
						IntStream.range(0, 6).mapToObj(i -> "query Q" + i + " { __typename }").collect(Collectors.joining(" ")) },
				new Object[] { "max-complexity",
						"{ places(first: 100) { edges { node { id name children { id name nameZh children { id name nameZh } } } } } }" },
				new Object[] { "max-page-size", "{ projects(first: 101) { totalCount } }" },
				new Object[] { "max-page-size", "{ nodes(ids: [" + "\"x\", ".repeat(101) + "]) { id } }" },
				new Object[] { "max-hops", "{ partners(id: \"university:peking-university\", hops: 7) { hops } }" },
				new Object[] { "max-hops", "{ connection(from: \"province:jiangxi\", to: \"province:hunan\", maxHops: 50) { length } }" },
				new Object[] { "max-complexity", "{ " + tenProjectLists.substring(0, tenProjectLists.indexOf("p5:")) + "}" },
				new Object[] { "max-aggregates", "{ a: investmentSummary(groupBy: PROVINCE) { total { cny } } "
						+ "b: investmentSummary(groupBy: YEAR) { total { cny } } projectTimeline { projectCount } "
						+ "topInvestors(first: 1) { cny } }" },
				new Object[] { "max-aggregates", "{ topOrganizations(first: 1) { projectCount } "
						+ "topInvestors(first: 1) { cny } projectTimeline { projectCount } "
						+ "more: topOrganizations(first: 2) { projectCount } }" });
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("overTheLimits")
	void aRequestOverALimitIsRefusedBeforeNeo4j(String limit, String document) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> assertRefused(errors, limit));
		assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isZero();
	}

	@Test
	void variablesCountTowardsTheLimits() {
		this.graphQl.document("query Big($n: Int) { projects(first: $n) { totalCount } }")
			.variable("n", 5000)
			.execute()
			.errors()
			.satisfy(errors -> assertRefused(errors, "max-page-size"));
		this.graphQl.document("query Far($h: Int!) { partners(id: \"university:peking-university\", hops: $h) { hops } }")
			.variable("h", 7)
			.execute()
			.errors()
			.satisfy(errors -> assertRefused(errors, "max-hops"));
		assertThat(this.roundTrips.count()).isZero();
	}

	@Test
	void requestsAtTheLimitsRun() {
		this.graphQl.document("{ projects(first: 100) { edges { node { id name } } } }").execute().errors().verify();
		this.graphQl.document("{ partners(id: \"university:peking-university\", hops: 6) { hops } }")
			.execute()
			.errors()
			.verify();
		this.graphQl.document("{ " + IntStream.range(0, 10).mapToObj(i -> "a" + i + ": sectors { totalCount }")
			.collect(Collectors.joining(" ")) + " }").execute().errors().verify();
		// three aggregates, and a fourth that the variables skip
		this.graphQl.document("""
				query Three($skip: Boolean!) {
				  investmentSummary(groupBy: SECTOR) { total { projectCount } }
				  projectTimeline { projectCount }
				  topInvestors(first: 3) { cny }
				  skipped: investmentSummary(groupBy: YEAR) @skip(if: $skip) { total { projectCount } }
				}""").variable("skip", true).execute().errors().verify()
			.path("investmentSummary.total.projectCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
	}

	@Test
	void aListWithoutFirstHasTheDefaultPageSize() {
		this.graphQl.document("{ __type(name: \"Query\") { fields { name args { name defaultValue } } } }")
			.execute()
			.path("__type.fields[?(@.name == 'projects')].args[?(@.name == 'first')].defaultValue")
			.entityList(String.class)
			.containsExactly("20");
		this.graphQl.document("{ places { totalCount edges { cursor } } }").execute().path("places").entity(Map.class)
			.satisfies(page -> {
				assertThat((Integer) page.get("totalCount")).isGreaterThan(20);
				assertThat((List<?>) page.get("edges")).hasSize(20);
			});
	}

	/**
	 * The bombs of the issue: 50 levels deep, 10,000 aliases, a 1 MB document. Each is refused, naming a limit,
	 * without a statement to Neo4j; the time of each (over HTTP, on this machine) is printed.
	 */
	@Test
	void bombsAreRefusedQuicklyWithoutTouchingNeo4j() {
		String deep = "{ " + "a { ".repeat(50) + "b" + " }".repeat(50) + " }";
		String aliases = "{ " + IntStream.range(0, 10_000).mapToObj(i -> "a" + i + ": __typename")
			.collect(Collectors.joining(" ")) + " }";
		String compactAliases = "{" + "a:__typename ".repeat(7000) + "}";
		String megabyte = "{ projects { totalCount } }" + " ".repeat(1024 * 1024);
		record Bomb(String name, String document, String limit) {
		}
		for (Bomb bomb : List.of(new Bomb("depth 50", deep, "max-depth"), new Bomb("10,000 aliases", aliases, null),
				new Bomb("7,000 aliases in 91 KB", compactAliases, null), new Bomb("1 MB document", megabyte, "max-request-size"))) {
			post(bomb.document()); // warm-up
			this.roundTrips.reset();
			long start = System.nanoTime();
			int rounds = 5;
			String body = null;
			for (int i = 0; i < rounds; i++) {
				body = post(bomb.document());
			}
			double millis = (System.nanoTime() - start) / 1e6 / rounds;
			System.out.printf("Refused %s (%d bytes) in %.1f ms: %s%n", bomb.name(), bomb.document().length(), millis,
					body.substring(0, Math.min(200, body.length())));
			assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isZero();
			assertThat(body).contains("\"errors\"").doesNotContain("\"data\":{");
			assertThat(body).containsPattern(bomb.limit() != null ? "\"limit\":\"" + bomb.limit() + "\""
					: "\"limit\":\"(max-aliases|max-request-size|parser-max-tokens)\"");
		}
	}

	private String post(String document) {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document))
			.exchange()
			.returnResult(String.class)
			.getResponseBodyContent() instanceof byte[] bytes ? new String(bytes) : "";
	}

	static void assertRefused(List<ResponseError> errors, String limit) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getMessage()).contains("limit " + limit + " = ");
			assertThat(error.getExtensions()).containsEntry("limit", limit).containsKey("maximum");
		});
	}

}
