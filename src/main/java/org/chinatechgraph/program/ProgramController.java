package org.chinatechgraph.program;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.system.Connection;
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

	private final GraphQueries graph;

	private final ProgramQueries programs;

	private final LinkFields links;

	ProgramController(GraphQueries graph, ProgramQueries programs, LinkFields links) {
		this.graph = graph;
		this.programs = programs;
		this.links = links;
	}

	@QueryMapping
	Program program(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Program.class, "program", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Program> programs(@Argument ProgramFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.programs.list(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
	}

}
