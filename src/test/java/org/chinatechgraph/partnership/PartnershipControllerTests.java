package org.chinatechgraph.partnership;

import java.nio.charset.StandardCharsets;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The partnerships room: partners within hops, paths through partnerships, any connection, co-investors. */
@GraphQlTest(PartnershipController.class)
@GraphQlSlice
class PartnershipControllerTests {

	@Autowired
	private GraphQlTester graphQl;

	@Autowired
	private FactLoader loader;

	@Test
	void partnersOneAndTwoLinksAway() {
		this.graphQl.document("""
				{ partners(id: "university:peking-university", hops: 2) { hops partner { id } links { kind } } }""")
			.execute()
			.path("partners[0].hops").entity(Integer.class).isEqualTo(1)
			.path("partners[0].partner.id").entity(String.class)
			.isEqualTo("park:tianhe-huigaolian-blockchain-semiconductor-equipment-industrial-park")
			.path("partners[*].partner.id").entityList(String.class)
			.contains("university:national-university-of-defense-technology");
	}

	@Test
	void partnershipPathGoesThroughOrganizationsAndProjectsOnly() {
		var path = this.graphQl.document("""
				{ partnershipPath(from: "university:national-university-of-defense-technology", to: "university:peking-university") {
				    length nodes { id __typename } links { type from to } } }""").execute();
		path.path("partnershipPath.length").entity(Integer.class).isEqualTo(2)
			.path("partnershipPath.nodes[1].id").entity(String.class)
			.isEqualTo("park:tianhe-huigaolian-blockchain-semiconductor-equipment-industrial-park")
			.path("partnershipPath.links[*].type").entityList(String.class).containsExactly("PARTNERS_WITH", "PARTNERS_WITH");
		this.graphQl.document("""
				{ partnershipPath(from: "company:dongguan-tianyou-semiconductor", to: "company:alpsentek") { length } }""")
			.execute()
			.path("partnershipPath").valueIsNull();
	}

	@Test
	void aConnectionGoesThroughPlacesToo() {
		this.graphQl.document("""
				{ connection(from: "company:dongguan-tianyou-semiconductor", to: "province:jiangxi") {
				    length nodes { id } links { type } } }""")
			.execute()
			.path("connection.length").entity(Integer.class).isEqualTo(4)
			.path("connection.links[*].type").entityList(String.class)
			.containsExactly("PARTNERS_WITH", "LOCATED_IN", "PART_OF", "PART_OF");
	}

	@Test
	void coInvestorsShareProjectsMostSharedFirst() {
		this.graphQl.document("{ coInvestors(id: \"company:dongguan-tianyou-semiconductor\") { organization { id } } }")
			.execute()
			.path("coInvestors").entityList(Object.class).hasSize(0);
		this.loader.load(CO_INVESTMENTS.getBytes(StandardCharsets.UTF_8), "co-investors.json");
		try {
			this.graphQl.document("""
					{ coInvestors(id: "company:co-test-a") { organization { id } projects { id } } }""")
				.execute()
				.path("coInvestors[*].organization.id").entityList(String.class)
				.containsExactly("company:co-test-b", "fund:co-test-c")
				.path("coInvestors[0].projects[*].id").entityList(String.class)
				.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("project:co-test-1", "project:co-test-2"))
				.path("coInvestors[1].projects[*].id").entityList(String.class).containsExactly("project:co-test-2");
		}
		finally {
			this.loader.retract("article:co-investors-test");
		}
	}

	private static final String CO_INVESTMENTS = """
			{"source": {"id": "article:co-investors-test", "kind": "news", "title": "Co-investors", "publishedOn": "2022"},
			 "nodes": [
			   {"id": "company:co-test-a", "label": "Company", "name": "Co Test A"},
			   {"id": "company:co-test-b", "label": "Company", "name": "Co Test B"},
			   {"id": "fund:co-test-c", "label": "Fund", "name": "Co Test C"},
			   {"id": "project:co-test-1", "label": "Project", "name": "Co Test Plant 1"},
			   {"id": "project:co-test-2", "label": "Project", "name": "Co Test Plant 2"}
			 ],
			 "relationships": [
			   {"type": "INVESTS_IN", "from": "company:co-test-a", "to": "project:co-test-1", "evidence": ["A funds 1."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-a", "to": "project:co-test-2", "evidence": ["A funds 2."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-b", "to": "project:co-test-1", "evidence": ["B funds 1."]},
			   {"type": "INVESTS_IN", "from": "company:co-test-b", "to": "project:co-test-2", "evidence": ["B funds 2."]},
			   {"type": "INVESTS_IN", "from": "fund:co-test-c", "to": "project:co-test-2", "evidence": ["C funds 2."]}
			 ]}""";

}
