package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.chinatechgraph.backup.BackupException;
import org.chinatechgraph.backup.GraphExport;
import org.chinatechgraph.backup.GraphExporter;
import org.chinatechgraph.backup.GraphRestorer;
import org.chinatechgraph.system.neo4j.DatabaseAvailability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export DIR} and {@code restore DIR}: the service's database opened without the web server and without
 * loading the seed, the graph written to or loaded from a directory of fact files, then closed. Settings follow as for
 * the service ({@code --ctg.embedded.data-dir=...}, {@code --spring.neo4j.uri=...}).
 */
abstract class BackupCommand extends StoreCommand {

	@Parameters(index = "0", paramLabel = "DIR", description = "the directory of fact files")
	Path directory;

	BackupCommand(Class<?> application, PrintStream out, PrintStream err) {
		super(application, out, err);
	}

	@Override
	public Integer call() {
		var settings = settings();
		String name = this.spec.name();
		Path directory = this.directory.toAbsolutePath();
		try (ConfigurableApplicationContext context = LocalStore.openWithoutSeed(this.application, settings)) {
			run(context, directory);
			return Commands.DONE;
		}
		catch (RuntimeException ex) {
			this.err.println(name + " failed: " + explain(ex));
			return Commands.FAILED;
		}
	}

	abstract void run(ConfigurableApplicationContext context, Path directory);

	/** {@code export DIR}. */
	@Command(name = "export", header = "Write the whole graph to a directory of fact files",
			mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = { "Writes the whole graph to DIR as fact files, one per source, with manifest.tsv and "
					+ "aliases.tsv; 'restore' gives back the identical graph. Stop the service first (or reach its "
					+ "database over Bolt)." },
			footer = StoreCommand.SETTINGS)
	static final class Export extends BackupCommand {

		Export(Class<?> application, PrintStream out, PrintStream err) {
			super(application, out, err);
		}

		@Override
		void run(ConfigurableApplicationContext context, Path directory) {
			GraphExport export = context.getBean(GraphExporter.class).exportTo(directory);
			export.warnings().forEach(warning -> this.err.println("warning: " + warning));
			if (export.files().isEmpty()) {
				this.err.println("warning: the graph is empty; is this the store you meant (--ctg.embedded.data-dir, "
						+ "--spring.neo4j.uri)?");
			}
			this.out.printf("Exported %d sources (%d nodes, %d relationships) to %s%n", export.files().size(),
					export.nodes(), export.relationships(), directory);
		}

	}

	/** {@code restore DIR}. */
	@Command(name = "restore", header = "Load an export into an empty store",
			mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = { "Loads an export (DIR) into an empty store through the loader, giving back the graph "
					+ "exported." },
			footer = StoreCommand.SETTINGS)
	static final class Restore extends BackupCommand {

		Restore(Class<?> application, PrintStream out, PrintStream err) {
			super(application, out, err);
		}

		@Override
		void run(ConfigurableApplicationContext context, Path directory) {
			var restored = context.getBean(GraphRestorer.class).restore(directory);
			this.out.printf("Restored %d sources (%d nodes, %d relationships) from %s%n", restored.files(),
					restored.nodes(), restored.relationships(), directory);
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
