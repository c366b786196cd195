package org.chinatechgraph.cli;

import java.util.List;

import org.chinatechgraph.backup.BackupCommand;
import org.chinatechgraph.ingest.extract.ScoreCommand;

/** The service jar's subcommands: {@code ingest}, {@code merge}, {@code unmerge}, {@code score}, {@code export}, {@code restore}. */
public final class Commands {

	private Commands() {
	}

	/** True when the arguments name a subcommand rather than start the service. */
	public static boolean handles(String[] args) {
		return args.length > 0 && List.of("ingest", "merge", "unmerge", "score", "export", "restore").contains(args[0]);
	}

	/** Runs the subcommand the arguments name; returns its exit status. */
	public static int run(String[] args) {
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "ingest" -> new IngestCommand(System.out, System.err).run(rest);
				case "merge" -> new MergeCommand(System.out, System.err).run(false, rest);
				case "unmerge" -> new MergeCommand(System.out, System.err).run(true, rest);
				case "score" -> ScoreCommand.run(rest.toArray(String[]::new));
				case "export", "restore" -> BackupCommand.run(args);
				default -> 2;
			};
		}
		catch (CommandLine.UsageException ex) {
			System.err.println(args[0] + ": " + ex.getMessage());
			return 2;
		}
	}

}
