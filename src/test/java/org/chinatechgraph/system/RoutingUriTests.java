package org.chinatechgraph.system;

import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service behind a {@code neo4j://} routing URI, as it runs against a cluster or Aura: the driver asks the
 * server for its routing table and sends read transactions to readers, writes (the seed load) to the writer. A
 * single server routes to itself, which is enough to check that every path of the service works when routed.
 */
@SystemTest
class RoutingUriTests {

	@Test
	void servesAndLoadsThroughARoutingUri() {
		try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build()) {
			String routing = neo4j.boltURI().toString().replaceFirst("^bolt://", "neo4j://");
			assertThat(routing).startsWith("neo4j://");
			try (var service = RunningService.start("spring.neo4j.uri=" + routing)) {
				assertThat(service.context().getBeansOfType(DatabaseManagementService.class)).isEmpty();
				long articles = neo4j.defaultDatabaseService()
					.executeTransactionally("MATCH (a:Article {kind: 'news'}) RETURN count(a) AS n", java.util.Map.of(),
							result -> (Long) result.next().get("n"));
				assertThat(articles).as("the seed, written through the routing driver").isEqualTo(5);
				service.graphQl()
					.document("""
							{ projects(filter: {place: "Zhejiang"}) { totalCount }
							  partners(id: "university:peking-university", hops: 2) { partner { id } }
							  investmentSummary(groupBy: PROVINCE) { total { projectCount } } }""")
					.execute()
					.errors()
					.verify()
					.path("projects.totalCount")
					.entity(Integer.class)
					.satisfies(total -> assertThat(total).isPositive())
					.path("partners")
					.entityList(Object.class)
					.satisfies(partners -> assertThat(partners).isNotEmpty())
					.path("investmentSummary.total.projectCount")
					.entity(Integer.class)
					.satisfies(total -> assertThat(total).isPositive());
			}
		}
	}

}
