package org.chinatechgraph.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.filter.Condition;
import org.chinatechgraph.filter.Selection;
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

	/** Each project once, though the organization both invests in it and develops it. */
	private static final String PROJECT_COUNT = "COUNT { MATCH (n)-[:INVESTS_IN|DEVELOPS]->(p:Project) RETURN DISTINCT p }";

	static final NodeLists.Definition LIST = new NodeLists.Definition("Organization", "true",
			Map.of("NAME", "toLower(n.name)", "PROJECT_COUNT", PROJECT_COUNT));

	private final NodeLists lists;

	private final GraphQueries graph;

	OrganizationQueries(NodeLists lists, GraphQueries graph) {
		this.lists = lists;
		this.graph = graph;
	}

	Connection<Organization> list(OrganizationFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		var f = filter == null ? new OrganizationFilter(null, null, null, null, null) : filter;
		List<Condition> conditions = new ArrayList<>();
		String name = Filters.lowered(f.name());
		if (name != null) {
			conditions.add(new Condition.NameContains(name));
		}
		if (Filters.labels(f.types()) != null) {
			conditions.add(new Condition.OfLabels(Filters.labels(f.types())));
		}
		if (f.place() != null) {
			conditions.add(new Condition.Inside(this.graph.resolvePlace(f.place())));
		}
		if (f.sector() != null) {
			conditions.add(new Condition.InSector(this.graph.resolveSector(f.sector())));
		}
		if (f.country() != null) {
			conditions.add(new Condition.OfCountry(f.country()));
		}
		return this.lists.page(LIST, new Selection("Organization", conditions), order, page, prefetch);
	}

	/** How many projects each node (organization or park) invests in or develops. */
	Map<String, Integer> projectCounts(List<String> ids) {
		return this.graph.counts(ids, PROJECT_COUNT);
	}

}
