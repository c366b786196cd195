package org.chinatechgraph.reliability;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.support.TestCredentials;
import org.chinatechgraph.system.neo4j.DatabaseAvailability;

/**
 * How the tests write: a fact file in, an outcome out: {@link #OK}, or the classification of the GraphQL error a
 * client gets ({@code BAD_REQUEST} for a bad file, {@code UNAVAILABLE} while the database is away). Over HTTP with
 * the {@code ingestFactFile} mutation, as a client writes, or through the service's loader in its own process.
 */
@FunctionalInterface
public interface Ingestion {

	String OK = "OK";

	/** Loads the file; returns {@link #OK} or the classification of the error a client would see. */
	String ingest(byte[] content, String name);

	/** The {@code ingestFactFile} mutation, sent by a client holding an API key. */
	static Ingestion overGraphQl(int port, java.time.Duration timeout) {
		var http = new GraphQlHttp(port, timeout, "Bearer " + TestCredentials.API_KEY);
		return (content, name) -> Workload.outcome(http.query(
				"mutation Ingest($content: String!, $name: String) { ingestFactFile(content: $content, name: $name) { __typename } }",
				java.util.Map.of("content", new String(content, java.nio.charset.StandardCharsets.UTF_8), "name", name)));
	}

	static Ingestion through(FactLoader loader) {
		return (content, name) -> {
			try {
				loader.load(content, name);
				return OK;
			}
			catch (InvalidFactFileException ex) {
				return "BAD_REQUEST";
			}
			catch (RuntimeException ex) {
				return DatabaseAvailability.isUnavailable(ex) ? "UNAVAILABLE" : "INTERNAL_ERROR " + ex;
			}
		};
	}

}
