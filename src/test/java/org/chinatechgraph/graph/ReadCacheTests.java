package org.chinatechgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of aggregate reads gives an answer again only while nothing has been committed since it was read:
 * not after a write by the service, nor after one by another Bolt client (as Neo4j Browser makes), and never the
 * answer of a read made inside a transaction that had not committed. It holds no more than it is allowed.
 */
class ReadCacheTests extends ServiceTest {

	private static final String PROJECTS = "MATCH (n:Project) RETURN count(n) AS projects";

	private static final String PROBES = "MATCH (n:CacheProbe) RETURN count(n) AS probes";

	@Autowired
	private ReadCypher reads;

	@Autowired
	private GraphVersion version;

	@Autowired
	private Driver driver;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private ReadCache cache;

	@BeforeEach
	void cache() {
		// the service's own is off in these tests (see ServiceTest): this one is as the service has it by default
		this.cache = cache(null);
	}

	/** A cache as the service has it by default, keeping its questions in {@code warmFile} (null: nowhere). */
	private ReadCache cache(Path warmFile) {
		return new ReadCache(this.reads, this.version,
				new ReadCacheProperties(true, false, 1000, 200_000, 0, Duration.ofSeconds(2), 20, 0), warmFile);
	}

	@AfterEach
	void removeProbes() {
		this.neo4j.query("MATCH (n:CacheProbe|Project {name: 'Cache Probe Works'}) DETACH DELETE n").run();
	}

	@Test
	void anAggregateAskedAgainIsAnsweredWithoutReadingTheGraph() {
		long first = projects();
		this.roundTrips.reset();
		assertThat(projects()).isEqualTo(first);
		assertThat(this.roundTrips.count()).as("statements sent for the same summary again").isZero();
	}

	@Test
	void aWriteThroughTheServiceMakesTheNextReadReadTheGraph() {
		long before = projects();
		this.neo4j.query("CREATE (:Project {id: 'project:cache-probe', name: 'Cache Probe Works'})").run();
		this.roundTrips.reset();
		assertThat(projects()).isEqualTo(before + 1);
		assertThat(this.roundTrips.count()).isEqualTo(1);
	}

