package org.chinatechgraph.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Membership;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Projection;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import org.dataloader.BatchLoaderEnvironment;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.chinatechgraph.graph.Lists.byParent;
import static org.chinatechgraph.graph.Lists.ids;

/** Programs (batch announcements): lookups, the list, their member projects, announcers and places. */
@Controller
class ProgramController {

	static final NodeLists.Definition LIST = new NodeLists.Definition("Program", NodeLists.NAME_MATCHES + """

			AND ($place IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: $place}) })
			AND ($years IS NULL OR n.year IN $years)""",
			Map.of("NAME", "toLower(n.name)", "AMOUNT", "n.investmentCny", "YEAR", "n.year"));

	private final GraphQueries graph;

	private final NodeLists lists;

	ProgramController(GraphQueries graph, NodeLists lists) {
		this.graph = graph;
		this.lists = lists;
	}

	@QueryMapping
	Program program(@Argument String id) {
		return this.graph.require(id, Program.class, "program");
	}

	@QueryMapping
	Connection<Program> programs(@Argument ProgramFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var f = filter == null ? new ProgramFilter(null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("years", Filters.orNull(f.years()));
		return this.lists.page(LIST, p, orderBy, Page.of(first, after, selection));
	}

	@BatchMapping(typeName = "Program")
	Map<Program, List<Membership>> projects(List<Program> programs, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(programs), "PART_OF",
				Projection.of(env, "Program", "projects"));
		return byParent(programs, links, Project.class,
				(p, link) -> new Membership((Project) link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Program")
	Map<Program, List<Announcement>> announcedBy(List<Program> programs, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(programs), "ANNOUNCED",
				Projection.of(env, "Program", "announcedBy"));
		return byParent(programs, links,
				(p, link) -> new Announcement(link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Program")
	Map<Program, List<Placement>> locations(List<Program> programs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(programs), "LOCATED_IN",
				Projection.of(env, "Program", "locations"));
		return byParent(programs, links,
				(p, link) -> new Placement(p, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Program")
	Map<Program, List<Sector>> sectors(List<Program> programs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(programs), "IN_SECTOR",
				Projection.of(env, "Program", "sectors"));
		return byParent(programs, links, (p, link) -> (Sector) link.other());
	}

}
