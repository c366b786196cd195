package org.chinatechgraph.sector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import org.springframework.stereotype.Repository;

/** The Cypher of the sectors' room: their list and how many projects each has. */
@Repository
class SectorQueries {

	private static final String PROJECT_COUNT = "COUNT { (:Project)-[:IN_SECTOR]->(n) }";

	private static final NodeLists.Definition LIST = new NodeLists.Definition("Sector", NodeLists.NAME_MATCHES,
			Map.of("NAME", "toLower(n.name)", "PROJECT_COUNT", PROJECT_COUNT));

	private final GraphQueries graph;

	private final NodeLists lists;

	SectorQueries(GraphQueries graph, NodeLists lists) {
		this.graph = graph;
		this.lists = lists;
	}

	Connection<Sector> list(SectorFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(filter == null ? null : filter.name()));
		return this.lists.page(LIST, p, order, page, prefetch);
	}

	/** The number of projects in each sector, by id. */
	Map<String, Integer> projectCounts(List<String> ids) {
		return this.graph.counts(ids, PROJECT_COUNT);
	}

}
