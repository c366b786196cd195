package org.chinatechgraph.console;

import java.util.Map;

import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The landing page at /, in Chromium: the graph's counts, the three faces, and a plain word when Neo4j is away. */
@SystemTest
class LandingPageTests extends ConsoleTest {

	@Autowired
	Neo4jClient neo4j;

	@Test
	void showsTheGraphsCountsAndLinksTheThreeFaces() {
		Chromium chromium = chromium();
		chromium.open(url("/"));
		chromium.waitFor(30, "the counts", driver -> chromium.find("#counts").isDisplayed());

		assertThat(chromium.find("#database-state").getText()).startsWith("Neo4j is up");
		Map<String, Object> expected = this.neo4j.query("""
				RETURN COUNT { (:Project) } AS projects, COUNT { (:Organization) } AS organizations,
				       COUNT { (:Place) } AS places, COUNT { (:Article) } AS articles
				""").fetch().one().orElseThrow();
		// the page groups thousands the browser's way (3,217 places)
		expected.forEach((name, count) -> assertThat(chromium.find("[data-count='" + name + "']").getText()
			.replaceAll("[^0-9]", ""))
			.as(name)
			.isEqualTo(String.valueOf(count))
			.isNotEqualTo("0"));
		assertThat(chromium.find("a#graphiql").getAttribute("href")).isEqualTo(url("/graphiql/"));
		assertThat(chromium.find("a#browser").getAttribute("href")).isEqualTo(url("/browser"));
		assertThat(chromium.find("#api-url").getText()).isEqualTo(url("/graphql"));
		chromium.screenshot("landing");
		assertNoConsoleErrors(message -> false);
	}

	@Test
	void saysSoWhenNeo4jIsAway() {
		try (var service = RunningService.start("spring.neo4j.uri=bolt://127.0.0.1:" + RunningService.freePort(),
				"ctg.seed.retry-interval=1h")) {
			int port = ((WebServerApplicationContext) service.context()).getWebServer().getPort();
			Chromium chromium = chromium();
			chromium.open("http://127.0.0.1:" + port + "/");
			String state = chromium.waitFor(30, "the database's state",
					driver -> chromium.find("#database").getAttribute("class").contains("down")
							? chromium.find("#database-state").getText() : null);
			assertThat(state).startsWith("Neo4j is not reachable at bolt://127.0.0.1:").contains("right now");
			assertThat(chromium.find("#counts").isDisplayed()).isFalse();
			assertThat(chromium.find("a#browser").isDisplayed()).isTrue();
			String explorer = chromium.waitFor(30, "the explorer's message",
					driver -> chromium.find("#overview-message").isDisplayed()
							? chromium.find("#overview-message").getText() : null);
			assertThat(explorer).as("the explorer says why it has no map").contains("database is not reachable");
			chromium.screenshot("landing-neo4j-away");
			assertNoConsoleErrors(message -> false);
		}
	}

}
