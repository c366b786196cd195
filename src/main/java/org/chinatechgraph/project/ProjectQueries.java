package org.chinatechgraph.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.filter.Condition;
import org.chinatechgraph.filter.SelectedIds;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.ProjectSorts;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/** The Cypher of the project room. */
@Repository
class ProjectQueries {

	static final NodeLists.Definition LIST = new NodeLists.Definition("Project", "true", ProjectSorts.EXPRESSIONS);

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

	/**
	 * The most ids a list starts from: past them (a large sector over all years) the filter's own anchor reads about
	 * as much as the ids would, without a parameter of that size.
	 */
	private static final int MOST_IDS = 5_000;

	private final ReadCypher reads;

	private final NodeLists lists;

	private final ProjectSelection selection;

	private final SelectedIds ids;

	ProjectQueries(ReadCypher reads, NodeLists lists, ProjectSelection selection, SelectedIds ids) {
		this.reads = reads;
		this.lists = lists;
		this.selection = selection;
		this.ids = ids;
	}

	/**
	 * A page of the projects a filter selects: from the page's own ids, in order, when the table of projects knows them
	 * (a few lookups by id, whatever the selection's size); else from all the selected ids when those are known; else
	 * from the filter's anchor. Ids known beforehand are used only if the graph did not change meanwhile (else the
	 * page is read again the next way).
	 */
	Connection<Project> list(ProjectFilter filter, SortOrder order, Page page, Prefetch prefetch) {
		Selection selection = this.selection.of(filter);
		var inOrder = this.ids.page(selection, order == null ? LIST.defaultOrder() : order, page.offset(),
				page.fetchSize());
		if (inOrder.isPresent()) {
			Connection<Project> found = this.lists.page(LIST, inOrder.get().ids(), inOrder.get().total(), page,
					prefetch);
			if (inOrder.get().current().getAsBoolean()) {
				return found;
			}
		}
		var known = selection.conditions().isEmpty() ? java.util.Optional.<SelectedIds.Known>empty()
				: this.ids.projects(selection, MOST_IDS);
		if (known.isPresent()) {
			Connection<Project> found = this.lists.page(LIST,
					new Selection("Project", List.of(new Condition.AmongIds(known.get().ids()))), order, page, prefetch);
			if (known.get().current().getAsBoolean()) {
				return found;
			}
		}
		return this.lists.page(LIST, selection, order, page, prefetch);
	}

	/** For each project id, its province or city ({@code level} is the label). */
	Map<String, Place> enclosing(List<String> ids, String level) {
		Map<String, Place> result = new HashMap<>();
		this.reads.rows(ENCLOSING_PLACE, Map.of("ids", ids, "level", level))
			.forEach(row -> result.put((String) row.get("id"), GraphNodes.as(row.get("n"), Place.class)));
		return result;
	}

}
