package org.chinatechgraph.sector;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.LinkField;
import org.chinatechgraph.graph.Sector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.chinatechgraph.graph.LinkField.Direction.INCOMING;

/** The relationships of a sector that its fields list. */
@Configuration(proxyBeanMethods = false)
class SectorLinks {

	@Bean
	LinkField.Group sectorLinkFields() {
		return new LinkField.Group(LinkField.<Sector>of("Sector", "members", "IN_SECTOR", INCOMING, Entity.class,
				Entity.class, LinkField.SELF, (s, link) -> link.other()));
	}

}
