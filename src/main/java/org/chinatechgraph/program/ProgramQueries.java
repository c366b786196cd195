package org.chinatechgraph.program;

import java.util.HashMap;
import java.util.Map;

import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import org.springframework.stereotype.Repository;

/** The Cypher of the programs' room: their list (a program's own links are {@link ProgramLinks}). */
@Repository
class ProgramQueries {

	private static final NodeLists.Definition LIST = new NodeLists.Definition("Program", NodeLists.NAME_MATCHES + """

			AND ($place IS NULL OR %s)
			AND ($years IS NULL OR n.year IN $years)""".formatted(Containment.inside("Program", "place")),
			Map.of("NAME", "toLower(n.name)", "AMOUNT", "n.investmentCny", "YEAR", "n.year"));

	private final GraphQueries graph;

	private final NodeLists lists;

	ProgramQueries(GraphQueries graph, NodeLists lists) {
		this.graph = graph;
		this.lists = lists;
	}

	Connection<Program> list(ProgramFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		var f = filter == null ? new ProgramFilter(null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("years", Filters.orNull(f.years()));
		return this.lists.page(LIST, p, order, page, prefetch);
	}

}
