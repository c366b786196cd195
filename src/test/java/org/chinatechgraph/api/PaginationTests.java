package org.chinatechgraph.api;

import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cursor pagination: pages join up to the whole list, in order, with no gaps or repeats, at every size. */
class PaginationTests extends ServiceTest {

	@Test
	void pagesOfTwoWalkTheWholeListInOrder() {
		List<String> all = this.graphQl.document("{ projects(first: 100) { edges { node { id } } } }")
			.execute()
			.path("projects.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(all).hasSizeGreaterThan(4).doesNotHaveDuplicates();

		List<String> walked = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = this.graphQl.document("""
					query Page($after: String) {
					  projects(first: 2, after: $after) {
					    totalCount
					    edges { cursor node { id } }
					    pageInfo { hasNextPage hasPreviousPage endCursor }
					  }
					}""").variable("after", after).execute();
			assertThat(response.path("projects.totalCount").entity(Integer.class).get()).isEqualTo(all.size());
			assertThat(response.path("projects.pageInfo.hasPreviousPage").entity(Boolean.class).get())
				.isEqualTo(after != null);
			walked.addAll(response.path("projects.edges[*].node.id").entityList(String.class).get());
			hasNext = response.path("projects.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("projects.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(walked).isEqualTo(all);
		assertThat(pages).isEqualTo((all.size() + 1) / 2);
	}

	/**
	 * A list whose count is not asked for is only sorted as far as the page's end: its pages, cursors and
	 * {@code hasNextPage} must be those of the counted list, for a whole label, a list reached from a place, and
	 * a filtered one, at every page size.
	 */
	@Test
	void pagesAreTheSameWhetherOrNotTheCountIsAsked() {
		for (String list : List.of("projects(filter: $filter, first: $first, after: $after)",
				"organizations(first: $first, after: $after, orderBy: {field: NAME, direction: DESC})")) {
			List<String> filters = list.contains("$filter") ? List.of("{}", "{place: province:jiangsu}", "{status: OPERATING}")
					: List.of("{}");
			for (String filter : filters) {
				for (int size : new int[] { 1, 2, 3 }) {
					var counted = walk(list, filter, size, "totalCount");
					var uncounted = walk(list, filter, size, "");
					assertThat(uncounted).as("%s %s by %d", list, filter, size).isEqualTo(counted);
					assertThat(counted.getLast()).as("the walk ends").contains("hasNextPage=false");
				}
			}
		}
	}

	/** Each page of the list, walked to its end, as its ids, cursors and page info. */
	private List<String> walk(String list, String filter, int size, String count) {
		String field = list.substring(0, list.indexOf('('));
		String document = """
				query Walk($first: Int, $after: String%s) {
				  %s { %s edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
				}""".formatted(list.contains("$filter") ? ", $filter: ProjectFilter" : "", list, count);
		List<String> pages = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 200; page++) {
			var request = this.graphQl.document(document).variable("first", size).variable("after", after);
			var response = (list.contains("$filter") ? request.variable("filter", parse(filter)) : request).execute();
			var info = response.path(field + ".pageInfo").entity(java.util.Map.class).get();
			pages.add(response.path(field + ".edges").entityList(Object.class).get() + " hasNextPage="
					+ info.get("hasNextPage") + " " + info);
			if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
				return pages;
			}
			after = (String) info.get("endCursor");
		}
		throw new AssertionError("the walk did not end");
	}

	private static java.util.Map<String, Object> parse(String filter) {
		return switch (filter) {
			case "{}" -> java.util.Map.of();
			case "{status: OPERATING}" -> java.util.Map.of("status", "OPERATING");
			default -> java.util.Map.of("place", "province:jiangsu");
		};
	}

	@Test
	void anEmptyPageStillCounts() {
		this.graphQl.document("{ projects(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }")
			.execute()
			.path("projects.edges").entityList(Object.class).hasSize(0)
			.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("projects.pageInfo.endCursor").valueIsNull()
			.path("projects.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isPositive());
	}

	@Test
	void aPagePastTheEndIsEmpty() {
		String last = this.graphQl.document("{ projects(first: 100) { pageInfo { endCursor } } }")
			.execute()
			.path("projects.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document("query($after: String) { projects(after: $after) { edges { cursor } pageInfo { hasNextPage } } }")
			.variable("after", last)
			.execute()
			.path("projects.edges").entityList(Object.class).hasSize(0)
			.path("projects.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void sortingByAmountPutsProjectsWithoutOneLastEitherWay() {
		for (String direction : List.of("ASC", "DESC")) {
			List<Double> amounts = this.graphQl.document("""
					query($direction: Direction!) {
					  projects(first: 100, orderBy: {field: AMOUNT, direction: $direction}) { edges { node { investment { cny } } } }
					}""").variable("direction", direction).execute()
				.path("projects.edges[*].node.investment")
				.entityList(Object.class)
				.get()
				.stream()
				.map(money -> money == null ? null : ((Number) ((java.util.Map<?, ?>) money).get("cny")).doubleValue())
				.toList();
			int firstNull = amounts.indexOf(null);
			List<Double> stated = firstNull < 0 ? amounts : amounts.subList(0, firstNull);
			assertThat(stated).isNotEmpty();
			if (firstNull >= 0) {
				assertThat(amounts.subList(firstNull, amounts.size())).containsOnlyNulls();
			}
			assertThat(stated).isSortedAccordingTo(direction.equals("ASC") ? java.util.Comparator.<Double>naturalOrder()
					: java.util.Comparator.<Double>reverseOrder());
		}
	}

}
