package org.chinatechgraph.console;

import jakarta.servlet.http.HttpServletRequest;

import org.chinatechgraph.console.GraphStatus.Counts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The landing page's view of the graph (the page itself is {@code static/index.html}). */
@RestController
class ConsoleController {

	private static final Logger log = LoggerFactory.getLogger(ConsoleController.class);

	private static final String COUNTS = """
			RETURN COUNT { (:Project) } AS projects, COUNT { (:Organization) } AS organizations,
			       COUNT { (:Place) } AS places, COUNT { (:Park) } AS parks, COUNT { (:Program) } AS programs,
			       COUNT { (:Sector) } AS sectors, COUNT { (:Article) } AS articles,
			       COUNT { ()-[]->() } AS relationships
			""";

	private final Neo4jClient neo4j;

	private final BrowserConnection connection;

	ConsoleController(Neo4jClient neo4j, BrowserConnection connection) {
		this.neo4j = neo4j;
		this.connection = connection;
	}

	/** The graph's counts, or why there are none: a database that is away is an answer here, not an error. */
	@GetMapping("/console/status")
	GraphStatus status(HttpServletRequest request) {
		String bolt = this.connection.boltUrl(request.getServerName());
		try {
			Counts counts = this.neo4j.query(COUNTS)
				.fetchAs(Counts.class)
				.mappedBy((types, row) -> new Counts(row.get("projects").asLong(), row.get("organizations").asLong(),
						row.get("places").asLong(), row.get("parks").asLong(), row.get("programs").asLong(),
						row.get("sectors").asLong(), row.get("articles").asLong(), row.get("relationships").asLong()))
				.one()
				.orElseThrow();
			return new GraphStatus(true, bolt, null, counts);
		}
		catch (RuntimeException ex) {
			log.debug("Neo4j did not answer the landing page", ex);
			return new GraphStatus(false, bolt, NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), null);
		}
	}

}
