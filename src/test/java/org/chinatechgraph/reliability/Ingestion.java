package org.chinatechgraph.reliability;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.system.DatabaseAvailability;

/**
 * How the tests write: a fact file in, an outcome out. Today through the service's loader, in the service's own
 * process; the same outcomes as the GraphQL errors a client would get ({@code BAD_REQUEST} for a bad file,
 * {@code UNAVAILABLE} while the database is away, {@code INTERNAL_ERROR} for anything else).
 */
@FunctionalInterface
public interface Ingestion {

	String OK = "OK";

	/** Loads the file; returns {@link #OK} or the classification of the error a client would see. */
	String ingest(byte[] content, String name);

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
