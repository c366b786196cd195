package org.chinatechgraph.organization;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Affiliation;
import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Investment;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Ownership;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

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
			@Argument Integer first, @Argument String after) {
		return this.organizations.list(filter, orderBy, Page.of(first, after));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Investment>> investments(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "INVESTS_IN"),
				(o, link) -> new Investment(o, (Project) link.other(), link.money("amount"), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Development>> developments(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "DEVELOPS"),
				(o, link) -> new Development(o, (Project) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Partnership>> partnerships(List<Organization> orgs) {
		return byParent(orgs, this.graph.either(ids(orgs), "PARTNERS_WITH"), Partnership::of);
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Placement>> locations(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "LOCATED_IN"),
				(o, link) -> new Placement(o, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Affiliation>> parentOrganizations(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "PART_OF"), Organization.class,
				(o, link) -> new Affiliation(o, (Organization) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Affiliation>> units(List<Organization> orgs) {
		return byParent(orgs, this.graph.incoming(ids(orgs), "PART_OF"), Organization.class,
				(o, link) -> new Affiliation((Organization) link.other(), o, link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Ownership>> parentCompanies(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "SUBSIDIARY_OF"), Organization.class,
				(o, link) -> new Ownership(o, (Organization) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Ownership>> subsidiaries(List<Organization> orgs) {
		return byParent(orgs, this.graph.incoming(ids(orgs), "SUBSIDIARY_OF"), Organization.class,
				(o, link) -> new Ownership((Organization) link.other(), o, link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Announcement>> announcements(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "ANNOUNCED"),
				(o, link) -> new Announcement(o, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Sector>> sectors(List<Organization> orgs) {
		return byParent(orgs, this.graph.outgoing(ids(orgs), "IN_SECTOR"), (o, link) -> (Sector) link.other());
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, Integer> projectCount(List<Organization> orgs) {
		return perParent(orgs, this.organizations.projectCounts(ids(orgs)), 0);
	}

}
