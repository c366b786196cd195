package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.List;

import org.chinatechgraph.backup.BackupCommand;
import org.chinatechgraph.ingest.extract.ScoreCommand;

/**
 * The service jar's subcommands: {@code ingest}, {@code merge}, {@code unmerge}, {@code score}, {@code export},
 * {@code restore}. Standard output carries a command's results and nothing else (with {@code --json}, only the JSON
 * documents, so that {@code | jq} works): while a command runs, {@code System.out} is standard error, so every log
 * line (Spring's, Neo4j's, Lucene's through java.util.logging) and anything a library prints goes there.
 */
public final class Commands {

	/** The SLF4J binding the commands log through; naming it spares SLF4J's report of the providers it found. */
	private static final String LOGBACK_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";

	private Commands() {
	}

	/** True when the arguments name a subcommand rather than start the service. */
	public static boolean handles(String[] args) {
		return args.length > 0 && List.of("ingest", "merge", "unmerge", "score", "export", "restore").contains(args[0]);
	}

	/**
	 * Runs the subcommand the arguments name; returns its exit status. The application is the service's Spring Boot
	 * class, which the commands that open the store start without its web server (passed in, so that this package
	 * does not depend on the one that starts it).
	 */
	public static int run(Class<?> application, String[] args) {
		// before the first logger: SLF4J then reports nothing at start (it would list both providers on the classpath)
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", LOGBACK_PROVIDER);
		}
		if (System.getProperty("slf4j.internal.verbosity") == null) {
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		System.setOut(stderr);
		try {
			return run(application, args, stdout, stderr);
		}
		finally {
			stdout.flush();
			System.setOut(stdout);
		}
	}

	private static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "ingest" -> new IngestCommand(application, out, err).run(rest);
				case "merge" -> new MergeCommand(application, out, err).run(false, rest);
				case "unmerge" -> new MergeCommand(application, out, err).run(true, rest);
				case "score" -> ScoreCommand.run(rest.toArray(String[]::new), out, err);
				case "export", "restore" -> BackupCommand.run(application, out, err, args);
				default -> 2;
			};
		}
		catch (CommandLine.UsageException ex) {
			err.println(args[0] + ": " + ex.getMessage());
			return 2;
		}
	}

}
