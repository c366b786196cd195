package org.chinatechgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one definition of the tests' database. Where Docker runs (and {@code ctg.test.docker} is not false) it is
 * Neo4j in a Testcontainers container, reached by URI like any external server; elsewhere it is the service's
 * own embedded Neo4j, in a fresh directory with Bolt on a free loopback port. Either way, a real Neo4j.
 */
public final class TestDatabase {

	private static final String IMAGE = "neo4j:2026.08.1";

	private static Neo4jContainer container;

	private static Path embeddedDirectory;

	private static final Map<String, Path> APART = new HashMap<>();

	private TestDatabase() {
	}

	/** Points the service under test at the test database. */
	public static synchronized void configure(DynamicPropertyRegistry registry) {
		if (useDocker()) {
			if (container == null) {
				System.out.println("Test database: Neo4j " + IMAGE + " in a Testcontainers container");
				container = new Neo4jContainer(IMAGE).withoutAuthentication();
				container.start();
			}
			registry.add("spring.neo4j.uri", container::getBoltUrl);
		}
		else {
			registry.add("ctg.embedded.data-dir", () -> embeddedDirectory().toString());
			registry.add("ctg.embedded.bolt-port", () -> "0");
		}
	}

	/**
	 * Points a second service under test at a database of its own: the same container where Docker runs, else an
	 * embedded store in a directory of its own (two services cannot open one store).
	 */
	public static synchronized void configureApart(DynamicPropertyRegistry registry, String name) {
		configure(registry);
		if (!useDocker()) {
			Path dir = APART.computeIfAbsent(name, TestDatabase::newDataDirectory);
			registry.add("ctg.embedded.data-dir", dir::toString);
		}
	}

	/** A new empty directory for a Neo4j store, removed when the JVM exits. */
	public static Path newDataDirectory(String name) {
		try {
			Path dir = Files.createTempDirectory("ctg-" + name + "-");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path embeddedDirectory() {
		if (embeddedDirectory == null) {
			System.out.println("Test database: the service's embedded Neo4j, in-process (no Docker engine found)");
			embeddedDirectory = newDataDirectory("test");
		}
		return embeddedDirectory;
	}

	private static boolean useDocker() {
		if ("false".equals(System.getProperty("ctg.test.docker"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
