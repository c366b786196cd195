package org.chinatechgraph.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import org.springframework.stereotype.Repository;

/** The Cypher of the organization room. */
@Repository
class OrganizationQueries {

	private static final String PROJECT_COUNT = "COUNT { (n)-[:INVESTS_IN|DEVELOPS]->(:Project) }";

	static final NodeLists.Definition LIST = new NodeLists.Definition("Organization", NodeLists.NAME_MATCHES + """

			AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
			AND ($place IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: $place}) })
			AND ($sector IS NULL OR EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector {id: $sector}) }
			     OR EXISTS { MATCH (n)-[:INVESTS_IN|DEVELOPS]->(:Project)-[:IN_SECTOR]->(:Sector {id: $sector}) })
			AND ($country IS NULL OR n.country = $country)""",
			Map.of("NAME", "toLower(n.name)", "PROJECT_COUNT", PROJECT_COUNT));

	private final NodeLists lists;

	private final GraphQueries graph;

	OrganizationQueries(NodeLists lists, GraphQueries graph) {
		this.lists = lists;
		this.graph = graph;
	}

	Connection<Organization> list(OrganizationFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		var f = filter == null ? new OrganizationFilter(null, null, null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("types", Filters.labels(f.types()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("sector", this.graph.resolveSector(f.sector()));
		p.put("country", f.country());
		return this.lists.page(LIST, p, order, page, prefetch);
	}

	/** How many projects each node (organization or park) invests in or develops. */
	Map<String, Integer> projectCounts(List<String> ids) {
		return this.graph.counts(ids, PROJECT_COUNT);
	}

}
