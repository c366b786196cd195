package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The service jar's command line: {@code java -jar china-tech-graph.jar COMMAND ...} runs one of the subcommands
 * ({@code ingest}, {@code merge}, {@code unmerge}, {@code score}, {@code train-relations}, {@code export}, {@code restore},
 * {@code hash-secret}, {@code help}); with no argument, or with {@code --name=value} settings only, the jar starts
 * the service instead ({@link #startsService}).
 * <p>
 * Every command takes {@code --help} and {@code --version}, and ends with one of the {@link #EXIT_CODES}: 0 done, 1
 * the command ran and failed or found a problem, 2 a mistake in the command line (then one line on standard error
 * names it, and the next points at {@code --help}; nothing was changed).
 * <p>
 * Standard output carries a command's results and nothing else (with {@code --json}, only the JSON documents, so
 * that {@code | jq} works), or the help asked for: while a command runs, {@code System.out} is standard error, so
 * every log line (Spring's, Neo4j's, Lucene's through java.util.logging) and anything a library prints goes there.
 */
public final class Commands {

	/** The name the usage gives the jar. */
	static final String JAR = "java -jar china-tech-graph.jar";

	/** The exit codes, as every command's help lists them. */
	static final Map<String, String> EXIT_CODES = exitCodes();

	static final int DONE = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	/** Options the service itself never takes: they ask the command line for its help or version. */
	private static final Set<String> COMMAND_LINE_OPTIONS = Set.of("--help", "--version");

	/** The SLF4J binding the commands log through; naming it spares SLF4J's report of the providers it found. */
	private static final String LOGBACK_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";

	private final Class<?> application;

	/**
	 * The command line of the application: the service's Spring Boot class, which the commands that open the store
	 * start without its web server (passed in, so that this package does not depend on the one that starts it).
	 */
	public Commands(Class<?> application) {
		this.application = application;
	}

	/**
	 * True when the arguments start the service rather than a command: none at all, or only options of the form
	 * {@code --name} or {@code --name=value} (Spring Boot's settings, such as {@code --server.port=8081} or
	 * {@code --ctg.embedded.data-dir=DIR}) other than {@code --help} and {@code --version}.
	 */
	public static boolean startsService(String[] args) {
		for (String arg : args) {
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (!arg.startsWith("--") || name.length() <= 2 || COMMAND_LINE_OPTIONS.contains(name)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Runs the command the arguments name, as the jar does, and returns its exit status: standard output keeps the
	 * results, and {@code System.out} is standard error while the command runs.
	 */
	public int run(String... args) {
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
			return execute(stdout, stderr, args);
		}
		finally {
			stdout.flush();
			System.setOut(stdout);
		}
	}

	/** Runs the command the arguments name, its results (and help asked for) on {@code out}, the rest on {@code err}. */
	public int execute(PrintStream out, PrintStream err, String... args) {
		CommandLine line = commandLine(out, err);
		try {
			return line.execute(args);
		}
		finally {
			line.getOut().flush();
			line.getErr().flush();
			out.flush();
			err.flush();
		}
	}

	CommandLine commandLine(PrintStream out, PrintStream err) {
		CommandLine line = new CommandLine(new Top());
		line.addSubcommand(new IngestCommand(this.application, out, err));
		line.addSubcommand(new MergeCommand.Do(this.application, out, err));
		line.addSubcommand(new MergeCommand.Undo(this.application, out, err));
		line.addSubcommand(new ScoreCommand(out, err));
		line.addSubcommand(new TrainRelationsCommand(out, err));
		line.addSubcommand(new BackupCommand.Export(this.application, out, err));
		line.addSubcommand(new BackupCommand.Restore(this.application, out, err));
		line.addSubcommand(new HashSecretCommand(out, err));
		line.addSubcommand(new HelpCommand());
		for (CommandLine command : all(line)) {
			if (!(command.getCommand() instanceof HelpCommand)) {
				command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
				// the footer (a command's word on settings) before the exit codes, which end the help
				List<String> sections = new ArrayList<>(command.getHelpSectionKeys());
				sections.removeAll(List.of(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
						UsageMessageSpec.SECTION_KEY_FOOTER));
				sections.addAll(sections.indexOf(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING),
						List.of(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
								UsageMessageSpec.SECTION_KEY_FOOTER));
				command.setHelpSectionKeys(sections);
			}
		}
		line.setOut(new PrintWriter(out, true, out.charset()));
		line.setErr(new PrintWriter(err, true, err.charset()));
		line.setParameterExceptionHandler(Commands::misused);
		line.setExecutionExceptionHandler((ex, command, parsed) -> {
			command.getErr().println(name(command) + ": " + ex.getMessage());
			return FAILED;
		});
		return line;
	}

	private static List<CommandLine> all(CommandLine top) {
		List<CommandLine> all = new ArrayList<>(List.of(top));
		all.addAll(top.getSubcommands().values());
		return all;
	}

	private static Map<String, String> exitCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		codes.put(String.valueOf(DONE), "done");
		codes.put(String.valueOf(FAILED), "the command ran and failed, or found a problem");
		codes.put(String.valueOf(USAGE), "a mistake in the command line (an unknown option or command, a missing or "
				+ "bad value): nothing was done");
		return Collections.unmodifiableMap(codes);
	}

	/** A mistake in the command line: one line naming it, one pointing at the help; exit status 2. */
	private static int misused(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		String message = ex.getMessage();
		if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
				&& !unmatched.getUnmatched().get(0).startsWith("-")) {
			message = (command.getParent() == null ? "Unknown command: '" : "Unexpected argument: '")
					+ unmatched.getUnmatched().get(0) + "'";
		}
		PrintWriter err = command.getErr();
		err.println(name(command) + ": " + message);
		err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
		err.flush();
		return USAGE;
	}

	/** The command's name in messages: {@code ingest}, or the jar's for the top level. */
	private static String name(CommandLine command) {
		return command.getParent() == null ? "china-tech-graph" : command.getCommandName();
	}

	/** The jar itself: its subcommands, and how it starts the service. */
	@Command(name = JAR, mixinStandardHelpOptions = true, versionProvider = Version.class,
			description = { "China Tech Graph: a Neo4j knowledge graph of China's technology projects, served over "
					+ "GraphQL.", "",
					"With no command, or with settings only, it starts the service:",
					"  " + JAR + " [--name=value...]",
					"  (settings such as --server.port=8081, --ctg.embedded.data-dir=DIR)", "",
					"Or it runs one of the commands below; 'COMMAND --help' tells more about each." },
			synopsisSubcommandLabel = "COMMAND", commandListHeading = "%nCommands:%n")
	static final class Top implements Runnable {

		@Spec
		CommandSpec spec;

		/** Reached only when no command is named and the arguments do not start the service (in process). */
		@Override
		public void run() {
			throw new ParameterException(this.spec.commandLine(), "Missing command: one of "
					+ String.join(", ", List.copyOf(this.spec.subcommands().keySet())));
		}

	}

}
