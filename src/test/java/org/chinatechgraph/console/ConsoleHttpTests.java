package org.chinatechgraph.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.ingest.Labels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What the consoles' pages rely on from the service, over plain HTTP. */
class ConsoleHttpTests extends ConsoleTest {

	@Autowired
	Neo4jConnectionDetails database;

	@Test
	void browserIsSentOnToConnectWithNoLogin() {
		http().get().uri("/browser").exchange()
			.expectStatus().isFound()
			.expectHeader().location("/browser/?preselectAuthMethod=NO_AUTH");
		http().get().uri("/browser/").exchange()
			.expectStatus().isFound()
			.expectHeader().location("/browser/?preselectAuthMethod=NO_AUTH");
		http().get().uri("/browser/?preselectAuthMethod=NO_AUTH").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).value(page -> assertThat(page).contains("<div id=\"mount\">"));
	}

	@Test
	void rootTellsBrowserTheRealBoltAddress() {
		int boltPort = this.database.getUri().getPort();
		assertThat(boltPort).isPositive().isNotEqualTo(7687);
		http().get().uri("/").accept(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.bolt_direct").isEqualTo("bolt://127.0.0.1:" + boltPort);
		http().get().uri("/").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).value(page -> assertThat(page).contains("<title>China Tech Graph</title>"));
	}

	@Test
	void guideRunsEverySavedQueryAndMayBeFetchedFromAnotherOrigin() {
		String guide = http().get().uri(BrowserGuideController.GUIDE).header("Origin", "http://localhost:" + this.port)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Access-Control-Allow-Origin", "*")
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(SavedQuery.all()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(query -> assertThat(guide)
			.contains("<pre class=\"code runnable\" data-query=\"" + query.name() + "\">"
					+ HtmlUtils.htmlEscape(query.cypher()) + "</pre>"));
		assertThat(guide).doesNotContain("{{");
	}

	@Test
	void styleColoursAndCaptionsEveryLabel() throws IOException {
		String grass = http().get().uri(BrowserGuideController.STYLE).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(grass).isEqualTo(new ClassPathResource("cypher/browser/style.grass").getContentAsString(StandardCharsets.UTF_8));
		List<String> labels = new ArrayList<>(Labels.BY_PREFIX.values());
		labels.add("Article");
		assertThat(BrowserTests.labelColours()).containsOnlyKeys(labels);
		assertThat(BrowserTests.labelColours().values()).doesNotHaveDuplicates();
		assertThat(grass).contains("caption: \"<type>\"").contains("caption: \"{name}\"");
	}

	@Test
	void graphiqlGetsEveryExampleAndItsOwnFiles() throws IOException {
		int examples = new PathMatchingResourcePatternResolver().getResources("classpath:graphql/examples/*.graphql").length;
		http().get().uri("/graphiql").exchange()
			.expectStatus().isFound()
			.expectHeader().value("Location", location -> assertThat(location).endsWith("/graphiql/"));
		http().get().uri("/graphiql/").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).value(page -> assertThat(page).contains("graphiql.js", "graphiql.css"));
		http().get().uri("/graphiql/examples").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(examples)
			.jsonPath("$[?(@.name == 'tianyou-to-jiangxi.graphql')].document").value(documents ->
					assertThat(documents.toString()).contains("query TianyouToJiangxi"));
		for (String file : List.of("graphiql.js", "graphiql.css", "workers/editor.worker.js", "workers/graphql.worker.js",
				"workers/json.worker.js", "THIRD-PARTY-LICENSES.txt")) {
			http().get().uri("/graphiql/" + file).exchange().expectStatus().isOk();
		}
	}

	@Test
	void statusCountsTheGraph() {
		http().get().uri("/console/status").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.up").isEqualTo(true)
			.jsonPath("$.bolt").isEqualTo("bolt://127.0.0.1:" + this.database.getUri().getPort())
			.jsonPath("$.counts.projects").value(count -> assertThat((Integer) count).isPositive())
			.jsonPath("$.counts.articles").value(count -> assertThat((Integer) count).isGreaterThanOrEqualTo(5));
	}

	private WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl(url("")).build();
	}

}
