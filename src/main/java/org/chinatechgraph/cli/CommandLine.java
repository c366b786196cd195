package org.chinatechgraph.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: flags, options with values ({@code --url X} or {@code --url=X}), settings passed on to
 * the application ({@code --ctg.*}, {@code --spring.*}, {@code --logging.*}) and the rest.
 */
record CommandLine(Set<String> flags, Map<String, String> options, List<String> settings, List<String> operands) {

	static CommandLine parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
		Set<String> flags = new HashSet<>();
		Map<String, String> options = new HashMap<>();
		List<String> settings = new ArrayList<>();
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || arg.equals("--")) {
				operands.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.startsWith("ctg.") || name.startsWith("spring.") || name.startsWith("logging.")) {
				settings.add(arg);
			}
			else if (knownFlags.contains(name) && value == null) {
				flags.add(name);
			}
			else if (knownOptions.contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				options.put(name, value);
			}
			else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return new CommandLine(flags, options, settings, operands);
	}

	boolean has(String flag) {
		return this.flags.contains(flag);
	}

	String option(String name) {
		return this.options.get(name);
	}

	/** A mistake in how a command was called. */
	static class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
