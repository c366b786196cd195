package org.chinatechgraph.organization;

import org.chinatechgraph.graph.Affiliation;
import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.Investment;
import org.chinatechgraph.graph.LinkField;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Ownership;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Sector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.chinatechgraph.graph.LinkField.Direction.EITHER;
import static org.chinatechgraph.graph.LinkField.Direction.INCOMING;
import static org.chinatechgraph.graph.LinkField.Direction.OUTGOING;

/**
 * The relationships of an organization that its fields list. {@code investments(first)} keeps the first ones by
 * name: a firm that invests everywhere has thousands, and the limit is applied in Cypher, per organization.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationLinks {

	@Bean
	LinkField.Group organizationLinkFields() {
		return new LinkField.Group(
				LinkField.<Organization>of("Organization", "investments", "INVESTS_IN", OUTGOING, Project.class,
						Investment.class, "project",
						(o, link) -> new Investment(o, (Project) link.other(), link.money("amount"), link.sources()))
					.takingFirst(),
				LinkField.<Organization>of("Organization", "developments", "DEVELOPS", OUTGOING, Project.class,
						Development.class, "project",
						(o, link) -> new Development(o, (Project) link.other(), link.sources())),
				LinkField.<Organization>of("Organization", "partnerships", "PARTNERS_WITH", EITHER, Entity.class,
						Partnership.class, "partner", Partnership::of),
				LinkField.<Organization>of("Organization", "locations", "LOCATED_IN", OUTGOING, Entity.class,
						Placement.class, "location", (o, link) -> new Placement(o, link.other(), link.sources())),
				LinkField.<Organization>of("Organization", "parentOrganizations", "PART_OF", OUTGOING,
						Organization.class, Affiliation.class, "parent",
						(o, link) -> new Affiliation(o, (Organization) link.other(), link.sources())),
				LinkField.<Organization>of("Organization", "units", "PART_OF", INCOMING, Organization.class,
						Affiliation.class, "unit",
						(o, link) -> new Affiliation((Organization) link.other(), o, link.sources())),
				LinkField.<Organization>of("Organization", "parentCompanies", "SUBSIDIARY_OF", OUTGOING,
						Organization.class, Ownership.class, "parent",
						(o, link) -> new Ownership(o, (Organization) link.other(), link.sources())),
				LinkField.<Organization>of("Organization", "subsidiaries", "SUBSIDIARY_OF", INCOMING,
						Organization.class, Ownership.class, "subsidiary",
						(o, link) -> new Ownership((Organization) link.other(), o, link.sources())),
				LinkField.<Organization>of("Organization", "announcements", "ANNOUNCED", OUTGOING, Entity.class,
						Announcement.class, "subject", (o, link) -> new Announcement(o, link.other(), link.sources())),
				LinkField.<Organization>of("Organization", "sectors", "IN_SECTOR", OUTGOING, Sector.class, Sector.class,
						LinkField.SELF, (o, link) -> link.other()));
	}

}
