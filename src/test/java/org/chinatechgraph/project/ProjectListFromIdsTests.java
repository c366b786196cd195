package org.chinatechgraph.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chinatechgraph.filter.SelectedIds;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.ProjectSorts;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.graph.Prefetch;
import org.chinatechgraph.support.CypherRunner;
import org.chinatechgraph.support.ReadApiTest;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;
import org.chinatechgraph.system.neo4j.ReadCypher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of projects started from their ids (known beforehand, as the summary's table of projects knows them while
 * the graph is unchanged) gives the pages the filter's own anchor gives: the same projects in the same order, the
 * same count, for each filter and order; so does a page started from its own ids in order (as the table knows each
 * page); and when the ids are no longer current, the list is read again the usual way.
 */
class ProjectListFromIdsTests extends ReadApiTest {

	private static final List<ProjectFilter> FILTERS = List.of(
			new ProjectFilter(null, "province:jiangxi", null, null, null, null, null, null, null),
			new ProjectFilter(null, null, "sector:semiconductors", null, null, null, null, null, null),
			new ProjectFilter(null, null, null, null, null, null, List.of(2019, 2020, 2021, 2022, 2023), null, null),
			new ProjectFilter(null, "province:jiangxi", null, null, null, null, List.of(2019, 2020, 2021), null, null));

	@Autowired
	private ReadCypher reads;

	@Autowired
	private NodeLists lists;

	@Autowired
	private ProjectSelection selection;

	@Test
	void aListFromTheIdsIsTheListFromTheFilter() {
		var fromFilter = new ProjectQueries(this.reads, this.lists, this.selection, (s, most) -> Optional.empty());
		var fromIds = new ProjectQueries(this.reads, this.lists, this.selection,
				(s, most) -> Optional.of(new SelectedIds.Known(ids(s), () -> true)));
		for (var filter : FILTERS) {
			for (var order : List.of(new SortOrder("AMOUNT", "DESC"), new SortOrder("NAME", "ASC"))) {
				var page = new Page(0, 5, true);
				var expected = fromFilter.list(filter, order, page, Prefetch.NONE);
				assertThat(expected.totalCount()).as("projects of " + filter).isPositive();
				assertThat(fromIds.list(filter, order, page, Prefetch.NONE)).as(filter + " by " + order)
					.isEqualTo(expected);
			}
		}
	}

