package org.chinatechgraph.place;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The parks room on the seed graph: the list by sector and place, a park's tenants and where it lies. */
@GraphQlTest(ParkController.class)
@GraphQlSlice
class ParkControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void parksHostingSemiconductorProjects() {
		this.graphQl.document("{ parks(filter: {sector: \"semiconductors\"}) { edges { node { id projectCount } } } }")
			.execute()
			.path("parks.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("park:anyuan-industrial-park", "park:jiaxing-technology-city"))
			.path("parks.edges[*].node.projectCount")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts).allMatch(count -> count >= 1));
	}

	@Test
	void aParkAnswersItsTenantsAndWhereItLies() {
		this.graphQl.document("""
				{ park(id: "park:anyuan-industrial-park") { tenants { subject { id } } locations { location { id } } } }""")
			.execute()
			.path("park.tenants[*].subject.id").entityList(String.class).contains("project:tianyou-led-and-advanced-packaging")
			.path("park.locations[0].location.id").entity(String.class).isEqualTo("district:anyuan");
	}

	@Test
	void parksInAPlaceAreThoseInsideIt() {
		this.graphQl.document("{ parks(filter: {place: \"Jiangxi\"}) { edges { node { id } } } }")
			.execute()
			.path("parks.edges[*].node.id")
			.entityList(String.class)
			.contains("park:anyuan-industrial-park")
			.satisfies(ids -> assertThat(ids).doesNotContain("park:jiaxing-technology-city"));
	}

}
