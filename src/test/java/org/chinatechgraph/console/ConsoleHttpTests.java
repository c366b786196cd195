package org.chinatechgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.Labels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** What the consoles' pages rely on from the service, over plain HTTP. */
class ConsoleHttpTests extends ConsoleTest {

	@Autowired
	Neo4jConnectionDetails database;

	@Test
	void browserOpensWithTheScriptThatConnectsItAndOnlyItsOwnOriginMayFrameIt() {
		http().get().uri("/browser").exchange()
			.expectStatus().isFound()
			.expectHeader().location("/browser/");
		for (String page : List.of("/browser/", "/browser/index.html", "/browser/?preselectAuthMethod=NO_AUTH")) {
			http().get().uri(page).exchange()
				.expectStatus().isOk()
				.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader().valueEquals("Content-Security-Policy", BrowserController.CONTENT_SECURITY_POLICY)
				.expectHeader().valueEquals("X-Frame-Options", "SAMEORIGIN")
				.expectBody(String.class).value(body -> assertThat(body).contains("<div id=\"mount\">")
					// before Browser's own scripts, which read the stored connection as they start
					.containsSubsequence(BrowserController.CONNECT_SCRIPT, "<script src=\"ui-libs-", "<script src=\"app-"));
		}
		http().get().uri("/browser-connect.js").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).value(script -> assertThat(script).contains("'connection'", "neo4j.connections"));
	}

	@Test
	void browserGetsALoginOfItsOwnWhichNoCacheKeepsAndNoOtherOriginMayRead() {
		Map<String, String> login = http().get().uri("/browser/connection")
			.header("Sec-Fetch-Site", "same-origin")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().cacheControl(CacheControl.noStore())
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("Cross-Origin-Resource-Policy", "same-origin")
			.expectHeader().valueEquals("Content-Security-Policy", BrowserController.CONTENT_SECURITY_POLICY)
			.expectHeader().doesNotExist("Access-Control-Allow-Origin")
			.expectBody(new ParameterizedTypeReference<Map<String, String>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(login).containsEntry("host", "bolt://127.0.0.1:" + this.database.getUri().getPort())
			.containsEntry("username", "browser");
		assertThat(login.get("password")).hasSize(43).isNotEqualTo(neo4jSecret());
		try (var driver = GraphDatabase.driver(this.database.getUri(), AuthTokens.basic("browser", login.get("password")))) {
			var system = QueryConfig.builder().withDatabase("system").build();
			assertThat(driver.executableQuery("SHOW CURRENT USER YIELD user").withConfig(system).execute().records()
				.getFirst().get("user").asString()).isEqualTo("browser");
		}
	}

	@Test
	void browserLoginIsRefusedToOtherOriginsAndToOtherNamesOfThisMachine() throws IOException {
		for (String site : List.of("cross-site", "same-site")) {
			http().get().uri("/browser/connection")
				.header("Origin", "http://127.0.0.2:9999")
				.header("Sec-Fetch-Site", site)
				.exchange()
				.expectStatus().isForbidden()
				.expectHeader().cacheControl(CacheControl.noStore())
				.expectHeader().doesNotExist("Access-Control-Allow-Origin")
				.expectBody(String.class).value(body -> assertThat(body).doesNotContain("password"));
		}
		// DNS rebinding: a page of another name that now points here is same-origin to the browser, not to the service
		String rebound = rawGet("/browser/connection", "rebound.example:" + this.port);
		assertThat(rebound).startsWith("HTTP/1.1 403").doesNotContain("\"password\"");
		assertThat(rawGet("/browser/connection", "127.0.0.1:" + this.port)).startsWith("HTTP/1.1 200")
			.contains("\"password\"");
	}

	/**
	 * Another account of this machine reaches loopback too, but not Browser's login: curl run as {@code nobody}
	 * gets 403 where the same request from this account gets 200. Needs Linux, root (to switch accounts) and curl,
	 * as the CI machine has; elsewhere the test cannot run and says so.
	 */
	@Test
	void anotherAccountOfThisMachineIsRefusedBrowsersLogin() throws Exception {
		Assumptions.assumeTrue(new SocketOwners().self().orElse(-1) == 0 && Files.isExecutable(Path.of("/usr/sbin/runuser"))
				&& Files.isExecutable(Path.of("/usr/bin/curl")), "needs root, runuser and curl on Linux");
		String url = "http://127.0.0.1:" + this.port + "/browser/connection";
		var process = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "/usr/bin/curl", "-s", "-w",
				"\n%{http_code}", url).redirectErrorStream(true).start();
		String answer = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor()).isZero();
		assertThat(answer).endsWith("403").contains("another account of this machine").doesNotContain("\"password\"");
		assertThat(rawGet("/browser/connection", "127.0.0.1:" + this.port)).startsWith("HTTP/1.1 200");
	}

	/** A GET with the Host header given, which Java's HTTP client will not send. */
	private String rawGet(String path, String host) throws IOException {
		try (var socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String neo4jSecret() {
		try {
			return Files.readString(dataDirectory().resolve("neo4j-password")).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
