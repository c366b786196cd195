package org.chinatechgraph.place;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Park;
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
 * Parks: lookups, the list, the places each is in and its project count, each in one batch. Where it is, who is in
 * it, its partners and what it develops are link fields ({@link PlaceLinks}).
 */
@Controller
class ParkController {

	private final GraphQueries graph;

	private final PlaceQueries places;

	private final LinkFields links;

	ParkController(GraphQueries graph, PlaceQueries places, LinkFields links) {
		this.graph = graph;
		this.places = places;
		this.links = links;
	}

	@QueryMapping
	Park park(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Park.class, "park", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Park> parks(@Argument ParkFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.places.parks(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Place>> places(List<Park> parks) {
		return perParent(parks, this.places.ancestors(ids(parks)), List.of());
	}

	@BatchMapping(typeName = "Park")
	Map<Park, Integer> projectCount(List<Park> parks) {
		return perParent(parks, this.places.projectCounts(ids(parks)), 0);
	}

}
