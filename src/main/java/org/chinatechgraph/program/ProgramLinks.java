package org.chinatechgraph.program;

import org.chinatechgraph.graph.Announcement;
import org.chinatechgraph.graph.Entity;
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

/** The relationships of a program that its fields list. */
@Configuration(proxyBeanMethods = false)
class ProgramLinks {

	@Bean
	LinkField.Group programLinkFields() {
		return new LinkField.Group(
				LinkField.<Program>of("Program", "projects", "PART_OF", INCOMING, Project.class, Membership.class,
						"project", (p, link) -> new Membership((Project) link.other(), p, link.sources())),
				LinkField.<Program>of("Program", "announcedBy", "ANNOUNCED", INCOMING, Entity.class, Announcement.class,
						"announcer", (p, link) -> new Announcement(link.other(), p, link.sources())),
				LinkField.<Program>of("Program", "locations", "LOCATED_IN", OUTGOING, Entity.class, Placement.class,
						"location", (p, link) -> new Placement(p, link.other(), link.sources())),
				LinkField.<Program>of("Program", "sectors", "IN_SECTOR", OUTGOING, Sector.class, Sector.class,
						LinkField.SELF, (p, link) -> link.other()));
	}

}
