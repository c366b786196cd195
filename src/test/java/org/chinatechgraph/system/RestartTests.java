package org.chinatechgraph.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store survives restarts, and starting again on it duplicates nothing; the questions asked most are
 * answered again at the next start, before anyone asks.
 */
@SystemTest
class RestartTests {

	private static final String SIZE = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			CALL () { MATCH (a:Article) RETURN count(a) AS articles }
			RETURN nodes, relationships, articles
			""";

	@Test
	void dataIsKeptAndNothingIsDoubled() throws InterruptedException {
		String dataDir = TestDatabase.newDataDirectory("restart").toString();
		Map<String, Object> first;
		int projects;
		try (var service = RunningService.start("ctg.embedded.data-dir=" + dataDir, "ctg.embedded.bolt-port=0")) {
			first = size(service);
			projects = totalProjects(service);
		}
		assertThat((Long) first.get("articles")).isGreaterThanOrEqualTo(5);
		// the questions asked (the list of projects) are kept for the next start, never the answers
		assertThat(Path.of(dataDir, ReadCache.WARM_FILE)).exists();
		try (var service = RunningService.start("ctg.embedded.data-dir=" + dataDir, "ctg.embedded.bolt-port=0")) {
			ReadCache cache = service.context().getBean(ReadCache.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (cache.size() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(cache.size()).as("answers read again at start, before any request").isPositive();
			assertThat(size(service)).isEqualTo(first);
			assertThat(totalProjects(service)).isEqualTo(projects).isPositive();
		}
	}

	private static Map<String, Object> size(RunningService service) {
		return service.context().getBean(Neo4jClient.class).query(SIZE).fetch().one().orElseThrow();
	}

	private static int totalProjects(RunningService service) {
		return service.graphQl()
			.document("{ projects { totalCount } }")
			.execute()
			.path("projects.totalCount")
			.entity(Integer.class)
			.get();
	}

}