	@Test
	void aWriteByAnotherBoltClientMakesTheNextReadReadTheGraph() {
		long before = projects();
		// as Neo4j Browser would: straight to the database, not through the service's API
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("CREATE (:Project {id: 'project:cache-probe', name: 'Cache Probe Works'})")
				.consume());
		}
		this.roundTrips.reset();
		assertThat(projects()).isEqualTo(before + 1);
		assertThat(this.roundTrips.count()).isEqualTo(1);
	}

	@Test
	void afterAWriteTheAnswersAskedMostAreReadAgainOnceTheGraphIsQuiet() throws InterruptedException {
		var refreshing = new ReadCache(this.reads, this.version,
				new ReadCacheProperties(true, false, 1000, 200_000, 20, Duration.ofMillis(200), 20, 0), (Path) null);
		try {
			long before = (Long) refreshing.rows(PROJECTS, Map.of(), row -> row.get("projects")).getFirst();
			this.neo4j.query("CREATE (:Project {id: 'project:cache-probe', name: 'Cache Probe Works'})").run();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (refreshing.refreshedVersion() != this.version.current() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(refreshing.refreshedVersion()).as("refreshed to the graph's version").isEqualTo(this.version.current());
			this.roundTrips.reset();
			assertThat((Long) refreshing.rows(PROJECTS, Map.of(), row -> row.get("projects")).getFirst())
				.isEqualTo(before + 1);
			assertThat(this.roundTrips.count()).as("statements sent: the answer was read again in the background").isZero();
		}
		finally {
			refreshing.destroy();
		}
	}

	@Test
	void theQuestionsAskedMostAreAnsweredAgainAtTheNextStart(@TempDir Path dataDir) throws IOException {
		Path file = dataDir.resolve(ReadCache.WARM_FILE);
		var before = cache(file);
		Map<String, Object> typed = new HashMap<>();
		typed.put("i", 5);
		typed.put("l", 5L);
		typed.put("d", 0.5);
		typed.put("b", true);
		typed.put("s", "province:jiangsu");
		typed.put("years", List.of(2020, 2021));
		typed.put("range", Map.of("min", 1.5, "unit", "CNY"));
		typed.put("absent", null);
		String echo = "RETURN $i AS i, $l AS l, $d AS d, $b AS b, $s AS s, $years AS years, $range AS range";
		before.rows(PROJECTS, Map.of());
		before.rows(PROJECTS, Map.of());
		List<Map<String, Object>> echoed = before.rows(echo, typed);
		before.destroy(); // the service stops

		assertThat(file).exists();
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(Files.readString(file)).as("questions are kept, never answers").doesNotContain("\"rows\"");

		var after = cache(file); // the next start
		assertThat(after.warm()).isEqualTo(2);
		this.roundTrips.reset();
		assertThat(after.rows(PROJECTS, Map.of())).isEqualTo(before.rows(PROJECTS, Map.of()));
		assertThat(after.rows(echo, new HashMap<>(typed))).isEqualTo(echoed);
		assertThat(this.roundTrips.count()).as("statements sent for the questions asked before the restart").isZero();
		after.destroy();
	}

	@Test
	void aDamagedOrHostileQuestionsFileChangesNothing(@TempDir Path dataDir) throws IOException {
		Path file = dataDir.resolve(ReadCache.WARM_FILE);
		Files.writeString(file, "{ not json");
		assertThat(cache(file).warm()).isZero();
		Files.writeString(file, """
				[{"cypher": "CREATE (:CacheProbe)", "asked": 9, "parameters": {}},
				 {"cypher": "RETURN $x AS x", "asked": 1, "parameters": {"x": {"date": "2020-01-01"}}},
				 {"cypher": "MATCH (n:CacheProbe) RETURN count(n) AS probes", "asked": 3, "parameters": {}}]""");
		var cache = cache(file);
		assertThat(cache.warm()).as("only the read is answered").isEqualTo(1);
		assertThat(probes()).as("a statement that writes is refused, not run").isEqualTo(0L);
	}

	@Test
	void readsDoNotChangeTheVersion() {
		long before = this.version.current();
		projects();
		this.reads.rows(PROBES, Map.of());
		this.graphQl.document("{ investmentSummary(groupBy: PROVINCE) { total { projectCount } } }").execute();
		assertThat(this.version.current()).isEqualTo(before);
	}

	@Test
	void aReadInsideAnUncommittedTransactionIsNeverKept() {
		Object inside = new TransactionTemplate(this.transactionManager).execute(status -> {
			this.neo4j.query("CREATE (:CacheProbe)").run();
			Object seen = probes();
			status.setRollbackOnly();
			return seen;
		});
		assertThat(inside).as("the transaction sees its own write").isEqualTo(1L);
		assertThat(probes()).as("after the rollback, nothing of it is given again").isEqualTo(0L);
	}

	@Test
	void itKeepsNoMoreAnswersNorRowsThanAllowed() {
		var small = new ReadCache(this.reads, this.version, new ReadCacheProperties(true, false, 2, 3, 0, Duration.ofSeconds(2), 20, 0),
				(Path) null);
		for (int i = 0; i < 3; i++) {
			small.rows("RETURN $i AS i", Map.of("i", i), Function.identity());
		}
		assertThat(small.size()).as("answers kept with max-entries 2").isEqualTo(2);
		small.rows("UNWIND range(1, 3) AS i RETURN i", Map.of(), Function.identity());
		assertThat(small.size()).as("a three-row answer with max-rows 3 leaves room for nothing else").isEqualTo(1);
		List<Map<String, Object>> big = small.rows("UNWIND range(1, 4) AS i RETURN i", Map.of(), Function.identity());
		assertThat(big).as("an answer too large to keep is still answered").hasSize(4);
		assertThat(small.size()).isEqualTo(1);
	}

	private Object probes() {
		return this.cache.rows(PROBES, Map.of(), row -> row.get("probes")).getFirst();
	}

	private long projects() {
		return (Long) this.cache.rows(PROJECTS, Map.of(), row -> row.get("projects")).getFirst();
	}

}
