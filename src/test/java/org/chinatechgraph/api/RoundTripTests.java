package org.chinatechgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.LimitsLiftedReadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a nested query costs a number of Cypher round trips set by its nesting, not by its rows. The same
 * query is counted on the seed graph and again after a hundred and fifty more projects are loaded.
 */
class RoundTripTests extends LimitsLiftedReadTest {

	private static final String SOURCE = "article:round-trip-test";

	// language=GraphQL
	private static final String NESTED = """
			{
			  projects(first: 60) {
			    totalCount
			    edges { node {
			      name
			      investment { cny }
			      investors { investor { name } amount { usd } sources { article { title } evidence } }
			      developers { developer { name } }
			      locations { location { name } }
			      province { name }
			      sectors { name projectCount }
			      reportedIn { article { title publishedOn } }
			    } }
			  }
			}""";

	@Autowired
	private FactLoader loader;

	@AfterEach
	void removeGenerated() {
		this.loader.retract(SOURCE);
	}

	@Test
	void roundTripsDoNotGrowWithTheRows() {
		int seedRows = rows();
		int seedTrips = roundTrips();

		this.loader.load(generated(150), "generated.json");
		int grownRows = rows();
		int grownTrips = roundTrips();

		assertThat(grownRows).isGreaterThan(seedRows);
		assertThat(grownTrips).isEqualTo(seedTrips);
		// one statement for the page with its investors, developers, locations and sectors, then one per batched
		// field: province, sectors' counts, mentions, and the articles behind sources (investors' and mentions'
		// share one batch loader, so one or two statements depending on how graphql-java dispatches the levels)
		assertThat(grownTrips).isLessThanOrEqualTo(6);
		System.out.printf("Round trips for the nested project query: %d with %d projects listed, %d with %d%n",
				seedTrips, seedRows, grownTrips, grownRows);
	}

	private int roundTrips() {
		this.roundTrips.reset();
		this.graphQl.document(NESTED).execute().errors().verify();
		return this.roundTrips.count();
	}

	private int rows() {
		return this.graphQl.document(NESTED).execute().path("projects.edges").entityList(Object.class).get().size();
	}

	private static byte[] generated(int projects) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> rels = new ArrayList<>();
		nodes.add(Map.of("id", "province:round-trip-land", "label", "Province", "name", "Round Trip Land"));
		nodes.add(Map.of("id", "sector:round-trip-widgets", "label", "Sector", "name", "Round trip widgets"));
		for (int c = 0; c < 10; c++) {
			nodes.add(Map.of("id", "company:round-trip-" + c, "label", "Company", "name", "Round Trip Company " + c));
		}
		for (int p = 0; p < projects; p++) {
			String id = "project:round-trip-" + p;
			nodes.add(Map.of("id", id, "label", "Project", "name", "Round Trip Project " + p, "evidence",
					List.of("Project " + p + "."), "investment", Map.of("amount", 1_000_000 + p, "currency", "CNY")));
			rels.add(Map.of("type", "INVESTS_IN", "from", "company:round-trip-" + (p % 10), "to", id, "evidence",
					List.of("Company " + (p % 10) + " invests in project " + p + ".")));
			rels.add(Map.of("type", "DEVELOPS", "from", "company:round-trip-" + ((p + 1) % 10), "to", id, "evidence",
					List.of("Company " + ((p + 1) % 10) + " builds project " + p + ".")));
			rels.add(Map.of("type", "LOCATED_IN", "from", id, "to", "province:round-trip-land", "evidence",
					List.of("Project " + p + " is in Round Trip Land.")));
			rels.add(Map.of("type", "IN_SECTOR", "from", id, "to", "sector:round-trip-widgets", "evidence",
					List.of("Project " + p + " makes widgets.")));
		}
		var file = Map.of("source", Map.of("id", SOURCE, "kind", "news", "title", "Round trip test", "publishedOn",
				"2022"), "nodes", nodes, "relationships", rels);
		return JsonMapper.builder().build().writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
	}

}
