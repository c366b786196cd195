package org.chinatechgraph.organization;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Prefetch;
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
 * Organizations: lookups, the filtered list, and how many projects each has, in one batch. The relationships of an
 * organization are its link fields ({@link OrganizationLinks}).
 */
@Controller
class OrganizationController {

	private final GraphQueries graph;

	private final OrganizationQueries organizations;

	private final LinkFields links;

	OrganizationController(GraphQueries graph, OrganizationQueries organizations, LinkFields links) {
		this.graph = graph;
		this.organizations = organizations;
		this.links = links;
	}

	@QueryMapping
	Organization organization(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Organization.class, "organization", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument OrganizationFilter filter, @Argument SortOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return this.organizations.list(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, Integer> projectCount(List<Organization> orgs) {
		return perParent(orgs, this.organizations.projectCounts(ids(orgs)), 0);
	}

}
