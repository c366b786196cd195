package org.chinatechgraph.project;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Investment;
import org.chinatechgraph.graph.Membership;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Projection;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.system.Connection;
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
import static org.chinatechgraph.graph.Lists.perParent;

/** Projects: lookups, the filtered list, and every relationship of a project, each loaded in one batch. */
@Controller
class ProjectController {

	private final GraphQueries graph;

	private final ProjectQueries projects;

	ProjectController(GraphQueries graph, ProjectQueries projects) {
		this.graph = graph;
		this.projects = projects;
	}

	@QueryMapping
	Project project(@Argument String id) {
		return this.graph.require(id, Project.class, "project");
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.projects.list(filter, orderBy, Page.of(first, after, selection));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Investment>> investors(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(projects), "INVESTS_IN",
				Projection.of(env, "Project", "investors"));
		return byParent(projects, links,
				(p, link) -> new Investment(link.other(), p, link.money("amount"), link.sources()));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Development>> developers(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(projects), "DEVELOPS",
				Projection.of(env, "Project", "developers"));
		return byParent(projects, links,
				(p, link) -> new Development(link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Placement>> locations(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(projects), "LOCATED_IN",
				Projection.of(env, "Project", "locations"));
		return byParent(projects, links,
				(p, link) -> new Placement(p, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Sector>> sectors(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(projects), "IN_SECTOR",
				Projection.of(env, "Project", "sectors"));
		return byParent(projects, links, (p, link) -> (Sector) link.other());
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Membership>> programs(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(projects), "PART_OF",
				Projection.of(env, "Project", "programs"));
		return byParent(projects, links, Program.class,
				(p, link) -> new Membership(p, (Program) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, List<Announcement>> announcedBy(List<Project> projects, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(projects), "ANNOUNCED",
				Projection.of(env, "Project", "announcedBy"));
		return byParent(projects, links,
				(p, link) -> new Announcement(link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Project")
	Map<Project, Place> province(List<Project> projects) {
		return enclosing(projects, "Province");
	}

	@BatchMapping(typeName = "Project")
	Map<Project, Place> city(List<Project> projects) {
		return enclosing(projects, "City");
	}

	private Map<Project, Place> enclosing(List<Project> projects, String level) {
		return perParent(projects, this.projects.enclosing(ids(projects), level), null);
	}

}
