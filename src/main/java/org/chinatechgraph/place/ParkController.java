package org.chinatechgraph.place;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Development;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Park;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Placement;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Projection;
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

/** Parks: lookups, the list, where they are and who is in them, each in one batch. */
@Controller
class ParkController {

	private final GraphQueries graph;

	private final PlaceQueries places;

	ParkController(GraphQueries graph, PlaceQueries places) {
		this.graph = graph;
		this.places = places;
	}

	@QueryMapping
	Park park(@Argument String id) {
		return this.graph.require(id, Park.class, "park");
	}

	@QueryMapping
	Connection<Park> parks(@Argument ParkFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.places.parks(filter, orderBy, Page.of(first, after, selection));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Placement>> locations(List<Park> parks, BatchLoaderEnvironment env) {
		return byParent(parks, this.graph.outgoing(ids(parks), "LOCATED_IN", Projection.of(env, "Park", "locations")),
				(p, link) -> new Placement(p, link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Place>> places(List<Park> parks) {
		return perParent(parks, this.places.ancestors(ids(parks)), List.of());
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Placement>> tenants(List<Park> parks, BatchLoaderEnvironment env) {
		return byParent(parks, this.graph.incoming(ids(parks), "LOCATED_IN", Projection.of(env, "Park", "tenants")),
				(p, link) -> new Placement(link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Partnership>> partnerships(List<Park> parks, BatchLoaderEnvironment env) {
		var links = this.graph.either(ids(parks), "PARTNERS_WITH",
				Projection.of(env, "Park", "partnerships"));
		return byParent(parks, links, Partnership::of);
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Development>> developments(List<Park> parks, BatchLoaderEnvironment env) {
		return byParent(parks, this.graph.outgoing(ids(parks), "DEVELOPS", Projection.of(env, "Park", "developments")),
				(p, link) -> new Development(p, (Project) link.other(), link.sources()));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, Integer> projectCount(List<Park> parks) {
		return perParent(parks, this.places.projectCounts(ids(parks)), 0);
	}

}
