package org.chinatechgraph.provenance;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The articles room: an article's mentions and their count; a node's sources, each with its article. */
@GraphQlTest({ ArticleController.class, SourceController.class })
@GraphQlSlice
class ArticleControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	/** An article's mentions and a node's sources, given first, are the first of the whole lists, cut per parent. */
	@Test
	void mentionsAndReportedInGivenFirstAreTheFirstOfTheirWholeLists() {
		String article = "article:advanced-packaging-2020-07";
		var all = this.graphQl.document("{ article(id: \"" + article + "\") { mentionCount mentions { entity { id } } } }")
			.execute()
			.path("article.mentions[*].entity.id").entityList(String.class).hasSizeGreaterThan(3)
			.contains("company:dongguan-tianyou-semiconductor").get();
		this.graphQl.document("{ article(id: \"" + article + "\") { mentionCount } }")
			.execute()
			.path("article.mentionCount").entity(Integer.class).isEqualTo(all.size());
		this.graphQl.document("{ a: article(id: \"" + article + "\") { mentions(first: 3) { entity { id } } } "
				+ "b: article(id: \"" + article + "\") { mentions(first: 1) { entity { id } } } }")
			.execute()
			.path("a.mentions[*].entity.id").entityList(String.class).containsExactly(all.subList(0, 3).toArray(String[]::new))
			.path("b.mentions[*].entity.id").entityList(String.class).containsExactly(all.getFirst());
	}

	@Test
	void articlesFilterByKindAndPublishedRange() {
		this.graphQl.document("{ articles(filter: {kind: \"news\"}, first: 100) { edges { node { kind } } } }")
			.execute()
			.path("articles.edges[*].node.kind").entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("news"));
		this.graphQl.document("{ articles(filter: {published: {from: \"2020-07\", to: \"2020-07\"}}) { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id").entityList(String.class).contains("article:advanced-packaging-2020-07");
	}

}
