package org.chinatechgraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.LimitsLiftedReadTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.support.FactFileParts.node;
import static org.chinatechgraph.support.FactFileParts.rel;

/**
 * The relationships asked below a page of projects or organizations come in the page's own statement, and the
 * answer is the one the batch loads give: each node of every page, asked the same fields through
 * {@code project(id:)} or {@code organization(id:)} (which fetch nothing ahead), answers the same, in the same
 * order. The seed graph has few investments, so the tests add a generated part with this domain's shape: firms
 * that invest everywhere, a park among the investors, a firm investing in a park, names shared by several nodes
 * (the order then rests on ids), partnerships, parents, units, programs and announcements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefetchTests extends LimitsLiftedReadTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SOURCE = "article:prefetch-test";

	@Autowired
	private FactLoader loader;

	@BeforeAll
	void addGenerated() {
		this.loader.load(generated(), "prefetch.json");
	}

	@AfterAll
	void removeGenerated() {
		this.loader.retract(SOURCE);
	}

	/** Fields of a project: every link field, with bounded and unbounded ones below, aliases and repeats. */
	private static final List<String> PROJECT_SELECTIONS = List.of("""
			investors {
			  amount { amount currency cny usd } sources { article { id } evidence }
			  investor { id name __typename ... on Organization { type
			    investments(first: 3) { amount { cny } project { id name status investment { cny } } }
			    few: investments(first: 1) { project { id } }
			    developments { project { id } }
			    partnerships { kind partner { id } }
			  } }
			}
			developers { developer { id name } sources { evidence } }
			locations { location { id name ... on Place { code } ... on Park { kind } } }
			sectors { id name description }
			programs { program { id name count } sources { article { id } } }
			announcedBy { announcer { id ... on Organization { level } } }""", """
			a: investors { amount { cny } }
			b: investors { investor { id ... on Organization { investments(first: 2) { project { id } } } } }
			c: investors { investor { ... on Organization { investments(first: 2) { amount { usd } } } } }""", """
			investors { investor { ... on Organization { investments(first: 0) { project { id } } } } }
			sectors { __typename }""");

	/** Fields of an organization. */
	private static final List<String> ORGANIZATION_SELECTIONS = List.of("""
			investments(first: 2) { amount { cny } project { id name investors { investor { id } } sectors { id } } }
			all: investments { project { id } }
			developments { project { id name } sources { evidence } }
			partnerships { kind since status partner { id name } sources { evidence } }
			locations { location { id } }
			parentOrganizations { parent { id } }
			units { unit { id name } }
			parentCompanies { parent { id } }
			subsidiaries { subsidiary { id } }
			announcements { subject { id } }
			sectors { id name }""");

	@Test
	void aPageOfProjectsAnswersAsEachProjectLookedUpAlone() {
		for (String selection : PROJECT_SELECTIONS) {
			assertThat(eachAnswersAsAlone("projects", null, "project", selection)).hasSizeGreaterThan(70);
		}
		// the answers hold what the comparisons are about
		String all = everyNode("projects", PROJECT_SELECTIONS.getFirst()).toString();
		assertThat(all).contains("\"__typename\":\"Park\"", "\"partner\"", "\"developments\":[{", "\"evidence\":[\"",
				"\"cny\":", "\"announcer\"", "\"program\"");
	}

	@Test
	void aPageOfOrganizationsAnswersAsEachOrganizationLookedUpAlone() {
		for (String selection : ORGANIZATION_SELECTIONS) {
			List<JsonNode> nodes = eachAnswersAsAlone("organizations", null, "organization", selection);
			assertThat(nodes).hasSizeGreaterThan(30);
			String all = nodes.toString();
			assertThat(all).contains("\"partner\"", "\"units\":[{", "\"subsidiaries\":[{", "\"announcements\":[{");
		}
	}

	@Test
	void aPageOfPlacesParksProgramsOrSectorsAnswersAsEachLookedUpAlone() {
		record Case(String list, String filter, String lookup, String selection, String shows) {
		}
		var cases = List.of(
				new Case("places", "{levels: [PROVINCE]}", "place", """
						children { id name ... on Place { code } } located { subject { id name } sources { evidence } }""",
						"\"located\":[{"),
				new Case("places", "{name: \"prefetch\"}", "place", """
						children { id } located { subject { id ... on Organization { investments(first: 2) { project { id } } } } }""",
						"\"investments\":[{"),
				new Case("parks", null, "park", """
						locations { location { id } } tenants { subject { id name } sources { evidence } }
						partnerships { kind partner { id } } developments { project { id name } }""", "\"tenants\":[{"),
				new Case("programs", null, "program", """
						projects { project { id name } sources { evidence } } announcedBy { announcer { id } }
						locations { location { id } } sectors { id name }""", "\"projects\":[{"),
				new Case("sectors", null, "sector", "members { id name __typename }", "\"members\":[{"));
		for (Case c : cases) {
			List<JsonNode> nodes = eachAnswersAsAlone(c.list(), c.filter(), c.lookup(), c.selection());
			assertThat(nodes).as(c.list()).isNotEmpty();
			assertThat(nodes.toString()).as(c.list()).contains(c.shows());
		}
	}

	@Test
	void aPageAndTheRelationshipsBelowItAreOneStatement() {
		assertThat(statements("""
				{ projects(first: 20) { totalCount edges { node { id
				  investors { amount { cny } investor { id ... on Organization { investments(first: 5) { project { id name } } } } }
				  developers { developer { id } } sectors { id } locations { location { id } }
				} } } }""")).hasSize(1);
		String inSector = """
				{ projects(first: 20, filter: {sector: "sector:prefetch-0"}, orderBy: {field: AMOUNT, direction: DESC}) {
				  edges { node { investors { investor { id ... on Organization { investments(first: 5) { project { id } } } } } } } } }""";
		statements(inSector); // the sector named is resolved once, then reused
		assertThat(statements(inSector)).hasSize(1);
		assertThat(statements("""
				{ organizations(first: 20) { edges { node { id investments(first: 3) { project { id } } partnerships { partner { id } } } } } }"""))
			.hasSize(1);
	}

	@Test
	void anUnboundedListBelowThePageIsLeftToItsBatchLoad() {
		// the investors' developments: one batch, each firm's list read once however often it appears (a page of the
		// generated projects, whose investors are firms, whatever else the database holds)
		var statements = statements("""
				{ projects(first: 20, filter: {sector: "sector:prefetch-0"}) { edges { node { investors { investor { ... on Organization {
				  developments { project { id } } } } } } } } }""");
		assertThat(statements).hasSize(2);
		assertThat(statements.getFirst()).doesNotContain("DEVELOPS");
		assertThat(statements.getLast()).contains("DEVELOPS").contains("$ids");
	}

	@Test
	void aNegativeFirstBelowThePageIsRefusedWhereItIsAsked() {
		// the error is the field's, as where nothing is fetched ahead, not the page's
		this.graphQl.document("""
				{ projects(first: 5, filter: {sector: "sector:prefetch-1"}) { edges { node { id investors { investor { ... on Organization {
				  investments(first: -1) { project { id } } } } } } } } }""")
			.execute()
			.errors()
			.satisfy(list -> assertThat(list).isNotEmpty()
				.allSatisfy(error -> {
					assertThat(error.getMessage()).contains("first must not be negative");
					assertThat(error.getPath()).endsWith("investments");
				}));
	}

	private List<String> statements(String document) {
		this.roundTrips.record();
		this.graphQl.document(document).execute().errors().verify();
		return this.roundTrips.recorded().stream().map(arguments -> (String) arguments[0]).toList();
	}

	/**
	 * Every node of the list that {@code filter} lets through, asked {@code selection}, each checked to be what
	 * the lookup {@code lookup(id:)} answers for it.
	 */
	private List<JsonNode> eachAnswersAsAlone(String list, String filter, String lookup, String selection) {
		List<JsonNode> nodes = everyNode(list, filter, selection);
		for (JsonNode node : nodes) {
			assertThat(alone(lookup, node.path("id").asString(), selection)).as(selection).isEqualTo(node);
		}
		return nodes;
	}

	/** Every node of the list, asked {@code selection}, a page at a time. */
	private List<JsonNode> everyNode(String list, String selection) {
		return everyNode(list, null, selection);
	}

	/** Every node of the list that {@code filter} (GraphQL input, or null) lets through, asked {@code selection}. */
	private List<JsonNode> everyNode(String list, String filter, String selection) {
		List<JsonNode> nodes = new ArrayList<>();
		String after = null;
		boolean more;
		do {
			Object page = this.graphQl.document("query($after: String) { " + list + "(first: 15, after: $after"
					+ (filter == null ? "" : ", filter: " + filter) + ") {"
					+ " pageInfo { hasNextPage endCursor } edges { node { id " + selection + " } } } }")
				.variable("after", after)
				.execute()
				.errors()
				.verify()
				.path(list)
				.entity(Object.class)
				.get();
			JsonNode json = JSON.valueToTree(page);
			json.path("edges").forEach(edge -> nodes.add(edge.path("node")));
			after = json.path("pageInfo").path("endCursor").asString();
			more = json.path("pageInfo").path("hasNextPage").asBoolean();
		}
		while (more);
		return nodes;
	}

	private JsonNode alone(String field, String id, String selection) {
		Object node = this.graphQl.document("query($id: ID!) { " + field + "(id: $id) { id " + selection + " } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path(field)
			.entity(Object.class)
			.get();
		return JSON.valueToTree(node);
	}

	/**
	 * The generated part: 80 projects in a park of a new province, 30 organizations, and their relationships,
	 * drawn from a fixed seed.
	 */
	private static byte[] generated() {
		var random = new Random(16);
		List<Map<String, Object>> nodes = new ArrayList<>();
		List<Map<String, Object>> rels = new ArrayList<>();
		nodes.add(node("province:prefetch-land", "Province", "Prefetch Land"));
		nodes.add(node("city:prefetch-city", "City", "Prefetch City"));
		nodes.add(node("park:prefetch-park", "Park", "Prefetch Park"));
		rels.add(rel("PART_OF", "city:prefetch-city", "province:prefetch-land"));
		rels.add(rel("LOCATED_IN", "park:prefetch-park", "city:prefetch-city"));
		for (int i = 0; i < 3; i++) {
			nodes.add(node("sector:prefetch-" + i, "Sector", "Prefetch sector " + i));
			nodes.add(node("program:prefetch-" + i, "Program", "Prefetch program " + i));
		}
		nodes.add(node("government:prefetch-government", "Government", "Prefetch Government"));
		nodes.add(node("university:prefetch-university", "University", "Prefetch University"));
		List<String> firms = new ArrayList<>();
		for (int i = 0; i < 28; i++) {
			String id = (i % 7 == 6 ? "institute:prefetch-" : "company:prefetch-") + i;
			// every fourth shares a name: their order is by id
			nodes.add(node(id, id.startsWith("institute") ? "Institute" : "Company",
					i % 4 == 0 ? "Prefetch Twin" : "Prefetch Firm " + (char) ('A' + random.nextInt(26)) + i));
			firms.add(id);
			if (i % 5 == 1) {
				rels.add(rel("PART_OF", id, "university:prefetch-university"));
			}
			if (i > 0 && i % 3 == 0) {
				rels.add(rel("SUBSIDIARY_OF", id, firms.get(random.nextInt(i))));
			}
			if (i > 0 && random.nextInt(3) == 0) {
				var partnership = rel("PARTNERS_WITH", id, firms.get(random.nextInt(i)));
				partnership.put("kind", "joint lab");
				partnership.put("since", "2021");
				rels.add(partnership);
			}
			rels.add(rel("LOCATED_IN", id, random.nextBoolean() ? "park:prefetch-park" : "city:prefetch-city"));
		}
		rels.add(rel("INVESTS_IN", "company:prefetch-1", "park:prefetch-park"));
		for (int p = 0; p < 80; p++) {
			String id = "project:prefetch-" + p;
			var project = node(id, "Project", p % 6 == 0 ? "Prefetch Same Name" : "Prefetch Project " + p);
			project.put("investment", Map.of("amount", 1_000_000 + 7_919 * p, "currency", "CNY"));
			nodes.add(project);
			rels.add(rel("LOCATED_IN", id, p % 3 == 0 ? "city:prefetch-city" : "park:prefetch-park"));
			rels.add(rel("IN_SECTOR", id, "sector:prefetch-" + p % 3));
			if (p % 4 == 0) {
				rels.add(rel("IN_SECTOR", id, "sector:prefetch-" + (p + 1) % 3));
			}
			if (p % 5 == 0) {
				rels.add(rel("PART_OF", id, "program:prefetch-" + p % 3));
			}
			if (p % 7 == 0) {
				rels.add(rel("ANNOUNCED", "government:prefetch-government", id));
			}
			// a few firms invest everywhere, most in a handful
			rels.add(invests(firms.get(0), id, p));
			for (int k = random.nextInt(4); k > 0; k--) {
				String firm = firms.get(1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * (firms.size() - 1)));
				if (rels.stream().noneMatch(r -> r.get("from").equals(firm) && r.get("to").equals(id))) {
					rels.add(invests(firm, id, p * k));
				}
			}
			if (p % 9 == 0) {
				rels.add(invests("park:prefetch-park", id, p));
			}
			rels.add(rel("DEVELOPS", firms.get(random.nextInt(firms.size())), id));
		}
		var file = Map.of("source", Map.of("id", SOURCE, "kind", "news", "title", "Prefetch test", "publishedOn",
				"2024"), "nodes", nodes, "relationships", rels);
		return JSON.writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> invests(String from, String to, int amount) {
		var rel = rel("INVESTS_IN", from, to);
		if (amount % 2 == 0) {
			rel.put("amount", Map.of("amount", 100_000 + amount, "currency", amount % 4 == 0 ? "CNY" : "USD"));
		}
		return rel;
	}

}
