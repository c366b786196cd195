package org.chinatechgraph.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * The read API whole, as a slice ({@link ReadApiSlice}): the controllers of every room that answers queries (not
 * the mutations, the ingest, the consoles) over the {@link ReadSide}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = { "org.chinatechgraph.node", "org.chinatechgraph.organization",
		"org.chinatechgraph.partnership", "org.chinatechgraph.place", "org.chinatechgraph.program",
		"org.chinatechgraph.project", "org.chinatechgraph.provenance", "org.chinatechgraph.search",
		"org.chinatechgraph.sector", "org.chinatechgraph.summary" }, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(Controller.class))
@Import(ReadSide.class)
public class ReadApi {

}
