package org.chinatechgraph.organization;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Affiliation;
import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Ownership;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Placement;
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

/** Organizations: lookups, the filtered list, and every relationship of an organization, each in one batch. */
@Controller
class OrganizationController {

	private final GraphQueries graph;

	private final OrganizationQueries organizations;

	OrganizationController(GraphQueries graph, OrganizationQueries organizations) {
		this.graph = graph;
		this.organizations = organizations;
	}

	@QueryMapping
	Organization organization(@Argument String id) {
		return this.graph.require(id, Organization.class, "organization");
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument OrganizationFilter filter, @Argument SortOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.organizations.list(filter, orderBy, Page.of(first, after, selection));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Development>> developments(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "DEVELOPS",
				Projection.of(env, "Organization", "developments"));
		return byParent(orgs, links,
				(o, link) -> new Development(o, (Project) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Partnership>> partnerships(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.either(ids(orgs), "PARTNERS_WITH",
				Projection.of(env, "Organization", "partnerships"));
		return byParent(orgs, links, Partnership::of);
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Placement>> locations(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "LOCATED_IN",
				Projection.of(env, "Organization", "locations"));
		return byParent(orgs, links,
				(o, link) -> new Placement(o, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Affiliation>> parentOrganizations(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "PART_OF",
				Projection.of(env, "Organization", "parentOrganizations"));
		return byParent(orgs, links, Organization.class,
				(o, link) -> new Affiliation(o, (Organization) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Affiliation>> units(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(orgs), "PART_OF",
				Projection.of(env, "Organization", "units"));
		return byParent(orgs, links, Organization.class,
				(o, link) -> new Affiliation((Organization) link.other(), o, link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Ownership>> parentCompanies(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "SUBSIDIARY_OF",
				Projection.of(env, "Organization", "parentCompanies"));
		return byParent(orgs, links, Organization.class,
				(o, link) -> new Ownership(o, (Organization) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Ownership>> subsidiaries(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(orgs), "SUBSIDIARY_OF",
				Projection.of(env, "Organization", "subsidiaries"));
		return byParent(orgs, links, Organization.class,
				(o, link) -> new Ownership((Organization) link.other(), o, link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Announcement>> announcements(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "ANNOUNCED",
				Projection.of(env, "Organization", "announcements"));
		return byParent(orgs, links,
				(o, link) -> new Announcement(o, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Sector>> sectors(List<Organization> orgs, BatchLoaderEnvironment env) {
		var links = this.graph.outgoing(ids(orgs), "IN_SECTOR",
				Projection.of(env, "Organization", "sectors"));
		return byParent(orgs, links, (o, link) -> (Sector) link.other());
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, Integer> projectCount(List<Organization> orgs) {
		return perParent(orgs, this.organizations.projectCounts(ids(orgs)), 0);
	}

}
