package org.chinatechgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.LimitsLiftedReadTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch load of relationships reads only the properties the operation asks below it, and that never changes an
 * answer: a query asking one field deep in a nested list gets what the same field holds in a query asking all of
 * them.
 */
class ProjectionTests extends LimitsLiftedReadTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every kind of field below the project's relationships: scalars, money, sources, fetched lists. */
	// language=GraphQL
	private static final String WHOLE = """
			query($after: String) { projects(first: 8, after: $after) { pageInfo { hasNextPage endCursor } edges { node {
			  id name
			  investors {
			    __typename
			    amount { amount currency text cny usd rateYear }
			    sources { article { id } evidence }
			    investor {
			      id name aliases __typename
			      ... on Organization { type nameZh description country level
			        investments(first: 3) {
			          __typename
			          amount { cny usd }
			          sources { article { id } evidence }
			          project { __typename id name aliases description status signedOn startYear completionYear phases year
			                    investment { amount currency text cny usd rateYear } province { id } }
			        }
			      }
			    }
			  }
			  locations {
			    __typename
			    sources { evidence }
			    location { id name __typename
			      ... on Place { level code nameZh description }
			      ... on Park { kind nameZh description } }
			  }
			  sectors { id name aliases description }
			  programs { program { id name description count year investment { cny } } sources { evidence } }
			  developers { developer { id name ... on Organization { type nameZh } } }
			  announcedBy { announcer { id name ... on Organization { type level } } }
			} } } }""";

	/** Thin slices of the whole query: one field, or two, deep under a relationship. */
	private static final List<String> SLICES = List.of("""
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { amount { cny } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { sources { evidence } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { investor { id } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { investor {
			  ... on Organization { description country } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { investor { ... on Organization {
			  investments(first: 3) { project { investment { usd rateYear } } } } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { investor { ... on Organization {
			  investments(first: 3) { amount { usd } project { status signedOn province { id } } } } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { locations { location {
			  ... on Place { code } ... on Park { kind } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { sectors { description } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { __typename } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { investors { investor { ... on Organization {
			  investments(first: 3) { __typename project { __typename } } } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { locations { __typename location { __typename } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { programs { program { count investment { cny } } } } } } }""", """
			query($after: String) { projects(first: 8, after: $after) { edges { node { announcedBy { announcer { ... on Organization { level } } } } } } }""");

	@Test
	void aFieldAskedAloneUnderARelationshipIsTheFieldOfTheWholeAnswer() {
		// every project of the seed graph, a page at a time (the whole query's cost allows no more)
		List<JsonNode> wholes = new ArrayList<>();
		String after = null;
		do {
			JsonNode whole = data(WHOLE, after);
			for (String slice : SLICES) {
				assertPartOf(data(slice, after), whole, slice);
			}
			wholes.add(whole);
			after = whole.path("projects").path("pageInfo").path("endCursor").asString();
		}
		while (wholes.getLast().path("projects").path("pageInfo").path("hasNextPage").asBoolean());
		// the whole answers hold what the slices look for, so that comparing with them tells something
		JsonNode all = JSON.valueToTree(wholes);
		assertThat(wholes).hasSizeGreaterThan(2);
		assertThat(all.findValues("evidence")).isNotEmpty();
		assertThat(all.findValues("description").stream().filter(v -> !v.isNull())).isNotEmpty();
		assertThat(all.findValues("cny").stream().filter(v -> !v.isNull())).isNotEmpty();
		assertThat(all.findValues("code").stream().filter(v -> !v.isNull())).isNotEmpty();
		assertThat(all.findValues("investments").stream().filter(v -> !v.isEmpty())).isNotEmpty();
	}

	/** A seed article that reports projects with investors (project:anhui-pilot-platforms among them). */
	private static final String ARTICLE = "article:provincial-priorities-2025-01";

	@Test
	void aRelationshipLoadReadsOnlyTheAskedProperties() {
		// in a batch load (the projects an article reports), fetched with a project looked up by id, and fetched
		// with a page of projects
		this.roundTrips.record();
		this.graphQl.document("""
				{ article(id: "%s") { mentions { entity { ... on Project { investors { investor { id name } } } } } } }"""
			.formatted(ARTICLE))
			.execute()
			.errors()
			.verify();
		assertThat(statementOf("INVESTS_IN")).contains("{} AS r").contains("n {.id, .name, labels: labels(n)} AS n");
		this.roundTrips.record();
		this.graphQl.document("""
				{ project(id: "project:anhui-pilot-platforms") { investors { investor { id name } } } }""")
			.execute()
			.errors()
			.verify();
		assertThat(this.roundTrips.recorded()).as("the lookup and its investors: one statement").hasSize(1);
		assertThat(statementOf("INVESTS_IN")).contains("{r: {}, n: n1 {.id, .name, labels: labels(n1)}");
		this.roundTrips.record();
		this.graphQl.document("""
				{ projects(first: 20) { edges { node { investors { investor { id name } } } } } }""")
			.execute()
			.errors()
			.verify();
		assertThat(statementOf("INVESTS_IN")).contains("{r: {}, n: n1 {.id, .name, labels: labels(n1)}");

		String money = " {.amountAmount, .amountCny, .amountCurrency, .amountRateYear, .amountText, .amountUsd}";
		this.roundTrips.record();
		this.graphQl.document("""
				{ article(id: "%s") { mentions { entity { ... on Project { investors { amount { cny } investor {
				  ... on Organization { description } } } } } } } }""".formatted(ARTICLE)).execute().errors().verify();
		assertThat(statementOf("INVESTS_IN")).contains("r" + money + " AS r")
			.contains("n {.description, .id, .name, labels: labels(n)} AS n");
		this.roundTrips.record();
		this.graphQl.document("""
				{ projects(first: 20) { edges { node { investors { amount { cny } investor { ... on Organization {
				  description } } } } } } }""").execute().errors().verify();
		assertThat(statementOf("INVESTS_IN")).contains("{r: r1" + money
				+ ", n: n1 {.description, .id, .name, labels: labels(n1)}");
	}

	@Test
	void aLoadTheOperationDoesNotShowReadsEveryProperty() {
		assertThat(Projection.of((Projection.Asked) null, "Project", "investors")).isEqualTo(Projection.ALL);
		assertThat(Projection.ALL.relationshipMap()).isEqualTo("r {.*}");
		assertThat(Projection.ALL.nodeMap()).isEqualTo(GraphNodes.PROJECTION);
	}

	private String statementOf(String type) {
		return this.roundTrips.recorded()
			.stream()
			.map(arguments -> (String) arguments[0])
			.filter(cypher -> cypher.contains(":" + type + "]"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no statement read " + type));
	}

	private JsonNode data(String document, String after) {
		Object projects = this.graphQl.document(document).variable("after", after).execute().errors().verify().path("projects").entity(Object.class).get();
		return JSON.valueToTree(Map.of("projects", projects));
	}

	/** Every value in {@code part} is the value at the same place in {@code whole}; lists are alike in length. */
	private static void assertPartOf(JsonNode part, JsonNode whole, String where) {
		if (part.isObject()) {
			assertThat(whole.isObject()).as(where).isTrue();
			for (var entry : part.properties()) {
				assertThat(whole.has(entry.getKey())).as(where + " / " + entry.getKey()).isTrue();
				assertPartOf(entry.getValue(), whole.get(entry.getKey()), where + " / " + entry.getKey());
			}
		}
		else if (part.isArray()) {
			assertThat(whole.size()).as(where).isEqualTo(part.size());
			for (int i = 0; i < part.size(); i++) {
				assertPartOf(part.get(i), whole.get(i), where + " [" + i + "]");
			}
		}
		else {
			assertThat(part).as(where).isEqualTo(whole);
		}
	}

}
