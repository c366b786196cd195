package org.chinatechgraph.sector;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The sectors room on the seed graph: a sector's members and project count, the list by name. */
@GraphQlTest(SectorController.class)
@GraphQlSlice
class SectorControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void aSectorAnswersItsMembersAndProjectCount() {
		this.graphQl.document("{ sector(id: \"sector:led\") { members { id } projectCount } }")
			.execute()
			.path("sector.members[*].id").entityList(String.class).contains("project:tianyou-led-and-advanced-packaging")
			.path("sector.projectCount").entity(Integer.class).satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(1));
	}

	@Test
	void sectorsByNameAreSortedAndCounted() {
		this.graphQl.document("{ sectors(orderBy: {field: NAME}, first: 100) { totalCount edges { node { name } } } }")
			.execute()
			.path("sectors.edges[*].node.name").entityList(String.class)
			.satisfies(names -> assertThat(names).isNotEmpty().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER));
	}

}
