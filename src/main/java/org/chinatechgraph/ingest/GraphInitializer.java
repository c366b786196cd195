package org.chinatechgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chinatechgraph.system.neo4j.ClasspathFiles;
import org.chinatechgraph.system.neo4j.CypherScript;
import org.chinatechgraph.system.neo4j.DatabaseAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.Resource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * On start, before the service takes requests: applies {@code cypher/schema.cypher}, then loads the seed fact
 * files (each one is skipped when the graph already holds it unchanged, so a restart duplicates nothing). When
 * the database is away, the service starts anyway and tries again in the background until it succeeds; its
 * health contribution ("graphInitializer") shows where it is.
 */
@Component
class GraphInitializer implements SmartInitializingSingleton, HealthIndicator, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final Neo4jClient neo4j;

	private final FactLoader loader;

	private final SeedProperties properties;

	private final AtomicBoolean ready = new AtomicBoolean();

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();

	private volatile String lastProblem = "not initialized yet";

	GraphInitializer(Neo4jClient neo4j, FactLoader loader, SeedProperties properties) {
		this.neo4j = neo4j;
		this.loader = loader;
		this.properties = properties;
	}

	/** Runs before the web server opens, so that no request ever sees a half-loaded seed graph. */
	@Override
	public void afterSingletonsInstantiated() {
		if (!tryInitialize(false)) {
			long every = this.properties.retryInterval().toMillis();
			this.retries.scheduleWithFixedDelay(() -> {
				if (tryInitialize(true)) {
					this.retries.shutdown();
				}
			}, every, every, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Applies the schema and loads the seed; false when the database is away. At start, any other failure
	 * (a broken seed file) stops the service; in the background retries it is logged and tried again.
	 */
	private boolean tryInitialize(boolean retrying) {
		try {
			for (String statement : CypherScript.load("cypher/schema.cypher").statements()) {
				this.neo4j.query(statement).run();
			}
			if (this.properties.enabled()) {
				for (Resource resource : seedFiles()) {
					var result = this.loader.load(ClasspathFiles.text(resource).getBytes(StandardCharsets.UTF_8),
							resource.getFilename());
					log.info("Seed {}: {} ({} nodes, {} relationships)", result.sourceId(), result.outcome(),
							result.nodes(), result.relationships());
				}
			}
			this.ready.set(true);
			this.lastProblem = null;
			return true;
		}
		catch (RuntimeException ex) {
			if (DatabaseAvailability.isUnavailable(ex)) {
				this.lastProblem = "database unavailable: " + ex.getMessage();
				log.warn("Cannot initialize the graph yet ({}); trying again in {}", ex.getMessage(),
						this.properties.retryInterval());
				return false;
			}
			if (!retrying) {
				throw ex;
			}
			this.lastProblem = "initialization failed: " + ex.getMessage();
			log.error("Initializing the graph failed; trying again in {}", this.properties.retryInterval(), ex);
			return false;
		}
	}

	private List<Resource> seedFiles() {
		return this.properties.locations().stream().flatMap(location -> ClasspathFiles.list(location).stream()).toList();
	}

	@Override
	public Health health() {
		return this.ready.get() ? Health.up().withDetail("seed", this.properties.enabled()).build()
				: Health.down().withDetail("problem", this.lastProblem).build();
	}

	@Override
	public void destroy() {
		this.retries.shutdownNow();
	}

}
