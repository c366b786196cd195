package org.chinatechgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A line describing the machine a benchmark ran on, printed with its results. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return String.format(Locale.ROOT, "%d cores (%s), %.0f GB RAM, Java %s, max heap %d MB, load average %.2f",
				Runtime.getRuntime().availableProcessors(), cpuModel(), os.getTotalMemorySize() / 1e9,
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
				os.getSystemLoadAverage());
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (Exception ex) {
			return "unknown CPU";
		}
	}

}
