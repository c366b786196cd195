package org.chinatechgraph.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Placement;
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

/** Places: lookups, the list, and the hierarchy up and down, each in one batch. */
@Controller
class PlaceController {

	private final GraphQueries graph;

	private final PlaceQueries places;

	PlaceController(GraphQueries graph, PlaceQueries places) {
		this.graph = graph;
		this.places = places;
	}

	@QueryMapping
	Place place(@Argument String id) {
		return this.graph.require(id, Place.class, "place");
	}

	@QueryMapping
	Connection<Place> places(@Argument PlaceFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.places.places(filter, orderBy, Page.of(first, after, selection));
	}

	@BatchMapping(typeName = "Place")
	Map<Place, Place> parent(List<Place> places) {
		var ancestors = this.places.ancestors(ids(places));
		Map<Place, Place> result = new LinkedHashMap<>();
		places.forEach(p -> {
			var chain = ancestors.getOrDefault(p.id(), List.of());
			result.put(p, chain.isEmpty() ? null : chain.getFirst());
		});
		return result;
	}

	@BatchMapping(typeName = "Place")
	Map<Place, List<Place>> ancestors(List<Place> places) {
		return perParent(places, this.places.ancestors(ids(places)), List.of());
	}

	@BatchMapping(typeName = "Place")
	Map<Place, List<Place>> children(List<Place> places, BatchLoaderEnvironment env) {
		var links = this.graph.incoming(ids(places), "PART_OF",
				Projection.of(env, "Place", "children"));
		return byParent(places, links, Place.class,
				(p, link) -> (Place) link.other());
	}

	@BatchMapping(typeName = "Place")
	Map<Place, List<Placement>> located(List<Place> places, BatchLoaderEnvironment env) {
		return byParent(places, this.graph.incoming(ids(places), "LOCATED_IN", Projection.of(env, "Place", "located")),
				(p, link) -> new Placement(link.other(), p, link.sources()));
	}

	@BatchMapping(typeName = "Place")
	Map<Place, Integer> projectCount(List<Place> places) {
		return perParent(places, this.places.projectCounts(ids(places)), 0);
	}

}
