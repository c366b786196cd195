package org.chinatechgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code --json}, standard output carries the JSON documents and nothing else, so that {@code | jq} works: the
 * log lines (Neo4j's Lucene warns about its vector module as the store opens, through java.util.logging) and SLF4J's
 * report at start go to standard error.
 */
@SystemTest
class CommandOutputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path COMPOSED = Path.of("src/test/resources/articles");

	@TempDir
	Path dir;

	/** The command as the packaged jar runs it: the application's main in a JVM of its own. */
	@Test
	void ingestWritesOnlyJsonDocumentsToStandardOutput() throws IOException, InterruptedException {
		Path article = Files.writeString(this.dir.resolve("chengdu.md"), IngestCommandTests.ARTICLE);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path stdout = this.dir.resolve("stdout");
		Path stderr = this.dir.resolve("stderr");
		// the client compiler only, as for the other services tests start in a JVM of their own: the command runs
		// once, and the optimizing compiler's work would outlast it
		Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"),
				ChinaTechGraphApplication.class.getName(), "ingest", "--local", "--json",
				"--ctg.embedded.data-dir=" + this.dir.resolve("store"), COMPOSED.resolve("sichuan-wafer-fab.json").toString(),
				article.toString())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(240, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("ingest did not finish in 240 s; stderr:\n" + Files.readString(stderr));
		}
		String err = Files.readString(stderr);
		assertThat(process.exitValue()).as("exit status; stderr:\n%s", err).isZero();
		List<String> lines = Files.readAllLines(stdout).stream().filter(l -> !l.isBlank()).toList();
		assertThat(lines).as("standard output").hasSize(2);
		for (String line : lines) {
			assertThat(JSON.readValue(line, Map.class)).as(line).containsKey("outcome");
		}
		assertThat(err).contains("2/2").doesNotContain("SLF4J(W)", "multiple SLF4J providers");
	}

	/** In this JVM, System.out captured: {@code score --json} leaves one JSON document there, and System.out as it was. */
	@Test
	void scoreWritesOneJsonDocumentToStandardOutput() {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		int code;
		try {
			code = new Commands(ChinaTechGraphApplication.class).run("score", "--json", "--seeds", COMPOSED.toString(),
					"--facts", COMPOSED.toString());
			assertThat(System.out).isSameAs(capture);
		}
		finally {
			System.setOut(original);
		}
		assertThat(code).isZero();
		var document = JSON.readTree(captured.toString(StandardCharsets.UTF_8));
		assertThat(document.path("scores").isArray()).isTrue();
		assertThat(document.path("articles").asInt()).isEqualTo(3);
	}

}
