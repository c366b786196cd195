package org.chinatechgraph.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/** The Cypher of the project room. */
@Repository
class ProjectQueries {

	static final NodeLists.Definition LIST = new NodeLists.Definition("Project", "true",
			Map.of("NAME", "toLower(n.name)", "AMOUNT", "n.investmentCny", "SIGNED_ON", "n.signedStart", "YEAR",
					"n.year"));

	/** The nearest place of a level above each project, through its parks and places. */
	private static final String ENCLOSING_PLACE = """
			UNWIND $ids AS id
			MATCH (p:Project {id: id})
			CALL (p) {
			  MATCH path = (p)%s(n:$($level))
			  RETURN n ORDER BY length(path) LIMIT 1
			}
			RETURN id, n {.*, labels: labels(n)} AS n
			""".formatted(Containment.up("Project"));

	private final ReadCypher reads;

	private final NodeLists lists;

	private final ProjectSelection selection;

	ProjectQueries(ReadCypher reads, NodeLists lists, ProjectSelection selection) {
		this.reads = reads;
		this.lists = lists;
		this.selection = selection;
	}

	Connection<Project> list(ProjectFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		return this.lists.page(LIST, this.selection.of(filter), order, page, prefetch);
	}

	/** For each project id, its province or city ({@code level} is the label). */
	Map<String, Place> enclosing(List<String> ids, String level) {
		Map<String, Place> result = new HashMap<>();
		this.reads.rows(ENCLOSING_PLACE, Map.of("ids", ids, "level", level))
			.forEach(row -> result.put((String) row.get("id"), GraphNodes.as(row.get("n"), Place.class)));
		return result;
	}

}
