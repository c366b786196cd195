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
