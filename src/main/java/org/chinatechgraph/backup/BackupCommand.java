package org.chinatechgraph.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.chinatechgraph.system.DatabaseAvailability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export DIR} and {@code restore DIR} from the command line: the service's database opened without the web
 * server and without loading the seed, the graph written to or loaded from a directory of fact files, then closed.
 * Settings follow as for the service ({@code --ctg.embedded.data-dir=...}, {@code --spring.neo4j.uri=...}).
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	/** Runs the command and returns the process's exit status: 0 done, 1 failed, 2 misused. */
	public static int run(Class<?> application, String... args) {
		return run(application, System.out, System.err, args);
	}

	/**
	 * Runs the command, its result on {@code out}, warnings and failures on {@code err}, on the store of the
	 * application (the service's Spring Boot class) started without its web server.
	 */
	public static int run(Class<?> application, PrintStream out, PrintStream err, String... args) {
		if (args.length < 2 || args[1].startsWith("--")) {
			err.println("usage: java -jar china-tech-graph.jar export|restore DIR [--setting=value ...]");
			return 2;
		}
		String command = args[0];
		Path directory = Path.of(args[1]).toAbsolutePath();
		var spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		// the reason of a failure is printed below, in one line, instead of Spring's report with its stack trace
		spring.setDefaultProperties(Map.of("ctg.seed.enabled", "false", "ctg.embedded.bolt-port", "0",
				"spring.main.banner-mode", "off", "logging.level.root", "warn",
				"logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.boot.diagnostics", "off",
				"logging.level.org.springframework.context", "error"));
		try (ConfigurableApplicationContext context = spring
			.run(Arrays.copyOfRange(args, 2, args.length))) {
			switch (command) {
				case "export" -> {
					GraphExport export = context.getBean(GraphExporter.class).exportTo(directory);
					export.warnings().forEach(warning -> err.println("warning: " + warning));
					if (export.files().isEmpty()) {
						err.println("warning: the graph is empty; is this the store you meant (--ctg.embedded.data-dir, "
								+ "--spring.neo4j.uri)?");
					}
					out.printf("Exported %d sources (%d nodes, %d relationships) to %s%n", export.files().size(),
							export.nodes(), export.relationships(), directory);
				}
				case "restore" -> {
					var restored = context.getBean(GraphRestorer.class).restore(directory);
					out.printf("Restored %d sources (%d nodes, %d relationships) from %s%n", restored.files(),
							restored.nodes(), restored.relationships(), directory);
				}
				default -> throw new BackupException("unknown command " + command + "; use export or restore");
			}
			return 0;
		}
		catch (RuntimeException ex) {
			err.println(command + " failed: " + explain(ex));
			return 1;
		}
	}

	/** The reason a person can act on: the store in use by a running service, the database away, or the message. */
	static String explain(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getClass().getName().endsWith("FileLockException")) {
				return "the store is in use, most likely by a running service. Stop it first, or reach it over Bolt "
						+ "with --spring.neo4j.uri=bolt://127.0.0.1:7687 and NEO4J_PASSWORD set to the content of "
						+ "the data directory's neo4j-password (" + t.getMessage() + ")";
			}
			if (t instanceof BackupException) {
				return t.getMessage();
			}
		}
		if (DatabaseAvailability.isUnavailable(failure)) {
			return "the database cannot be reached (" + failure.getMessage() + ")";
		}
		return String.valueOf(failure.getMessage());
	}

}
