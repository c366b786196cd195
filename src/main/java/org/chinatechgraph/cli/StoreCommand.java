package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command that may open the store itself, the application started without its web server: it takes the
 * service's settings as the service does, {@code --name=value} with a dotted name ({@code --ctg.embedded.data-dir=DIR},
 * {@code --spring.neo4j.uri=bolt://...}, {@code --logging.level.root=debug}), anywhere among its own options.
 */
abstract class StoreCommand implements Callable<Integer> {

	/** The help's word on settings. */
	static final String SETTINGS = """
			%nSettings of the service go along as when starting it (--name=value):
			  --ctg.embedded.data-dir=DIR  the embedded store (default data)
			  --spring.neo4j.uri=URI       a Neo4j server instead (or $NEO4J_URI)""";

	/** A setting: {@code --} and a property name with a dot in it, then optionally {@code =} and a value. */
	private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+(=.*)?",
			Pattern.DOTALL);

	final Class<?> application;

	final PrintStream out;

	final PrintStream err;

	@Spec
	CommandSpec spec;

	@Unmatched
	List<String> unmatched = new ArrayList<>();

	StoreCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	/** The settings given; any other argument the command does not know is a mistake in the command line. */
	List<String> settings() {
		for (String arg : this.unmatched) {
			if (!SETTING.matcher(arg).matches()) {
				throw new ParameterException(this.spec.commandLine(), (arg.startsWith("-") ? "Unknown option: '"
						: "Unexpected argument: '") + arg + "'");
			}
		}
		return List.copyOf(this.unmatched);
	}

	/** The first of the values that is set and not blank, or null. */
	static String firstSet(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
