package org.chinatechgraph.console;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.chinatechgraph.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a user starts it by default, with Neo4j embedded (Bolt on a free loopback port), seen through
 * headless Chromium. Every subclass shares one service; a test that opens a page gets a fresh browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.neo4j.uri=", "ctg.embedded.bolt-port=0" })
abstract class ConsoleTest {

	private static final Path DATA = TestDatabase.newDataDirectory("consoles");

	@LocalServerPort
	int port;

	private Chromium chromium;

	@DynamicPropertySource
	static void data(DynamicPropertyRegistry registry) {
		registry.add("ctg.embedded.data-dir", DATA::toString);
	}

	/** A fresh headless Chromium for this test, started on first use (with {@code arguments} besides the usual). */
	Chromium chromium(String... arguments) {
		if (this.chromium == null) {
			this.chromium = Chromium.start(arguments);
		}
		return this.chromium;
	}

	/** The service's data directory. */
	static Path dataDirectory() {
		return DATA;
	}

	@AfterEach
	void closeChromium() {
		if (this.chromium != null) {
			this.chromium.close();
			this.chromium = null;
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** No console errors on the page, except those that {@code expected} accepts. */
	void assertNoConsoleErrors(Predicate<String> expected) {
		assertThat(chromium().consoleErrors()).as("console errors").filteredOn(expected.negate()).isEmpty();
	}

}
