package org.chinatechgraph.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j Browser at /browser, in Chromium: it connects by itself to the embedded Bolt connector's real port, with a
 * login of its own, shows the guide of saved queries, and one click on a saved query draws its graph in the label
 * colours.
 */
@SystemTest
class BrowserTests extends ConsoleTest {

	/**
	 * What Neo4j Browser 5.24 itself asks of the internet on start: web fonts, Segment and Canny scripts, and Sentry's
	 * performance traces (sent at random). The page's Content-Security-Policy refuses each before any request is
	 * made (a refusal, not a failed load, is what the console shows), as it refuses Browser's plain HTTP look at the
	 * Bolt port; any other console error fails the test.
	 */
	static final Pattern BROWSER_OWN_REQUESTS = Pattern
		.compile(".*https://[^/ ']*(fonts\\.googleapis\\.com|segment\\.com|canny\\.io|sentry\\.io)/.*"
				+ "violates the (following|document's) Content Security Policy.*");

	/** Browser's plain HTTP look at the Bolt port, which the page's policy refuses. */
	static boolean boltPortLook(String message, int boltPort) {
		return message.matches(".*(Connecting to 'http://127\\.0\\.0\\.1:" + boltPort + "/'|Fetch API cannot load http://127\\.0\\.0\\.1:"
				+ boltPort + "/)\\.? .*Content Security Policy.*");
	}

	@Autowired
	Neo4jConnectionDetails database;

	@Test
	void opensConnectedAndDrawsASavedQueryInTheLabelColours() throws IOException {
		int boltPort = this.database.getUri().getPort();
		Chromium chromium = chromium();
		chromium.open(url("/browser"));

		chromium.waitFor(60, "Browser connected to the embedded Bolt port",
				driver -> driver.getTitle().contains("bolt://127.0.0.1:" + boltPort));
		// as its own user: the password of user neo4j never reaches the page
		String stored = (String) ((JavascriptExecutor) chromium.driver())
			.executeScript("return window.localStorage.getItem('neo4j.connections')");
		assertThat(stored).contains("\"username\":\"browser\"")
			.doesNotContain(Files.readString(dataDirectory().resolve("neo4j-password")).strip());
		chromium.waitFor(30, "the guide of saved queries",
				driver -> chromium.findAll("pre.runnable[data-query]").size() == SavedQuery.all().size());
		chromium.waitFor(30, "the label style applied on connect",
				driver -> chromium.find("[data-testid='stream']").getText().contains(":style "));

		chromium.find("pre.runnable[data-query='tianyou-to-jiangxi'] i.fa-play-circle-o").click();
		List<WebElement> nodes = chromium.waitFor(60, "the Tianyou–Anyuan–Jiangxi chain drawn", driver -> {
			List<WebElement> drawn = chromium.findAll("svg g.node");
			return drawn.size() == 5 ? drawn : null;
		});
		String captions = String.join(" ", nodes.stream().map(WebElement::getText).toList()).replaceAll("\\s+", " ");
		assertThat(captions).contains("Dongguan", "Anyuan District Gov", "Anyuan District", "Pingxiang", "Jiangxi");
		Map<String, String> colours = labelColours();
		assertThat(nodes).extracting(node -> node.findElement(By.cssSelector("circle.b-outline")).getAttribute("fill"))
			.containsExactlyInAnyOrder(colours.get("Company"), colours.get("Government"), colours.get("District"),
					colours.get("City"), colours.get("Province"));
		chromium.find("[title='Collapse the node properties display']").click();
		chromium.screenshot("browser-tianyou-to-jiangxi");

		assertNoConsoleErrors(message -> BROWSER_OWN_REQUESTS.matcher(message).matches() || boltPortLook(message, boltPort));
	}

	/** Label → node colour, as cypher/browser/style.grass gives them. */
	static Map<String, String> labelColours() throws IOException {
		String grass = new ClassPathResource("cypher/browser/style.grass").getContentAsString(StandardCharsets.UTF_8);
		Matcher rule = Pattern.compile("node\\.(\\w+)\\s*\\{[^}]*?(?<![-\\w])color:\\s*(#[0-9A-Fa-f]{6})").matcher(grass);
		Map<String, String> colours = new HashMap<>();
		while (rule.find()) {
			colours.put(rule.group(1), rule.group(2));
		}
		return colours;
	}

}
