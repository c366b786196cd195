package org.chinatechgraph.curation;

import java.security.Principal;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.security.Curates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Corrections to the graph by its curators: taking a source out with everything only it states. */
@Controller
class CurationController {

	private static final Logger log = LoggerFactory.getLogger(CurationController.class);

	private final FactLoader loader;

	CurationController(FactLoader loader) {
		this.loader = loader;
	}

	@MutationMapping
	@Curates
	public boolean retractArticle(@Argument String id, Principal caller) {
		boolean retracted = this.loader.retract(id);
		log.info("{} retracted article {}: {}", caller.getName(), id, retracted ? "done" : "unknown");
		return retracted;
	}

}
