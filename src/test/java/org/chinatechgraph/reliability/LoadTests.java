package org.chinatechgraph.reliability;

import java.time.Duration;
import java.util.List;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.CypherRunner;
import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 clients at once over loopback for a fixed time, each sending one request after another: the example questions
 * and lists over the growing graph, and one write in ten (a new small fact file, through the ingestFactFile mutation with an API key). Not one request may fail; every
 * acknowledged write is in the graph, whole. The test then takes its writes back out, leaving the graph as it found
 * it.
 * <p>
 * 20 s by default; {@code -Dctg.load.duration=PT10M} for the long form.
 */
@SystemTest
class LoadTests extends ServiceTest {

	private static final Duration DURATION = Duration.parse(System.getProperty("ctg.load.duration", "PT20S"));

	private static final int CLIENTS = Integer.getInteger("ctg.load.clients", 64);

	@LocalServerPort
	private int port;

	@Autowired
	private FactLoader loader;

	@Test
	void sixtyFourClientsReadingAndWritingForAFixedTimeSeeNoFailure() throws InterruptedException {
		GraphDump before = GraphDump.of(this.neo4j);
		var workload = new Workload(new GraphQlHttp(this.port, Duration.ofSeconds(60)),
				Ingestion.overGraphQl(this.port, Duration.ofSeconds(60)), 0.1, "load");
		workload.warmUp();
		long start = System.nanoTime();
		workload.start(CLIENTS);
		Thread.sleep(DURATION.toMillis());
		workload.stop();
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Workload.Op> ops = workload.ops();
		List<Workload.Op> reads = ops.stream().filter(op -> op.kind().equals("read")).toList();
		List<Workload.Op> writes = ops.stream().filter(op -> op.kind().equals("write")).toList();
		System.out.printf("load: %d clients for %.0f s: %s (%.0f requests/s)%n  reads: %s%n  writes: %s%n", CLIENTS,
				seconds, Workload.summary(ops), ops.size() / seconds, Workload.summary(reads), Workload.summary(writes));
		ops.stream().filter(op -> !op.ok()).forEach(op -> System.out.printf("  %s %s after %.1f s: %s%n", op.kind(),
				op.outcome(), op.micros() / 1e6, (op.query() != null) ? op.query() : op.articleId()));
		try {
			assertThat(Workload.outcomes(ops)).as("outcomes; threads when a read hung:%n%s", workload.hung()).containsOnlyKeys("OK");
			assertThat(writes).isNotEmpty();
			var check = ArticleConsistency.check(CypherRunner.of(this.neo4j), workload.attempted());
			assertThat(check.problems()).isEmpty();
			assertThat(check.present()).containsAll(workload.acknowledged());
		}
		finally {
			workload.attempted().forEach(article -> this.loader.retract(article.id()));
		}
		assertThat(GraphDump.of(this.neo4j).lines()).as("the graph as it was").isEqualTo(before.lines());
	}

}
