package org.chinatechgraph.place;

import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.LinkField;
import org.chinatechgraph.graph.Park;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Project;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.chinatechgraph.graph.LinkField.Direction.EITHER;
import static org.chinatechgraph.graph.LinkField.Direction.INCOMING;
import static org.chinatechgraph.graph.LinkField.Direction.OUTGOING;

/** The relationships of a place and of a park that their fields list. */
@Configuration(proxyBeanMethods = false)
class PlaceLinks {

	@Bean
	LinkField.Group placeLinkFields() {
		return new LinkField.Group(
				LinkField.<Place>of("Place", "children", "PART_OF", INCOMING, Place.class, Place.class, LinkField.SELF,
						(p, link) -> link.other()),
				LinkField.<Place>of("Place", "located", "LOCATED_IN", INCOMING, Entity.class, Placement.class, "subject",
						(p, link) -> new Placement(link.other(), p, link.sources())),
				LinkField.<Park>of("Park", "locations", "LOCATED_IN", OUTGOING, Entity.class, Placement.class, "location",
						(p, link) -> new Placement(p, link.other(), link.sources())),
				LinkField.<Park>of("Park", "tenants", "LOCATED_IN", INCOMING, Entity.class, Placement.class, "subject",
						(p, link) -> new Placement(link.other(), p, link.sources())),
				LinkField.<Park>of("Park", "partnerships", "PARTNERS_WITH", EITHER, Entity.class, Partnership.class,
						"partner", Partnership::of),
				LinkField.<Park>of("Park", "developments", "DEVELOPS", OUTGOING, Project.class, Development.class,
						"project", (p, link) -> new Development(p, (Project) link.other(), link.sources())));
	}

}
