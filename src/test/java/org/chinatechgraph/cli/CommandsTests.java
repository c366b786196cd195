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
import java.util.regex.Pattern;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's command line as a user meets it: {@code --help} lists every command and starts nothing, {@code --version}
 * says the project's version, each command's help lists its options, and a mistake in the command line exits 2 with a
 * line naming it and a pointer to the help, having changed nothing. All in this JVM but the first, which runs the
 * application's main as the jar does.
 */
class CommandsTests {

	private static final List<String> COMMANDS = List.of("ingest", "merge", "unmerge", "score", "train-relations", "export", "restore",
			"hash-secret", "help");

	@TempDir
	Path dir;

	record Outcome(int status, String out, String err) {
	}

	private static Outcome run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int status = new Commands(ChinaTechGraphApplication.class).execute(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
		return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** {@code java -jar ... --help} in a JVM of its own, in an empty folder: the usage, exit 0, no store made. */
	@Test
	void theJarsHelpListsEveryCommandAndStartsNothing() throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path stdout = this.dir.resolve("stdout");
		Path stderr = this.dir.resolve("stderr");
		Path work = Files.createDirectory(this.dir.resolve("work"));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				ChinaTechGraphApplication.class.getName(), "--help")
			.directory(work.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("--help did not finish in 60 s; stderr:\n" + Files.readString(stderr));
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		String out = Files.readString(stdout);
		String err = Files.readString(stderr);
		assertThat(process.exitValue()).as("exit status; stderr:\n%s", err).isZero();
		assertThat(out).contains("Usage: java -jar china-tech-graph.jar", "starts the service", "--name=value",
				"Exit codes:");
		for (String command : COMMANDS) {
			assertThat(out).containsPattern("(?m)^  " + Pattern.quote(command) + "\\s");
		}
		assertThat(err).as("nothing logged: no Spring, no Neo4j").isEmpty();
		try (var made = Files.list(work)) {
			assertThat(made).as("files made in the working directory (a store?)").isEmpty();
		}
		// a JVM with the classes on its class path answers in a second or two; the service takes ten times that
		assertThat(seconds).as("seconds for --help").isLessThan(30);
	}

	@Test
	void helpAndItsShortFormsPrintTheSameUsage() {
		Outcome help = run("--help");
		assertThat(help.status()).isZero();
		assertThat(help.err()).isEmpty();
		assertThat(run("-h").out()).isEqualTo(help.out());
		assertThat(run("help").out()).isEqualTo(help.out());
		for (String command : COMMANDS) {
			assertThat(help.out()).containsPattern("(?m)^  " + Pattern.quote(command) + "\\s");
		}
	}

	@Test
	void onlySettingsOrNothingStartTheService() {
		assertThat(Commands.startsService(new String[0])).isTrue();
		assertThat(Commands.startsService(new String[] { "--server.port=8081", "--ctg.embedded.data-dir=/tmp/x",
				"--ctg.security.api-keys[0].name=me", "--debug" }))
			.isTrue();
		for (var args : List.of(new String[] { "--help" }, new String[] { "-h" }, new String[] { "help" },
				new String[] { "--version" }, new String[] { "-V" }, new String[] { "ingest", "a.md" },
				new String[] { "--server.port=8081", "ingest", "a.md" }, new String[] { "--server.port=8081", "--help" },
				new String[] { "bogus" }, new String[] { "-x" })) {
			assertThat(Commands.startsService(args)).as(String.join(" ", args)).isFalse();
		}
	}

