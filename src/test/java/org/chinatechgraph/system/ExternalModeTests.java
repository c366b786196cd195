package org.chinatechgraph.system;

import java.time.Duration;
import java.time.Instant;

import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode: the service pointed by URI at a separately started Neo4j (the test harness, in this JVM but
 * reached over Bolt like any server) runs nothing embedded; without that database it still starts, answers a
 * clear error, reports DOWN, and recovers by itself when the database comes.
 */
@SystemTest
class ExternalModeTests {

	@Test
	void servesTheGraphFromANeo4jGivenByUri() {
		try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
				var service = RunningService.start("spring.neo4j.uri=" + neo4j.boltURI())) {
			assertThat(service.context().getBeansOfType(DatabaseManagementService.class)).isEmpty();
			assertServesTheSeedGraph(service, neo4j);
		}
	}

	@Test
	void withoutTheDatabaseAnswersUnavailableThenRecovers() {
		int port = RunningService.freePort();
		try (var service = RunningService.start("spring.neo4j.uri=bolt://127.0.0.1:" + port,
				"ctg.seed.retry-interval=500ms")) {
			service.graphQl()
				.document("{ projects { totalCount } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
					assertThat(error.getMessage()).contains("database is unavailable");
					assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
				}));
			service.http().get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
			service.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
			service.http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

			try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
				.build()) {
				Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
				boolean up = false;
				while (!up && Instant.now().isBefore(deadline)) {
					up = service.http().get().uri("/actuator/health").exchange().returnResult(String.class)
						.getStatus().is2xxSuccessful();
					if (!up) {
						sleep();
					}
				}
				assertThat(up).as("health UP within 60 s of the database's return").isTrue();
				service.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
				assertServesTheSeedGraph(service, neo4j);
			}
		}
	}

	/** The database holds every seed article once, and the service answers from it. */
	private static void assertServesTheSeedGraph(RunningService service, Neo4j neo4j) {
		long articles = neo4j.defaultDatabaseService()
			.executeTransactionally("MATCH (a:Article {kind: 'news'}) RETURN count(a) AS n", java.util.Map.of(),
					result -> (Long) result.next().get("n"));
		assertThat(articles).as("every seed article, once").isEqualTo(5);
		service.graphQl()
			.document("{ projects { totalCount } }")
			.execute()
			.path("projects.totalCount")
			.entity(Integer.class)
			.satisfies(total -> assertThat(total).isPositive());
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