	@Test
	void aPageFromItsOwnIdsIsThePageFromTheFilter() {
		var fromFilter = new ProjectQueries(this.reads, this.lists, this.selection, (s, most) -> Optional.empty());
		var fromPages = fromPages();
		for (var filter : FILTERS) {
			for (var order : List.of(new SortOrder("AMOUNT", "DESC"), new SortOrder("NAME", "ASC"),
					new SortOrder("YEAR", "DESC"))) {
				for (var page : List.of(new Page(0, 5, true), new Page(1, 4, true), new Page(1, 3, false))) {
					var expected = fromFilter.list(filter, order, page, Prefetch.NONE);
					if (page.offset() == 0) {
						assertThat(expected.edges()).as("projects of " + filter).isNotEmpty();
					}
					assertThat(fromPages.list(filter, order, page, Prefetch.NONE)).as(filter + " by " + order + ", " + page)
						.isEqualTo(expected);
				}
			}
		}
		var noFilter = new ProjectFilter(null, null, null, null, null, null, null, null, null);
		assertThat(fromPages.list(noFilter, null, new Page(0, 7, true), Prefetch.NONE)).as("in the default order")
			.isEqualTo(fromFilter.list(noFilter, null, new Page(0, 7, true), Prefetch.NONE));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPageFromItsIdsReadsNoLabel() {
		var fromPages = fromPages();
		this.roundTrips.record();
		assertThat(fromPages.list(FILTERS.get(1), null, new Page(0, 5, true), Prefetch.NONE).edges()).hasSize(5);
		List<String> operators = new java.util.ArrayList<>();
		for (Object[] args : this.roundTrips.recorded()) {
			String cypher = args[0] instanceof org.neo4j.driver.Query query ? query.text() : String.valueOf(args[0]);
			Map<String, Object> parameters = args[0] instanceof org.neo4j.driver.Query query ? query.parameters().asMap()
					: (Map<String, Object>) args[1];
			if (!cypher.contains("$ids[i]")) {
				continue; // the test's own statement, which found the page's ids
			}
			var plan = this.neo4j.query("EXPLAIN " + cypher).bindAll(parameters).run().plan();
			operators(plan, operators);
		}
		assertThat(operators).as("the page's statement was sent").contains("ProduceResults")
			.noneMatch(operator -> operator.contains("LabelScan") || operator.contains("AllNodesScan")
					|| operator.contains("IndexScan"));
	}

	private static void operators(org.neo4j.driver.summary.Plan plan, List<String> into) {
		into.add(plan.operatorType().replaceAll("@.*", ""));
		plan.children().forEach(child -> operators(child, into));
	}

	@Test
	void aPageNoLongerCurrentIsNotUsed() {
		// a page that, were it used, would be empty: the list must be read again
		var stale = new ProjectQueries(this.reads, this.lists, this.selection, new SelectedIds() {

			@Override
			public Optional<Known> projects(Selection selection, int most) {
				return Optional.empty();
			}

			@Override
			public Optional<KnownPage> page(Selection selection, SortOrder order, int offset, int size) {
				return Optional.of(new KnownPage(0, List.of(), () -> false));
			}

		});
		var filter = FILTERS.get(1);
		var page = new Page(0, 5, true);
		var order = new SortOrder("NAME", "ASC");
		var fromFilter = new ProjectQueries(this.reads, this.lists, this.selection, (s, most) -> Optional.empty());
		assertThat(stale.list(filter, order, page, Prefetch.NONE)).as("read from the filter")
			.isEqualTo(fromFilter.list(filter, order, page, Prefetch.NONE));
		assertThat(stale.list(filter, order, page, Prefetch.NONE).edges()).hasSize(5);
	}

	/** Project queries whose ids are known only page by page, each page worked out from the graph's own order. */
	private ProjectQueries fromPages() {
		return new ProjectQueries(this.reads, this.lists, this.selection, new SelectedIds() {

			@Override
			public Optional<Known> projects(Selection selection, int most) {
				return Optional.empty();
			}

			@Override
			public Optional<KnownPage> page(Selection selection, SortOrder order, int offset, int size) {
				List<String> all = inOrder(selection, order);
				return Optional.of(new KnownPage(all.size(),
						all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())), () -> true));
			}

		});
	}

	/** The ids of the projects a selection selects, in the order the list's statement gives them. */
	private List<String> inOrder(Selection selection, SortOrder order) {
		String cypher = selection.cypher() + "\nWITH n, " + ProjectSorts.EXPRESSIONS.get(order.field())
				+ " AS sortKey ORDER BY sortKey IS NULL, sortKey " + order.direction() + ", n.id RETURN n.id AS id";
		return CypherRunner.of(this.neo4j)
			.rows(cypher, selection.parameters())
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
	}

	@Test
	void idsNoLongerCurrentAreNotUsed() {
		var filter = FILTERS.getFirst();
		var stale = new ProjectQueries(this.reads, this.lists, this.selection,
				(s, most) -> Optional.of(new SelectedIds.Known(List.of(), () -> false)));
		var page = new Page(0, 5, true);
		var order = new SortOrder("NAME", "ASC");
		assertThat(stale.list(filter, order, page, Prefetch.NONE).totalCount()).as("read from the filter")
			.isPositive();
	}

	private List<String> ids(org.chinatechgraph.filter.Selection selection) {
		return CypherRunner.of(this.neo4j)
			.rows(selection.cypher() + "\nRETURN n.id AS id", selection.parameters())
			.stream()
			.map(row -> (String) row.get("id"))
			.toList();
	}

}
