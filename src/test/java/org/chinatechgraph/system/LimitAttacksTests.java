package org.chinatechgraph.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chinatechgraph.bench.QueryShapes;
import org.chinatechgraph.graph.ListSizes;
import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of the limits' issue: a cached document whose second operation goes over a limit, and an answer
 * that explodes through a cycle of the schema while every limit of the document holds (depth 10 at most). Each
 * cycle runs on hubs loaded for the test ({@link HubFixture}) or on the gazetteer's places; each is refused, in
 * a moment and in a few hundred bytes, where it used to answer megabytes. Each attack's time and size are
 * printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class LimitAttacksTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	FactLoader loader;

	@Autowired
	ListSizes listSizes;

	@Autowired
	GraphQlSource graphQlSource;

	@BeforeAll
	void loadHubs() {
		this.loader.load(HubFixture.factFile(), "limits-hub-fixture.json");
		this.listSizes.refresh();
	}

	@AfterAll
	void retractHubs() {
		this.loader.retract(HubFixture.ARTICLE);
		this.listSizes.refresh();
		assertThat(count("MATCH (n:Entity) WHERE n.id STARTS WITH 'company:lf-' OR n.id STARTS WITH 'project:lf-' "
				+ "OR n.id STARTS WITH 'institute:lf-' OR n.id STARTS WITH 'sector:lf-' RETURN count(n)"))
			.as("hub nodes left after the retraction").isZero();
	}

	/** The depth check of an operation of a cached document, whichever operation ran first. */
	@Test
	void aCachedDocumentIsCheckedForTheOperationThatRuns() {
		String deep = "place(id: \"district:nanhu\") { " + "parent { ".repeat(12) + "id" + " }".repeat(12) + " }";
		String document = "query A { place(id: \"province:guangdong\") { id } } query B { " + deep + " }";
		assertThat(post(document, "A")).doesNotContain("\"errors\"").contains("province:guangdong");
		String body = post(document, "B");
		assertThat(body).contains("\"limit\":\"max-depth\"").contains("14 levels deep").doesNotContain("\"data\"");
		// and the other way round: the deep operation first, refused, then the shallow one runs
		String other = "query B { " + deep + " } query A { place(id: \"province:guangdong\") { id } }";
		assertThat(post(other, "B")).contains("\"limit\":\"max-depth\"");
		assertThat(post(other, "A")).doesNotContain("\"errors\"");
	}

	@Test
	void aCachedDocumentIsCheckedForTheRootFieldsOfTheOperationThatRuns() {
		String wide = IntStream.range(0, 11).mapToObj(i -> "sectors { totalCount }").collect(Collectors.joining(" "));
		String document = "query A { sectors { totalCount } } query B { " + wide + " }";
		assertThat(post(document, "A")).doesNotContain("\"errors\"");
		assertThat(post(document, "B")).contains("\"limit\":\"max-root-fields\"").doesNotContain("\"data\"");
	}

	/** Ten root aliases of one query. */
	private static String tenTimes(String field) {
		return "{ " + IntStream.range(0, 10).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" ")) + " }";
	}

	static List<Object[]> cycles() {
		return List.of(
				new Object[] { "place parent/children (the issue's query)",
						"{ place(id: \"province:guangdong\") { children { parent { children { parent { children { parent "
								+ "{ children { parent { id } } } } } } } } } }" },
				new Object[] { "partnerships, both ways",
						"{ organization(id: \"" + HubFixture.CLIQUE_MEMBER + "\") { partnerships { partner { ... on "
								+ "Organization { partnerships { partner { ... on Organization { partnerships { partner { "
								+ "... on Organization { partnerships { partner { id } } } } } } } } } } } } }" },
				new Object[] { "investments/investors",
						"{ organization(id: \"" + HubFixture.INVESTOR + "\") { investments { project { investors { "
								+ "investor { ... on Organization { investments { project { investors { investor { id } } "
								+ "} } } } } } } } }" },
				new Object[] { "units/parentOrganizations",
						tenTimes("organization(id: \"" + HubFixture.UNIVERSITY + "\") { units { unit { parentOrganizations "
								+ "{ parent { units { unit { parentOrganizations { parent { id } } } } } } } } }") },
				new Object[] { "subsidiaries/parentCompanies",
						tenTimes("organization(id: \"" + HubFixture.PARENT_COMPANY + "\") { subsidiaries { subsidiary { "
								+ "parentCompanies { parent { subsidiaries { subsidiary { parentCompanies { parent { id } } "
								+ "} } } } } } }") },
				new Object[] { "sectors/members",
						tenTimes("sector(id: \"" + HubFixture.SECTOR + "\") { members { ... on Project { sectors { "
								+ "members { ... on Project { sectors { id } } } } } } }") },
				new Object[] { "programs/projects",
						tenTimes("program(id: \"" + HubFixture.PROGRAM + "\") { projects { project { programs { program "
								+ "{ projects { project { programs { program { id } } } } } } } } }") });
	}

	/**
	 * Every cycle, at depth 10 or less and within every limit of the document, is refused: before it runs, without
	 * a statement sent to Neo4j, when the different nodes it can reach cost too much (each list counted by the
	 * longest ones in the graph); else while it runs, once its answer, which repeats the few nodes of a cycle over
	 * and over, grows past max-result-fields, after reading each list once (a statement per level at most). A
	 * refusal writes nothing to the log: the fields still pending when the answer is stopped are not errors to
	 * report, else each such request would fill the log with hundreds of stack traces.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("cycles")
	void anAnswerExplodingThroughACycleIsRefused(String cycle, String document, CapturedOutput output) {
		post(document, null); // warm-up
		this.roundTrips.reset();
		int out = output.getOut().length();
		int err = output.getErr().length();
		long start = System.nanoTime();
		String body = post(document, null);
		double millis = (System.nanoTime() - start) / 1e6;
		String log = output.getOut().substring(out) + output.getErr().substring(err);
		assertThat(log).as("what the refusal logged").doesNotContain("ERROR").doesNotContain("Exception");
		System.out.printf("Cycle %s: %d bytes in %.0f ms: %s%n", cycle, body.length(), millis,
				body.substring(0, Math.min(240, body.length())));
		assertThat(body).containsPattern("\"limit\":\"(max-complexity|max-result-fields)\"")
			.contains("\"classification\":\"BAD_REQUEST\"")
			.doesNotContain("\"data\"");
		assertThat(body.length()).isLessThan(1000);
		if (body.contains("\"limit\":\"max-complexity\"")) {
			assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isZero();
		}
		else {
			assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isLessThanOrEqualTo(5);
		}
	}

	/**
	 * Ordinary questions around hubs run: a page of 50 projects with their investors, where 12 projects have 12
	 * investors each (counted as each of the 50 having 12, it would cost over 2,000); lookups of the hubs with
	 * their whole lists (each costed by the hub's own list).
	 */
	@Test
	void ordinaryQuestionsAroundHubsRun() {
		for (String document : List.of(
				"{ projects(first: 50) { edges { node { id name investors { investor { id name } } } } } }",
				"{ organization(id: \"" + HubFixture.UNIVERSITY + "\") { units { unit { id name } } } }",
				"{ sector(id: \"" + HubFixture.SECTOR + "\") { members { id name } } }",
				"{ program(id: \"" + HubFixture.PROGRAM + "\") { projects { project { id name sectors { id } } } } }",
				"{ organization(id: \"" + HubFixture.CLIQUE_MEMBER + "\") { partnerships { partner { id name } } } }")) {
			assertThat(post(document, null)).as(document).doesNotContain("\"errors\"").contains("\"data\"");
		}
	}

	/** The same cycles, one turn only, are small and run. */
	@Test
	void aCycleWithinTheLimitsRuns() {
		for (String document : List.of(
				"{ organization(id: \"" + HubFixture.UNIVERSITY + "\") { units { unit { parentOrganizations { parent { id } } } } } }",
				"{ sector(id: \"" + HubFixture.SECTOR + "\") { members { ... on Project { sectors { id } } } } }",
				"{ place(id: \"province:guangdong\") { children { parent { id } } } }")) {
			assertThat(post(document, null)).doesNotContain("\"errors\"").contains("\"data\"");
		}
	}

	/**
	 * A short form of {@code bench/run.sh ShapeSearch}: 300 queries drawn from the schema around the
	 * best-connected nodes (the hubs among them) are each refused by a limit or answered within the result budget,
	 * never with an internal error; the largest answer is printed.
	 */
	@Test
	void generatedShapesAreRefusedOrAnsweredWithinTheBudget() {
		Map<String, List<String>> hubs = new HashMap<>();
		for (String label : QueryShapes.LABELS) {
			hubs.put(label, List.copyOf(this.neo4j.query(QueryShapes.hubsCypher(label)).fetchAs(String.class).all()));
		}
		var shapes = new QueryShapes(this.graphQlSource.schema(), hubs, 7);
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		Map<String, Integer> outcomes = new java.util.TreeMap<>();
		String largest = "";
		long largestFields = -1;
		for (int i = 0; i < 300; i++) {
			String query = shapes.next();
			String body = post(query, null);
			var answer = json.readTree(body);
			String limit = QueryShapes.limit(answer);
			long fields = QueryShapes.fields(answer.path("data"));
			outcomes.merge(limit == null ? "(answered)" : limit, 1, Integer::sum);
			assertThat(limit).as(query).isNotEqualTo("error INTERNAL_ERROR").isNotEqualTo("error ValidationError");
			assertThat(fields).as(query).isLessThanOrEqualTo(10_000);
			if (limit == null && fields > largestFields) {
				largestFields = fields;
				largest = body.length() + " bytes, " + fields + " fields: " + query;
			}
		}
		System.out.println("Generated shapes: " + outcomes + "; largest answer " + largest);
		assertThat(outcomes).containsKey("(answered)").containsKey("max-complexity");
	}

	private String post(String document, String operationName) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", document);
		if (operationName != null) {
			request.put("operationName", operationName);
		}
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
			.responseTimeout(java.time.Duration.ofMinutes(5))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.returnResult(String.class)
			.getResponseBodyContent() instanceof byte[] bytes ? new String(bytes) : "";
	}

}
