package org.chinatechgraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestCredentials;
import org.chinatechgraph.support.TestDatabase;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service with every setting of this kind changed from its default, embedded: limits come from configuration,
 * reads can be closed, Neo4j's password can be configured, and a read transaction stops in Neo4j at the query
 * timeout.
 */
@SystemTest
class ConfiguredServiceTests {

	private static RunningService service;

	@BeforeAll
	static void start() {
		List<String> settings = new ArrayList<>(List.of("spring.neo4j.uri=",
				"ctg.embedded.data-dir=" + TestDatabase.newDataDirectory("configured"), "ctg.embedded.bolt-port=0",
				"ctg.embedded.auth-password=a-long-test-password", "ctg.limits.max-depth=3",
				"ctg.limits.default-page-size=3", "ctg.limits.max-page-size=5", "ctg.limits.max-hops=2",
				"ctg.limits.query-timeout=1s", "ctg.limits.max-result-fields=40", "ctg.security.open-reads=false"));
		settings.addAll(TestCredentials.settings());
		service = RunningService.start(settings.toArray(String[]::new));
	}

	@AfterAll
	static void stop() {
		service.close();
	}

	@Test
	void limitsComeFromConfiguration() {
		var tester = TestCredentials.authenticated(service.graphQl());
		tester.document("{ places { edges { node { id } } } }").execute().errors().satisfy(errors ->
				QueryLimitsTests.assertRefused(errors, "max-depth"));
		tester.document("{ places(first: 6) { totalCount } }").execute().errors().satisfy(errors ->
				QueryLimitsTests.assertRefused(errors, "max-page-size"));
		tester.document("{ partners(id: \"university:peking-university\", hops: 3) { hops } }").execute().errors()
			.satisfy(errors -> QueryLimitsTests.assertRefused(errors, "max-hops"));
		tester.document("{ places { edges { cursor } } }").execute().path("places.edges").entityList(Object.class)
			.hasSize(3);
	}

	/**
	 * An answer that grows past max-result-fields while it runs is stopped and refused whole; its complexity (70) is
	 * far under the limit, so only the budget stops it.
	 */
	@Test
	void anAnswerOverTheResultBudgetIsStoppedAndRefused() {
		var tester = TestCredentials.authenticated(service.graphQl());
		String pages = java.util.stream.IntStream.range(0, 10)
			.mapToObj(i -> "a" + i + ": sectors(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }")
			.collect(java.util.stream.Collectors.joining(" "));
		tester.document("{ " + pages + " }").execute().errors().satisfy(errors -> {
			QueryLimitsTests.assertRefused(errors, "max-result-fields");
			assertThat(errors.getFirst().getMessage()).isEqualTo(
					"The answer exceeds 40 fields, over the limit max-result-fields = 40");
		}).path("a0").pathDoesNotExist();
		tester.document("{ sectors(first: 5) { totalCount pageInfo { hasNextPage } } }").execute().errors().verify();
	}

	@Test
	void closedReadsNeedCredentials() {
		service.http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ sectors { totalCount } }\"}").exchange()
			.expectStatus().isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
			.jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message)
				.startsWith("Authentication is required"))
			.jsonPath("$.data").doesNotExist();
		service.graphQl().mutate().header("Authorization", TestCredentials.basic()).build()
			.document("{ sectors { totalCount } }").execute().errors().verify();
	}

	@Test
	void neo4jAuthenticationIsOnWhenAPasswordIsSet() {
		var uri = service.context().getBean(Neo4jConnectionDetails.class).getUri().toString();
		try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
			assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (var driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "a-long-test-password"))) {
			driver.verifyConnectivity();
		}
	}

	@Test
	void aReadTransactionStopsInNeo4jAtTheQueryTimeout() {
		var neo4j = service.context().getBean(Neo4jClient.class);
		var transactions = new TransactionTemplate(service.context().getBean(PlatformTransactionManager.class));
		transactions.setReadOnly(true);
		transactions.setTimeout(1);
		long start = System.nanoTime();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> neo4j
			.query("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)").fetch().one()))
			.hasRootCauseInstanceOf(ClientException.class)
			.rootCause().hasMessageContaining("timeout");
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("A 1 s read transaction was stopped by Neo4j after " + took.toMillis() + " ms");
		assertThat(took).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void aServiceReadStopsInNeo4jAtTheQueryTimeout() {
		var reads = service.context().getBean(ReadCypher.class);
		long start = System.nanoTime();
		assertThatThrownBy(() -> reads.rows("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)",
				java.util.Map.of()))
			.isInstanceOf(ClientException.class)
			.hasMessageContaining("timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void aServiceReadRunsInReadModeAndJoinsAWriteTransactionWhenInOne() {
		var reads = service.context().getBean(ReadCypher.class);
		// a read session refuses to write: the statement would go to a reader in a cluster
		assertThatThrownBy(() -> reads.rows("CREATE (n:ReadModeProbe) RETURN n", java.util.Map.of()))
			.isInstanceOf(ClientException.class);
		var transactions = new TransactionTemplate(service.context().getBean(PlatformTransactionManager.class));
		var neo4j = service.context().getBean(Neo4jClient.class);
		transactions.executeWithoutResult(status -> {
			neo4j.query("CREATE (:ReadModeProbe {id: 'probe'})").run();
			// inside the transaction the read sees what it has written so far
			assertThat(reads.rows("MATCH (n:ReadModeProbe) RETURN n.id AS id", java.util.Map.of()))
				.extracting(row -> row.get("id")).containsExactly("probe");
			status.setRollbackOnly();
		});
		assertThat(reads.rows("MATCH (n:ReadModeProbe) RETURN n.id AS id", java.util.Map.of())).isEmpty();
	}

	@Test
	void readOnlyQueryMethodsGetTheQueryTimeout() throws NoSuchMethodException {
		var source = service.context().getBean(org.springframework.transaction.interceptor.TransactionAttributeSource.class);
		var read = source.getTransactionAttribute(ReadOnly.class.getMethod("read"), ReadOnly.class);
		var write = source.getTransactionAttribute(ReadOnly.class.getMethod("write"), ReadOnly.class);
		assertThat(read.getTimeout()).isEqualTo(1);
		assertThat(write.getTimeout()).isEqualTo(300);
	}

	static class ReadOnly {

		@Transactional(readOnly = true)
		public void read() {
		}

		@Transactional
		public void write() {
		}

	}

}
