package org.chinatechgraph.node;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Any node by id, whatever its kind, in the order asked; an unknown id is null in its place. */
@GraphQlTest(NodeController.class)
@GraphQlSlice
class NodeControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void nodeLooksUpAnyKindById() {
		this.graphQl.document("""
				{ nodes(ids: ["province:jiangxi", "article:kunshan-2021-11", "sector:led", "nope:nothing"]) {
				    id __typename } }""")
			.execute()
			.path("nodes[*].__typename").entityList(String.class).containsExactly("Place", "Article", "Sector")
			.path("nodes[3]").valueIsNull();
		this.graphQl.document("{ node(id: \"company:dongguan-tianyou-semiconductor\") { __typename ... on Organization { type } } }")
			.execute()
			.path("node.__typename").entity(String.class).isEqualTo("Organization")
			.path("node.type").entity(String.class).isEqualTo("COMPANY");
	}

}
