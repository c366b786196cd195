package org.chinatechgraph.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.support.CypherRunner;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on an external Neo4j (a second instance in the test's JVM, reached only by URI), under concurrent
 * reads and writes, while that database is stopped and started again on the same store: while it is away every
 * request made gets a clear {@code UNAVAILABLE} error within 10 s (no hang, no HTTP 500, no internal error), a
 * request caught in flight by the stop is answered within 30 s, requests succeed again within 30 s of its return, and every write acknowledged before, during or after is in the graph,
 * whole.
 * <p>
 * One outage of 5 s by default; {@code -Dctg.fault.count=10 -Dctg.fault.outage=PT20S} for the long form.
 */
@SystemTest
class FaultTests {

	private static final int FAULTS = Integer.getInteger("ctg.fault.count", 1);

	private static final Duration OUTAGE = Duration.parse(System.getProperty("ctg.fault.outage", "PT5S"));

	private static final int CLIENTS = Integer.getInteger("ctg.fault.clients", 6);

	/** A request made while the database is away gets its error within this. */
	private static final Duration CLEAR_ERROR = Duration.ofSeconds(10);

	/** Any request, even one caught in flight by the stop, gets an answer within this. */
	private static final Duration ANSWER = Duration.ofSeconds(30);

	private static final Duration RECOVERY = Duration.ofSeconds(30);

	@Test
	void theDatabaseStoppedUnderLoadGivesClearErrorsThenServiceResumesWithEveryAcknowledgedWrite(@TempDir Path work) {
		try (var database = new ExternalDatabase(work.resolve("neo4j"), RunningService.freePort())) {
			database.start();
			List<String> settings = new ArrayList<>(TestCredentials.settings());
			settings.addAll(List.of("spring.neo4j.uri=" + database.uri(), "ctg.seed.retry-interval=500ms"));
			try (var service = RunningService.start(settings.toArray(String[]::new))) {
				int port = ((WebServerApplicationContext) service.context()).getWebServer().getPort();
				var workload = new Workload(new GraphQlHttp(port, Duration.ofSeconds(60)),
						Ingestion.overGraphQl(port, Duration.ofSeconds(60)), 0.2, "fault");
				workload.warmUp();
				workload.start(CLIENTS);
				sleep(Duration.ofSeconds(3));
				long lastReturn = 0;
				for (int fault = 1; fault <= FAULTS; fault++) {
					long down = System.nanoTime();
					database.stop();
					long stopped = System.nanoTime();
					sleep(OUTAGE);
					long away = System.nanoTime();
					database.start();
					long back = System.nanoTime();
					lastReturn = back;
					long recovered = awaitSuccess(workload, back);
					var during = workload.ops().stream().filter(op -> op.startNanos() >= stopped && op.startNanos() < away).toList();
					System.out.printf("fault %d: stopping took %d ms, %d requests while away (%s, the slowest answered in %.0f ms), "
							+ "first success %d ms after the database's return%n", fault, (stopped - down) / 1_000_000,
							during.size(), Workload.outcomes(during), Workload.percentile(during, 100),
							(recovered - back) / 1_000_000);
					assertThat(recovered - back).as("fault %d: success again within 30 s", fault)
						.isLessThanOrEqualTo(RECOVERY.toNanos());
					assertThat(during).as("fault %d: requests while away", fault).isNotEmpty()
						.allSatisfy(op -> assertThat(op.outcome()).isEqualTo("UNAVAILABLE"))
						.allSatisfy(op -> assertThat(op.micros()).isLessThanOrEqualTo(CLEAR_ERROR.toNanos() / 1000));
					sleep(Duration.ofSeconds(3));
				}
				workload.stop();
				List<Workload.Op> ops = workload.ops();
				System.out.printf("fault: %d outages survived; %s; %d writes acknowledged%n", FAULTS,
						Workload.summary(ops), workload.acknowledged().size());
				assertThat(Workload.outcomes(ops)).as("every answer is a success or a clear UNAVAILABLE")
					.containsOnlyKeys("OK", "UNAVAILABLE");
				assertThat(ops.stream().map(Workload.Op::micros)).as("every request, even one caught by the stop, is answered")
					.allSatisfy(micros -> assertThat(micros).isLessThanOrEqualTo(ANSWER.toNanos() / 1000));
				long settled = recoveredAfter(ops, lastReturn) + Duration.ofSeconds(1).toNanos();
				assertThat(ops.stream().filter(op -> op.startNanos() > settled))
					.as("after the recovery, everything succeeds")
					.allSatisfy(op -> assertThat(op.outcome()).isEqualTo("OK"));
				var check = ArticleConsistency.check(CypherRunner.of(service.context().getBean(Neo4jClient.class)),
						workload.attempted());
				assertThat(check.problems()).isEmpty();
				assertThat(check.present()).as("every acknowledged write").containsAll(workload.acknowledged());
			}
		}
	}

	/** When the first request that started after the database's return succeeded; fails after 30 s. */
	private static long awaitSuccess(Workload workload, long back) {
		long deadline = back + RECOVERY.toNanos() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			long found = recoveredAfter(workload.ops(), back);
			if (found > 0) {
				return found;
			}
			sleep(Duration.ofMillis(100));
		}
		return deadline;
	}

	/** The end of the first successful request started after {@code back}, or 0. */
	private static long recoveredAfter(List<Workload.Op> ops, long back) {
		return ops.stream()
			.filter(op -> op.startNanos() >= back && op.ok())
			.mapToLong(op -> op.startNanos() + op.micros() * 1000)
			.min()
			.orElse(0);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
