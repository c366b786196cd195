package org.chinatechgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * "It finishes every time": {@code ingest --local} run again and again on the same store, over a few fact files and
 * an article, each run within a timeout. It once hung before its first file, now and then, when the extractor's
 * warm-up on a virtual thread held the nested jar's monitor (ExtractionConfiguration).
 */
@SystemTest
class IngestRepeatTests {

	private static final int RUNS = Integer.getInteger("ctg.ingest.repeat", 6);

	private static final Path COMPOSED = Path.of("src/test/resources/articles");

	@TempDir
	Path dir;

	@Test
	void everyRunFinishesAndSucceeds() throws Exception {
		List<String> args = new ArrayList<>(List.of("ingest", "--local", "--json", "--ctg.embedded.data-dir=" + this.dir.resolve("store")));
		try (var files = Files.list(COMPOSED)) {
			files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> args.add(p.toString()));
		}
		args.add(Files.writeString(this.dir.resolve("chengdu.md"), IngestCommandTests.ARTICLE).toString());
		var json = JsonMapper.builder().build();
		ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "ingest-repeat");
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (int run = 1; run <= RUNS; run++) {
				var out = new ByteArrayOutputStream();
				var err = new ByteArrayOutputStream();
				Future<Integer> status = runner.submit(() -> new Commands(ChinaTechGraphApplication.class).execute(
						new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
						args.toArray(String[]::new)));
				long started = System.nanoTime();
				int code;
				try {
					code = status.get(run == 1 ? 180 : 90, TimeUnit.SECONDS);
				}
				catch (TimeoutException ex) {
					fail("run " + run + " of ingest --local did not finish; its threads:\n" + threads());
					return;
				}
				System.out.printf("ingest --local run %d: %d ms%n", run, (System.nanoTime() - started) / 1_000_000);
				assertThat(code).as("run %d exit status; stderr: %s", run, err.toString(StandardCharsets.UTF_8)).isZero();
				List<String> documents = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
				assertThat(documents).as("run %d: one JSON document per file", run).hasSize(args.size() - 4);
				for (String document : documents) {
					assertThat(json.readValue(document, Map.class).get("outcome")).as("run %d", run)
						.isIn(run == 1 ? List.of("ADDED") : List.of("UNCHANGED"));
				}
			}
		}
		finally {
			runner.shutdownNow();
		}
	}

	private static String threads() {
		return Thread.getAllStackTraces().entrySet().stream()
			.map(e -> e.getKey() + "\n" + Arrays.stream(e.getValue()).limit(12)
				.map(f -> "    at " + f).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
