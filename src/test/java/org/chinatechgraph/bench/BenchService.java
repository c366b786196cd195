package org.chinatechgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.filter.SelectedIds;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.support.RoundTrips;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.EmbeddedNeo4jProperties;
import org.chinatechgraph.system.neo4j.EmbeddedNeo4jSecret;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as a benchmark runs it: its own embedded Neo4j in a given directory (Bolt on a free loopback port),
 * the seed graph off (the benchmark loads its own), the cache of aggregate reads off, and a counter of the Cypher statements it sends, which
 * watches only when asked to (so that it costs the timed requests nothing).
 */
final class BenchService implements AutoCloseable {

	/** How long the database lets any statement run: a margin less than the client waits. */
	static final java.time.Duration STATEMENT_TIMEOUT = HttpPost.TIMEOUT.minusSeconds(5);

	private final ConfigurableApplicationContext context;

	private final RoundTrips roundTrips = RoundTrips.onDemand();

	private final Path dataDir;

	BenchService(Path dataDir, boolean web, String... settings) {
		this.dataDir = dataDir.toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of("--ctg.embedded.data-dir=" + dataDir.toAbsolutePath(),
				"--ctg.embedded.bolt-port=0", "--ctg.seed.enabled=false", "--spring.main.banner-mode=off",
				"--server.port=0", "--logging.level.root=WARN",
				// a benchmark times the reads themselves, not answers kept from the last round; those that time what
				// a user meets turn the cache back on
				"--ctg.read-cache.enabled=false",
				// nor the landing questions the service asks itself at a first start
				"--ctg.explorer.warm-up=false",
				// a statement that sets no timeout of its own (the library's) is stopped before the benchmark's client
				// stops waiting for it (HttpPost), not minutes later while the next measurement runs
				"--ctg.limits.write-timeout=" + STATEMENT_TIMEOUT.toSeconds() + "s"));
		if (!web) {
			arguments.add("--spring.main.web-application-type=none");
		}
		for (String setting : settings) {
			// a setting given replaces the default of the same name
			String name = setting.substring(0, Math.max(0, setting.indexOf('=')));
			arguments.removeIf(argument -> !name.isEmpty() && argument.startsWith("--" + name + "="));
			arguments.add("--" + setting);
		}
		this.context = new SpringApplicationBuilder(ChinaTechGraphApplication.class)
			.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(this.roundTrips))
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * The service with its table of projects on, as it runs by default, but keeping no answers (the cache of reads
	 * holds none): returned once the table is read and answers pages.
	 */
	static BenchService withTable(Path dataDir) throws InterruptedException {
		var service = new BenchService(dataDir, true, "ctg.read-cache.enabled=true", "ctg.read-cache.max-entries=0",
				"ctg.read-cache.max-rows=0", "ctg.read-cache.refresh-entries=0", "ctg.read-cache.warm-entries=0");
		var table = service.bean(SelectedIds.class);
		var all = new Selection("Project", List.of());
		long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
		while (table.page(all, new SortOrder("NAME", "ASC"), 0, 1).isEmpty()) {
			if (System.nanoTime() > end) {
				service.close();
				throw new BenchmarkException("the table of projects was not read within 5 minutes");
			}
			Thread.sleep(500);
		}
		return service;
	}

	/** The store the {@code --data} option names (the small graph's by default), or a message that there is none. */
	static Path store(BenchArgs options) {
		Path data = Path.of(options.string("data", "target/bench/db-small/loader"));
		if (!java.nio.file.Files.isDirectory(data.resolve("data"))) {
			throw new BenchmarkException("no Neo4j store in " + data + "; load one with bench/load.sh first");
		}
		return data;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	RoundTrips roundTrips() {
		return this.roundTrips;
	}

	String boltUri() {
		return bean(Neo4jConnectionDetails.class).getUri().toString();
	}

	/** The password of Neo4j's user neo4j on the service's embedded database: configured, or its data directory's. */
	String boltPassword() {
		String configured = this.context.getEnvironment().getProperty("ctg.embedded.auth-password");
		if (configured != null && !configured.isEmpty()) {
			return configured;
		}
		try {
			return EmbeddedNeo4jSecret.read(this.dataDir.resolve(EmbeddedNeo4jSecret.FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The login of the service's own driver on its embedded database. */
	AuthToken boltAuth() {
		return AuthTokens.basic(EmbeddedNeo4jProperties.USER, boltPassword());
	}

	String graphQlUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort() + "/graphql";
	}

	@Override
	public void close() {
		this.context.close();
	}

}
