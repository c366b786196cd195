package org.chinatechgraph.project;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.chinatechgraph.graph.Lists.ids;
import static org.chinatechgraph.graph.Lists.perParent;

/**
 * Projects: lookups, the filtered list, and the province and city of each, loaded in one batch. The relationships
 * of a project are its link fields ({@link ProjectLinks}).
 */
@Controller
class ProjectController {

	private final GraphQueries graph;

	private final ProjectQueries projects;

	private final LinkFields links;

	ProjectController(GraphQueries graph, ProjectQueries projects, LinkFields links) {
		this.graph = graph;
		this.projects = projects;
		this.links = links;
	}

	@QueryMapping
	Project project(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Project.class, "project", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Project> projects(@Argument ProjectFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.projects.list(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
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
