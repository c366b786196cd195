package org.chinatechgraph.filter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ReadApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinatechgraph.support.FactFileParts.node;
import static org.chinatechgraph.support.FactFileParts.rel;

/**
 * A name filter, which starts from the full-text index, answers what testing every node would: for pieces of every
 * name, alias and Chinese name of the graph's projects and organizations (cut anywhere, inside words and across
 * them, in any case, with punctuation), and for names written in the scripts and with the marks the index splits
 * or folds in its own way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameFilterTests extends ReadApiTest {

	private static final String SOURCE = "article:name-filter-test";

	@Autowired
	private FactLoader loader;

	@BeforeAll
	void addNames() {
		this.loader.load(names(), "name-filter.json");
	}

	@AfterAll
	void removeNames() {
		this.loader.retract(SOURCE);
	}

	@Test
	void piecesOfEveryNameFindWhatTheTestFinds() {
		Random random = new Random(7);
		Set<String> pieces = new LinkedHashSet<>();
		for (String text : this.neo4j.query("""
				MATCH (n) WHERE n:Project OR n:Organization
				UNWIND [n.name, n.nameZh] + coalesce(n.aliases, []) AS text
				WITH text WHERE text IS NOT NULL
				RETURN DISTINCT text ORDER BY text""").fetchAs(String.class).all()) {
			// the whole text, or a piece of it cut anywhere, in upper case or as written
			int from = random.nextInt(text.length());
			int to = Math.min(text.length(), from + 1 + random.nextInt(12));
			String piece = random.nextInt(4) == 0 ? text : text.substring(from, to);
			pieces.add(random.nextBoolean() ? piece.toUpperCase(Locale.ROOT) : piece);
		}
		pieces.addAll(List.of("hlmc u.s.a", "U.S.", "wi-fi", "i-fi p", "société", "ソニー", "ニー", "華虹", "虹半",
				"οδος", "ΟΔΟΣ", "завод", "ıstanbul", "5g基站", "g基", "-", " & "));
		int found = 0;
		for (String piece : pieces) {
			if (piece.isBlank()) {
				continue;
			}
			for (String label : List.of("Project", "Organization")) {
				List<String> expected = this.neo4j.query("""
						MATCH (n:%s) WHERE toLower(n.name) CONTAINS $name
						   OR any(a IN n.aliases WHERE toLower(a) CONTAINS $name) OR n.nameZh CONTAINS $name
						RETURN n.id ORDER BY toLower(n.name), n.id""".formatted(label))
					.bind(piece.strip().toLowerCase(Locale.ROOT)).to("name")
					.fetchAs(String.class).all().stream().toList();
				String list = label.equals("Project") ? "projects" : "organizations";
				var page = this.graphQl.document("query($name: String) { %s(filter: {name: $name}, first: 100) { totalCount edges { node { id } } } }"
					.formatted(list)).variable("name", piece).execute();
				assertThat(page.path(list + ".totalCount").entity(Integer.class).get()).as(label + " " + piece)
					.isEqualTo(expected.size());
				assertThat(page.path(list + ".edges[*].node.id").entityList(String.class).get()).as(label + " " + piece)
					.isEqualTo(expected.subList(0, Math.min(100, expected.size())));
				found += expected.isEmpty() ? 0 : 1;
			}
		}
		// the pieces find things, in both lists, and the written names are among them
		assertThat(found).isGreaterThan(pieces.size() / 2);
		assertThat(this.graphQl.document("{ projects(filter: {name: \"i-fi p\"}) { edges { node { id } } } }").execute()
			.path("projects.edges[*].node.id").entityList(String.class).get()).containsExactly("project:name-wifi");
		assertThat(this.graphQl.document("{ organizations(filter: {name: \"ニー\"}) { edges { node { id } } } }").execute()
			.path("organizations.edges[*].node.id").entityList(String.class).get()).containsExactly("company:name-katakana");
	}

	@Test
	void aNameFilterNarrowsTheOtherFiltersAndTheSummaries() {
		String name = "u.s.a";
		var answer = this.graphQl.document("""
				{ all: investmentSummary(groupBy: SECTOR, filter: {name: "%1$s"}) { total { projectCount } }
				  inSector: projects(filter: {name: "%1$s", sector: "sector:name-chips"}) { totalCount }
				  signed: projects(filter: {name: "%1$s", status: SIGNED}) { totalCount } }""".formatted(name)).execute();
		assertThat(answer.path("all.total.projectCount").entity(Integer.class).get()).isEqualTo(2);
		assertThat(answer.path("inSector.totalCount").entity(Integer.class).get()).isEqualTo(1);
		assertThat(answer.path("signed.totalCount").entity(Integer.class).get()).isEqualTo(1);
	}

	@Test
	void aNameOfThousandsOfWordsIsAnsweredWithoutError() {
		StringBuilder words = new StringBuilder("HLMC U.S.A. Line");
		for (int i = 0; i < 3_000; i++) {
			words.append(" w").append(i);
		}
		var many = this.graphQl.document("query($name: String) { projects(filter: {name: $name}) { totalCount } }")
			.variable("name", words.toString()).execute();
		many.errors().verify();
		assertThat(many.path("projects.totalCount").entity(Integer.class).get()).isZero();
	}

	/** Names in the forms the index splits or folds in its own way, each with something to find it by. */
	private static byte[] names() {
		List<Map<String, Object>> nodes = new ArrayList<>();
		var usa = node("project:name-usa", "Project", "HLMC U.S.A. Line");
		usa.put("status", "signed");
		nodes.add(usa);
		var other = node("project:name-usa-2", "Project", "Second U.S.A. plant");
		other.put("status", "planned");
		nodes.add(other);
		var wifi = node("project:name-wifi", "Project", "Wi-Fi Plant");
		wifi.put("aliases", List.of("Société Générale Wi-Fi"));
		nodes.add(wifi);
		var chinese = node("project:name-zh", "Project", "Huahong Fab 7");
		chinese.put("nameZh", "華虹半導體七廠");
		chinese.put("aliases", List.of("5G基站 Project"));
		nodes.add(chinese);
		var katakana = node("company:name-katakana", "Company", "Sony Semiconductor");
		katakana.put("nameZh", "ソニー");
		nodes.add(katakana);
		var greek = node("company:name-greek", "Company", "ΟΔΟΣ Systems");
		greek.put("aliases", List.of("Завод Istanbul", "İstanbul Works"));
		nodes.add(greek);
		nodes.add(node("sector:name-chips", "Sector", "Name test chips"));
		List<Map<String, Object>> rels = new ArrayList<>();
		rels.add(rel("IN_SECTOR", "project:name-usa", "sector:name-chips"));
		var file = Map.of("source", Map.of("id", SOURCE, "kind", "news", "title", "Name filter test", "publishedOn",
				"2024"), "nodes", nodes, "relationships", rels);
		return JsonMapper.builder().build().writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
	}

}
