package org.chinatechgraph.console;

import jakarta.servlet.http.HttpServletRequest;

import org.chinatechgraph.console.GraphStatus.Counts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The landing page's view of the graph (the page itself is {@code static/index.html}). */
@RestController
class ConsoleController {

	private static final Logger log = LoggerFactory.getLogger(ConsoleController.class);

	private final ConsoleQueries queries;

	private final BrowserConnection connection;

	ConsoleController(ConsoleQueries queries, BrowserConnection connection) {
		this.queries = queries;
		this.connection = connection;
	}

	/** The graph's counts, or why there are none: a database that is away is an answer here, not an error. */
	@GetMapping("/console/status")
	GraphStatus status(HttpServletRequest request) {
		String bolt = this.connection.boltUrl(request.getServerName());
		try {
			Counts counts = this.queries.counts();
			return new GraphStatus(true, bolt, null, counts);
		}
		catch (RuntimeException ex) {
			log.debug("Neo4j did not answer the landing page", ex);
			return new GraphStatus(false, bolt, NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), null);
		}
	}

}
