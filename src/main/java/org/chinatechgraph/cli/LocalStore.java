package org.chinatechgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The graph opened by a command itself, when no service runs: the same application without its web server, on
 * the same store (the data directory, or {@code NEO4J_URI}), quiet but for warnings.
 */
final class LocalStore {

	private LocalStore() {
	}

	/** The store opened for ingest and merge: the seed loaded if it is not there yet, as the service would. */
	static ConfigurableApplicationContext open(Class<?> application, List<String> springArguments) {
		List<String> arguments = new ArrayList<>(springArguments);
		arguments.add("--ctg.embedded.bolt-port=0");
		// the extractor is built when the first article needs it, not in the background (ExtractionConfiguration)
		arguments.add("--ctg.extraction.warm-up=false");
		// quiet but for warnings, unless the settings given ask for more ("--logging.level.root=INFO")
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(Map.of("logging.level.root", "WARN", "logging.level.org.chinatechgraph", "WARN"))
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * The store opened for a backup: without loading the seed, quiet but for warnings, and Spring's report of a
	 * failure left out (the command says the reason in one line). The settings given override these.
	 */
	static ConfigurableApplicationContext openWithoutSeed(Class<?> application, List<String> springArguments) {
		var spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setDefaultProperties(Map.of("ctg.seed.enabled", "false", "ctg.embedded.bolt-port", "0",
				"spring.main.banner-mode", "off", "logging.level.root", "warn",
				"logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.boot.diagnostics", "off",
				"logging.level.org.springframework.context", "error"));
		return spring.run(springArguments.toArray(String[]::new));
	}

	/** A message for a store that cannot be opened, most often because a service holds it. */
	static String explain(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("lock") || message.contains("Lock")) {
				return "the store is in use by another process (a running service?): give its address with "
						+ "--service http://host:port, or stop it";
			}
		}
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "cannot open the graph: " + root.getMessage();
	}

}
