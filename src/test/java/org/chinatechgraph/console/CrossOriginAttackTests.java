package org.chinatechgraph.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.SystemTest;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of the issue, in a real browser. A page of another origin, served by a small HTTP server of its own on
 * 127.0.0.2 and opened in Chromium on the machine while the service runs, loads neo4j-driver's browser bundle and
 * tries the embedded Bolt port over a WebSocket: with no login, with Neo4j's default one and a common guess, writing
 * ({@code CREATE}) and reading ({@code MATCH}); and it tries to read Neo4j Browser's login from the service. Nothing
 * may be written, read or handed out, and the service's own login must still work after. And a page that reaches the
 * service under a name of its own whose DNS points here (DNS rebinding, played by Chromium's host resolver rules) gets
 * no login either.
 */
@SystemTest
class CrossOriginAttackTests extends ConsoleTest {

	@Autowired
	Neo4jConnectionDetails database;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aPageOfAnotherOriginCanNeitherWriteNorReadTheGraph() throws IOException {
		try (var attacker = AttackerServer.start()) {
			String bolt = "bolt://127.0.0.1:" + this.database.getUri().getPort();
			Chromium chromium = chromium();
			chromium.open(attacker.url() + "?bolt=" + URLEncoder.encode(bolt, StandardCharsets.UTF_8) + "&service="
					+ URLEncoder.encode(url(""), StandardCharsets.UTF_8));
			chromium.waitFor(120, "the attacker's page to finish", driver -> driver.getTitle().equals("done"));
			List<Map<String, Object>> attack = results(chromium);
			attack.forEach(entry -> System.out.println("attack from " + attacker.origin() + ": " + entry));
			chromium.screenshot("cross-origin-attack");

			assertThat(attack).as("the attacker's page got as far as its driver and its fetches").hasSize(6);
			assertThat(attack).filteredOn(entry -> entry.containsKey("write")).hasSize(3).allSatisfy(entry -> {
				assertThat((String) entry.get("write")).as("%s: CREATE", entry.get("name")).startsWith("refused");
				assertThat((String) entry.get("read")).as("%s: MATCH", entry.get("name")).startsWith("refused");
			});
			assertThat(attack).filteredOn(entry -> entry.containsKey("status")).hasSize(3).allSatisfy(entry ->
					assertThat(String.valueOf(entry.get("body"))).as("%s", entry.get("name")).doesNotContain("password"));
			assertThat(attacker.requests()).as("the attacker's server served its page and the driver")
				.contains("/", "/neo4j-lite-web.min.js");
		}
		assertThat(this.neo4j.query("MATCH (n:DriveBy) RETURN count(n) AS n").fetchAs(Long.class).one())
			.as("nodes the attacker wrote").contains(0L);
		// the failed logins leave no lock on the service's own user (Neo4j's rule locks one after three)
		try (var driver = GraphDatabase.driver(this.database.getUri(), this.database.getAuthToken())) {
			driver.verifyConnectivity();
		}
	}

	@Test
	void aPageReachingTheServiceUnderANameOfItsOwnGetsNoLogin() {
		// what DNS rebinding ends with: the attacker's name resolves to this machine, so its page is same-origin
		Chromium chromium = chromium("--host-resolver-rules=MAP rebound.test 127.0.0.1");
		chromium.open("http://rebound.test:" + this.port + "/");
		chromium.waitFor(30, "the landing page under the other name",
				driver -> driver.getCurrentUrl().startsWith("http://rebound.test:"));
		Object answer = ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/browser/connection', { cache: 'no-store' })
				  .then(async response => done(response.status + ' ' + await response.text()))
				  .catch(error => done('refused ' + error));
				""");
		System.out.println("rebound page asked for Browser's login: " + answer);
		assertThat(String.valueOf(answer)).startsWith("403 ").doesNotContain("password");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> results(Chromium chromium) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) chromium.driver()).executeScript("return window.attack");
	}

	/**
	 * The attacker's web server: its page and neo4j-driver-lite's browser bundle, on 127.0.0.2 (another origin than
	 * the service's 127.0.0.1), or on another port of 127.0.0.1 where that address cannot be bound.
	 */
	record AttackerServer(HttpServer server, List<String> requests) implements AutoCloseable {

		private static final String FILES = "/console/attacker/";

		static AttackerServer start() throws IOException {
			HttpServer server;
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
			}
			catch (BindException ex) {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			List<String> requests = java.util.Collections.synchronizedList(new ArrayList<>());
			server.createContext("/", exchange -> {
				String path = exchange.getRequestURI().getPath();
				requests.add(path);
				String file = path.equals("/") ? "index.html" : path.substring(1);
				try (InputStream in = AttackerServer.class.getResourceAsStream(FILES + file)) {
					if (in == null || file.contains("/")) {
						exchange.sendResponseHeaders(404, -1);
						return;
					}
					byte[] body = in.readAllBytes();
					exchange.getResponseHeaders()
						.set("Content-Type", file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
					exchange.sendResponseHeaders(200, body.length);
					exchange.getResponseBody().write(body);
				}
				finally {
					exchange.close();
				}
			});
			server.start();
			return new AttackerServer(server, requests);
		}

		String origin() {
			return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":" + this.server.getAddress().getPort();
		}

		String url() {
			return origin() + "/";
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
