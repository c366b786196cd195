package org.chinatechgraph.project;

import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.Investment;
import org.chinatechgraph.graph.LinkField;
import org.chinatechgraph.graph.Membership;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Sector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.chinatechgraph.graph.LinkField.Direction.INCOMING;
import static org.chinatechgraph.graph.LinkField.Direction.OUTGOING;

/** The relationships of a project that its fields list. */
@Configuration(proxyBeanMethods = false)
class ProjectLinks {

	@Bean
	LinkField.Group projectLinkFields() {
		return new LinkField.Group(
				LinkField.<Project>of("Project", "investors", "INVESTS_IN", INCOMING, Entity.class, Investment.class,
						"investor", (p, link) -> new Investment(link.other(), p, link.money("amount"), link.sources())),
				LinkField.<Project>of("Project", "developers", "DEVELOPS", INCOMING, Entity.class, Development.class,
						"developer", (p, link) -> new Development(link.other(), p, link.sources())),
				LinkField.<Project>of("Project", "locations", "LOCATED_IN", OUTGOING, Entity.class, Placement.class,
						"location", (p, link) -> new Placement(p, link.other(), link.sources())),
				LinkField.<Project>of("Project", "sectors", "IN_SECTOR", OUTGOING, Sector.class, Sector.class,
						LinkField.SELF, (p, link) -> link.other()),
				LinkField.<Project>of("Project", "programs", "PART_OF", OUTGOING, Program.class, Membership.class,
						"program", (p, link) -> new Membership(p, (Program) link.other(), link.sources())),
				LinkField.<Project>of("Project", "announcedBy", "ANNOUNCED", INCOMING, Entity.class, Announcement.class,
						"announcer", (p, link) -> new Announcement(link.other(), p, link.sources())));
	}

}
