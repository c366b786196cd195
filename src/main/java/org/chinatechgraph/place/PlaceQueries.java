package org.chinatechgraph.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Park;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Values;
import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/** The Cypher of the place room: places, parks and the hierarchy between them. */
@Repository
class PlaceQueries {

	/** Projects located anywhere inside {@code n}. */
	private static final String PROJECTS_INSIDE = "COUNT { (n)" + Containment.down("Project") + "(:Project) }";

	static final NodeLists.Definition PLACES = new NodeLists.Definition("Place", NodeLists.NAME_MATCHES + """

			AND ($levels IS NULL OR any(l IN labels(n) WHERE l IN $levels))
			AND ($within IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..4]->(:Place {id: $within}) })
			AND ($codePrefix IS NULL OR n.code STARTS WITH $codePrefix)""",
			Map.of("NAME", "toLower(n.name)", "CODE", "n.code", "PROJECT_COUNT", PROJECTS_INSIDE));

	static final NodeLists.Definition PARKS = new NodeLists.Definition("Park", NodeLists.NAME_MATCHES + """

			AND ($place IS NULL OR %s)
			AND ($sector IS NULL OR EXISTS { MATCH (n)<-[:LOCATED_IN]-(:Project)-[:IN_SECTOR]->(:Sector {id: $sector}) })"""
			.formatted(Containment.inside("Park", "place")),
			Map.of("NAME", "toLower(n.name)", "PROJECT_COUNT", PROJECTS_INSIDE));

	private static final String ANCESTORS = """
			UNWIND $ids AS id
			MATCH path = (:Entity {id: id})%s(n:Place)
			WITH id, n, min(length(path)) AS distance
			ORDER BY distance
			RETURN id, collect(n {.*, labels: labels(n)}) AS places
			""".formatted(Containment.up("Entity"));


	private final ReadCypher reads;

	private final NodeLists lists;

	private final GraphQueries graph;

	PlaceQueries(ReadCypher reads, NodeLists lists, GraphQueries graph) {
		this.reads = reads;
		this.lists = lists;
		this.graph = graph;
	}

	Connection<Place> places(PlaceFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		var f = filter == null ? new PlaceFilter(null, null, null, null) : filter;
		if (f.codePrefix() != null && !f.codePrefix().matches("\\d{1,6}")) {
			throw new BadRequestException("codePrefix must be 1 to 6 digits, not '" + f.codePrefix() + "'");
		}
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("levels", Filters.labels(f.levels()));
		p.put("within", this.graph.resolvePlace(f.within()));
		p.put("codePrefix", f.codePrefix());
		return this.lists.page(PLACES, p, order, page, prefetch);
	}

	Connection<Park> parks(ParkFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		var f = filter == null ? new ParkFilter(null, null, null) : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("sector", this.graph.resolveSector(f.sector()));
		return this.lists.page(PARKS, p, order, page, prefetch);
	}

	/** The places each node is in, nearest first. */
	Map<String, List<Place>> ancestors(List<String> ids) {
		Map<String, List<Place>> result = new HashMap<>();
		this.reads.rows(ANCESTORS, Map.of("ids", ids)).forEach(row -> {
			List<Place> places = new ArrayList<>();
			Values.list(row, "places").forEach(n -> places.add(GraphNodes.as(n, Place.class)));
			result.put((String) row.get("id"), places);
		});
		return result;
	}

	/** How many projects are located anywhere inside each place or park. */
	Map<String, Integer> projectCounts(List<String> ids) {
		return this.graph.counts(ids, PROJECTS_INSIDE);
	}

}