	@Test
	void versionIsTheProjectsOnTheJarAndEveryCommand() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		var version = Pattern.compile("<artifactId>china-tech-graph</artifactId>\\s*<version>([^<]+)</version>")
			.matcher(pom);
		assertThat(version.find()).isTrue();
		for (String flag : List.of("--version", "-V")) {
			Outcome outcome = run(flag);
			assertThat(outcome.status()).isZero();
			assertThat(outcome.out().strip()).isEqualTo("china-tech-graph " + version.group(1));
		}
		for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
			Outcome outcome = run(command, "--version");
			assertThat(outcome.status()).as(command).isZero();
			assertThat(outcome.out().strip()).as(command).isEqualTo("china-tech-graph " + version.group(1));
		}
	}

	@Test
	void eachCommandsHelpListsItsOptions() {
		Map<String, List<String>> options = Map.of(
				"ingest", List.of("FILE", "--dry-run", "--json", "--url", "--title", "--publisher", "--published",
						"--service", "--api-key", "--local", "--ctg.embedded.data-dir=DIR"),
				"merge", List.of("KEEP_ID", "MERGED_ID", "--service", "--api-key", "--local", "--ctg.embedded.data-dir"),
				"unmerge", List.of("MERGE_ID", "--service", "--api-key", "--local", "--ctg.embedded.data-dir"),
				"score", List.of("--seeds", "--facts", "--corpus", "--half", "--split", "--relation-model", "--json",
						"--details", "--dump", "../shared/seeds"),
				"train-relations", List.of("--corpus", "--half", "--split", "--out", "--add", "--veto", "--seed",
						"--evaluate", "--grid"),
				"export", List.of("DIR", "--ctg.embedded.data-dir", "--spring.neo4j.uri"),
				"restore", List.of("DIR", "--ctg.embedded.data-dir", "--spring.neo4j.uri"),
				"hash-secret", List.of("standard input", "sha256"));
		options.forEach((command, names) -> {
			Outcome outcome = run(command, "--help");
			assertThat(outcome.status()).as(command).isZero();
			assertThat(outcome.err()).as(command).isEmpty();
			assertThat(outcome.out()).as(command)
				.contains("Usage: java -jar china-tech-graph.jar " + command, "--help", "--version", "Exit codes:")
				.contains(names);
			assertThat(run("help", command).out()).as("help " + command).isEqualTo(outcome.out());
		});
	}

	@Test
	void anUnknownCommandOrOptionExitsTwoNamingIt() {
		assertMisused(run("bogus"), "china-tech-graph: Unknown command: 'bogus'", "java -jar china-tech-graph.jar --help");
		assertMisused(run("-x"), "china-tech-graph: Unknown option: '-x'", "java -jar china-tech-graph.jar --help");
		assertMisused(run("ingest", "--dry-rn", "a.md"), "ingest: Unknown option: '--dry-rn'",
				"java -jar china-tech-graph.jar ingest --help");
		assertMisused(run("merge", "--sevice=http://x", "a", "b"), "merge: Unknown option: '--sevice=http://x'",
				"merge --help");
		assertMisused(run("score", "--bogus"), "score: Unknown option: '--bogus'", "score --help");
		assertMisused(run("unmerge", "merge:1", "merge:2"), "unmerge: Unexpected argument: 'merge:2'", "unmerge --help");
		assertMisused(run("help", "bogus"), "Unknown subcommand 'bogus'", "");
	}

	@Test
	void aMissingOrBadValueExitsTwoNamingIt() {
		assertMisused(run("ingest"), "ingest: Missing required parameter: 'FILE'", "ingest --help");
		assertMisused(run("ingest", "--url"), "ingest: Missing required parameter for option '--url'", "ingest --help");
		assertMisused(run("merge", "university:peking-university"), "merge: Missing required parameter: 'MERGED_ID'",
				"merge --help");
		assertMisused(run("unmerge"), "unmerge: Missing required parameter: 'MERGE_ID'", "unmerge --help");
		assertMisused(run("export"), "export: Missing required parameter: 'DIR'", "export --help");
		assertMisused(run("restore", "--ctg.embedded.data-dir=x"), "restore: Missing required parameter: 'DIR'",
				"restore --help");
		assertMisused(run("score", "--seeds"), "score: Missing required parameter for option '--seeds'",
				"score --help");
		assertMisused(run("score", "--corpus", "x", "--half", "both"), "score: --half is dev or test, not both",
				"score --help");
		assertMisused(run("score", "--split", "split.tsv"), "score: --half and --split go with --corpus DIR",
				"score --help");
	}

	/** A mistake found before anything opens: no store made, nothing exported. */
	@Test
	void aMistakeChangesNothing() throws IOException {
		Path store = this.dir.resolve("store");
		Path article = Files.writeString(this.dir.resolve("a.md"), IngestCommandTests.ARTICLE);
		String setting = "--ctg.embedded.data-dir=" + store;
		assertMisused(run("ingest", "--local", "--dry-rn", setting, article.toString()), "Unknown option: '--dry-rn'",
				"ingest --help");
		assertMisused(run("export", this.dir.resolve("export").toString(), setting, "extra"),
				"export: Unexpected argument: 'extra'", "export --help");
		assertMisused(run("merge", "--local", setting, "--force", "a", "b"), "merge: Unknown option: '--force'",
				"merge --help");
		try (var made = Files.list(this.dir)) {
			assertThat(made.map(p -> p.getFileName().toString())).containsExactly("a.md");
		}
	}

	private static void assertMisused(Outcome outcome, String problem, String hint) {
		assertThat(outcome.status()).as(outcome.err()).isEqualTo(2);
		assertThat(outcome.out()).as("standard output").isEmpty();
		List<String> lines = outcome.err().lines().toList();
		assertThat(lines).as(outcome.err()).isNotEmpty();
		assertThat(lines.get(0)).contains(problem);
		if (!hint.isEmpty()) {
			assertThat(lines).as(outcome.err()).hasSize(2);
			assertThat(lines.get(1)).startsWith("Try '").contains(hint);
		}
	}

}
