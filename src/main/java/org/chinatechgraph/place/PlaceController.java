package org.chinatechgraph.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Place;
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
 * Places: lookups, the list, the places above each and its project count, each in one batch. Its children and what
 * is located in it are link fields ({@link PlaceLinks}).
 */
@Controller
class PlaceController {

	private final GraphQueries graph;

	private final PlaceQueries places;

	private final LinkFields links;

	PlaceController(GraphQueries graph, PlaceQueries places, LinkFields links) {
		this.graph = graph;
		this.places = places;
		this.links = links;
	}

	@QueryMapping
	Place place(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Place.class, "place", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Place> places(@Argument PlaceFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.places.places(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
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
	Map<Place, Integer> projectCount(List<Place> places) {
		return perParent(places, this.places.projectCounts(ids(places)), 0);
	}

}
