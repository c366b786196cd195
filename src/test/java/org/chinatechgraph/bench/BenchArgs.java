package org.chinatechgraph.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --key value} arguments of a benchmark's command line. Unknown keys and malformed numbers are refused
 * with a message naming them, so that a typo never silently runs a different benchmark.
 */
final class BenchArgs {

	private final Map<String, String> values = new HashMap<>();

	BenchArgs(String[] args, Set<String> known) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new BenchmarkException("unexpected argument '" + arg + "'; arguments look like --key value");
			}
			String key = arg.substring(2);
			String value;
			int eq = key.indexOf('=');
			if (eq >= 0) {
				value = key.substring(eq + 1);
				key = key.substring(0, eq);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				value = "true";
			}
			if (!known.contains(key)) {
				throw new BenchmarkException("unknown option --" + key + "; known: --" + String.join(", --", known.stream().sorted().toList()));
			}
			this.values.put(key, value);
		}
	}

	String string(String key, String fallback) {
		return this.values.getOrDefault(key, fallback);
	}

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	long number(String key, long fallback) {
		String value = this.values.get(key);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value.replace("_", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new BenchmarkException("--" + key + " must be a whole number, not '" + value + "'");
		}
	}

	int integer(String key, int fallback) {
		long value = number(key, fallback);
		if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			throw new BenchmarkException("--" + key + " is out of range: " + value);
		}
		return (int) value;
	}

}
