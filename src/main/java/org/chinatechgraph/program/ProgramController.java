package org.chinatechgraph.program;

import java.util.HashMap;
import java.util.Map;

import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Programs (batch announcements): lookups and the list. Their member projects, announcers, places and sectors are
 * link fields ({@link ProgramLinks}).
 */
@Controller
class ProgramController {

	static final NodeLists.Definition LIST = new NodeLists.Definition("Program", NodeLists.NAME_MATCHES + """

			AND ($place IS NULL OR %s)
			AND ($years IS NULL OR n.year IN $years)""".formatted(Containment.inside("Program", "place")),
			Map.of("NAME", "toLower(n.name)", "AMOUNT", "n.investmentCny", "YEAR", "n.year"));

	private final GraphQueries graph;

	private final NodeLists lists;

	private final LinkFields links;

	ProgramController(GraphQueries graph, NodeLists lists, LinkFields links) {
		this.graph = graph;
		this.lists = lists;
		this.links = links;
	}

	@QueryMapping
	Program program(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Program.class, "program", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Program> programs(@Argument ProgramFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		var f = filter == null ? new ProgramFilter(null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("years", Filters.orNull(f.years()));
		return this.lists.page(LIST, p, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
	}

}
