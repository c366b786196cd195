package org.chinatechgraph.place;

import java.util.List;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The places room on the gazetteer and the seed graph: lists by level, containment and code; each place's links. */
@GraphQlTest(PlaceController.class)
@GraphQlSlice
class PlaceControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void placesListByLevelWithinAndCodePrefix() {
		// 13 prefecture-level cities, 95 county-level divisions and the town of Fenhu
		this.graphQl.document("{ places(filter: {within: \"Jiangsu\"}, orderBy: {field: CODE}) { totalCount edges { node { id } } } }")
			.execute()
			.path("places.totalCount").entity(Integer.class).isEqualTo(109)
			.path("places.edges[0].node.id").entity(String.class).isEqualTo("city:nanjing");
		this.graphQl.document("{ places(filter: {within: \"Suzhou\"}, orderBy: {field: CODE}) { edges { node { id } } } }")
			.execute()
			.path("places.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(10).contains("district:wujiang", "district:kunshan", "town:fenhu"));
		this.graphQl.document("{ places(filter: {codePrefix: \"33\", levels: [CITY]}) { totalCount } }")
			.execute()
			.path("places.totalCount").entity(Integer.class).isEqualTo(11);
	}

	/** A relationship list without first is whole (Guangdong has 21 prefecture-level cities); first keeps its first. */
	@Test
	void aListWithoutFirstIsWholeAndFirstKeepsTheFirstByName() {
		var all = this.graphQl.document("{ place(id: \"province:guangdong\") { children { name } } }")
			.execute()
			.path("place.children[*].name").entityList(String.class).hasSize(21).get();
		assertThat(all).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		this.graphQl.document("{ place(id: \"province:guangdong\") { children(first: 5) { name } } }")
			.execute()
			.path("place.children[*].name").entityList(String.class).containsExactly(all.subList(0, 5).toArray(String[]::new));
	}

	@Test
	void aPlaceAnswersWhatIsInItItsParentAndItsChildren() {
		this.graphQl.document("""
				{ place(id: "district:anyuan") { level located { subject { id } } parent { id } children { id } } }""")
			.execute()
			.path("place.level").entity(String.class).isEqualTo("DISTRICT")
			.path("place.located[*].subject.id").entityList(String.class)
			.contains("park:anyuan-industrial-park", "government:anyuan-district-government")
			.path("place.parent.id").entity(String.class).isEqualTo("city:pingxiang");
	}

	@Test
	void aPlacesProjectCountCountsWhatIsInsideIt() {
		List<Integer> counts = this.graphQl.document("""
				{ a: place(id: "province:zhejiang") { projectCount } b: place(id: "city:jiaxing") { projectCount } }""")
			.execute()
			.path("$.data[*].projectCount").entityList(Integer.class).get();
		assertThat(counts.get(0)).isGreaterThanOrEqualTo(counts.get(1)).isGreaterThanOrEqualTo(1);
	}

}
