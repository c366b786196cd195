package org.chinatechgraph.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.chinatechgraph.support.CypherRunner;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.system.neo4j.EmbeddedNeo4jSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill -9 in the middle of an ingestion: the service, in a JVM of its own, loads a directory of generated fact files
 * at start and is killed (SIGKILL) at a random point, several times over. After each kill the store must hold every
 * file it reported loaded, each file's article wholly or not at all, nothing doubled; and the service must start
 * again on it and load the rest.
 * <p>
 * Short form by default; {@code -Dctg.crash.rounds=20 -Dctg.crash.files=1000} for the long one.
 */
@SystemTest
class CrashTests {

	private static final Pattern ADDED = Pattern.compile("Seed (article:crash-\\d+): ADDED");

	private static final int ROUNDS = Integer.getInteger("ctg.crash.rounds", 2);

	private static final int FILES = Integer.getInteger("ctg.crash.files", 100);

	@Test
	void killedMidIngestionTheStoreHoldsWholeArticlesAndTheServiceStartsAgain(@TempDir Path work) throws IOException {
		List<GeneratedArticle> articles = GeneratedArticle.generate("crash", FILES, 7);
		Path facts = Files.createDirectories(work.resolve("facts"));
		for (GeneratedArticle article : articles) {
			Files.write(facts.resolve(article.fileName()), article.bytes());
		}
		Path data = work.resolve("data");
		String seeds = "ctg.seed.locations=classpath:facts/reference/places.json,classpath:facts/reference/sectors.json,file:"
				+ facts + "/*.json";
		Random random = new Random(11);
		Set<String> acknowledged = new TreeSet<>();
		for (int round = 1; round <= ROUNDS; round++) {
			int remaining = FILES - acknowledged.size();
			int killAfter = 1 + random.nextInt(Math.max(1, remaining / 2));
			try (var service = ServiceProcess.start(data, seeds)) {
				boolean reached = service.await(line -> ADDED.matcher(line).find(), killAfter, Duration.ofMinutes(3));
				assertThat(reached).as("round %d: %d files loaded before the kill%n%s", round, killAfter, service.tail(40))
					.isTrue();
				sleep(random.nextInt(40));
				service.kill();
				service.lines().stream().map(ADDED::matcher).filter(m -> m.find()).forEach(m -> acknowledged.add(m.group(1)));
			}
			var check = inspect(data, articles);
			System.out.printf("crash round %d: killed after %d reported loads; %d of %d articles whole, %d absent, "
					+ "%d problems%n", round, killAfter, check.present().size(), FILES, check.absent().size(),
					check.problems().size());
			assertThat(check.problems()).as("round %d", round).isEmpty();
			assertThat(check.present()).as("every load reported before the kill survives it").containsAll(acknowledged);
		}
		int bolt = RunningService.freePort();
		try (var service = ServiceProcess.start(data, seeds, "ctg.embedded.bolt-port=" + bolt)) {
			boolean started = service.await(line -> line.contains("Started ChinaTechGraphApplication"), 1,
					Duration.ofMinutes(3));
			assertThat(started).as("the service starts again on the store%n%s", service.tail(40)).isTrue();
			var reply = new GraphQlHttp(service.port(), Duration.ofSeconds(30))
				.query("{ projects(filter: {name: \"crash-00000\"}) { totalCount } }");
			assertThat(reply.status()).as(reply.body()).isEqualTo(200);
			assertThat(reply.json().at("/data/projects/totalCount").asInt()).isOne();
			String password = EmbeddedNeo4jSecret.read(data.resolve(EmbeddedNeo4jSecret.FILE_NAME));
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.basic("neo4j", password))) {
				var check = ArticleConsistency.check(CypherRunner.of(driver), articles);
				System.out.printf("crash: after %d kills and a restart, %d of %d articles whole, %d problems%n", ROUNDS,
						check.present().size(), FILES, check.problems().size());
				assertThat(check.problems()).isEmpty();
				assertThat(check.present()).as("after the restart every file is loaded").hasSize(FILES);
			}
			service.stop();
		}
	}

	/** Opens the store as the service would after the crash (recovering it) and checks every article. */
	private static ArticleConsistency inspect(Path data, List<GeneratedArticle> articles) {
		var dbms = new DatabaseManagementServiceBuilder(data).build();
		try {
			return ArticleConsistency.check(CypherRunner.of(dbms.database("neo4j")), articles);
		}
		finally {
			dbms.shutdown();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
