package org.chinatechgraph.search;

import java.util.List;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The search room on the seed graph and the gazetteer: names, aliases, typos, Chinese names, kinds. */
@GraphQlTest(SearchController.class)
@GraphQlSlice
class SearchControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	private List<String> searchIds(String text, String types) {
		return this.graphQl.document("query($text: String!) { search(text: $text%s) { entity { id } } }"
			.formatted(types == null ? "" : ", types: " + types)).variable("text", text).execute()
			.path("search[*].entity.id").entityList(String.class).get();
	}

	@Test
	void searchFindsNamesAliasesTyposAndChineseNames() {
		assertThat(searchIds("Tianyou", null)).first().isEqualTo("company:dongguan-tianyou-semiconductor");
		assertThat(searchIds("Dogguang", null)).contains("company:dongguan-tianyou-semiconductor");
		assertThat(searchIds("Xheijian", null)).first().isEqualTo("province:zhejiang");
		assertThat(searchIds("Pekin Universty", null)).first().isEqualTo("university:peking-university");
		assertThat(searchIds("北京大学", null)).first().isEqualTo("university:peking-university");
		assertThat(searchIds("NUDT", null)).first().isEqualTo("university:national-university-of-defense-technology");
	}

	@Test
	void kindsNarrowTheHits() {
		assertThat(searchIds("semiconductor", "[PLACE]")).isEmpty();
		assertThat(searchIds("Kunshan", "[PARK]")).containsExactly("park:kunshan-economic-and-technological-development-zone");
	}

	@Test
	void searchSyntaxIsTextNotAQueryLanguage() {
		this.graphQl.document("query($text: String!) { search(text: $text) { entity { id } } }")
			.variable("text", "a AND (b OR \\\"c")
			.execute()
			.errors()
			.verify()
			.path("search")
			.entityList(Object.class)
			.satisfies(hits -> assertThat(hits).isNotNull());
	}

	@Test
	void firstBoundsTheHits() {
		assertThat(this.graphQl.document("{ search(text: \"Jiangsu\", first: 2) { score entity { id } } }")
			.execute()
			.path("search[*].score").entityList(Double.class).get()).hasSize(2).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

}
