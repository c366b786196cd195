package org.chinatechgraph.sector;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.LinkFields;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Sector;
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
 * Sectors of the controlled vocabulary: lookups, the list and how many projects each has. What is in a sector is a
 * link field ({@link SectorLinks}).
 */
@Controller
class SectorController {

	private final GraphQueries graph;

	private final SectorQueries sectors;

	private final LinkFields links;

	SectorController(GraphQueries graph, SectorQueries sectors, LinkFields links) {
		this.graph = graph;
		this.sectors = sectors;
		this.links = links;
	}

	@QueryMapping
	Sector sector(@Argument String id, DataFetchingEnvironment env) {
		return this.graph.require(id, Sector.class, "sector", Prefetch.at(env, this.links));
	}

	@QueryMapping
	Connection<Sector> sectors(@Argument SectorFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return this.sectors.list(filter, orderBy, Page.of(first, after, env.getSelectionSet()),
				Prefetch.below(env, this.links));
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, Integer> projectCount(List<Sector> sectors) {
		return perParent(sectors, this.sectors.projectCounts(ids(sectors)), 0);
	}

}
