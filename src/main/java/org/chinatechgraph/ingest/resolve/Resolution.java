package org.chinatechgraph.ingest.resolve;

import java.util.List;

/**
 * What a mention resolved to.
 *
 * @param decision MATCH (the existing node {@code id}), REVIEW (uncertain: a person decides) or NEW
 * @param matchedBy how the match was made: code, name, alias, acronym, spelling
 * @param score the best candidate's score, 0 to 1
 * @param candidates the existing nodes considered, best first
 */
public record Resolution(Decision decision, String id, String matchedBy, double score, List<Candidate> candidates) {

	public enum Decision {

		MATCH, REVIEW, NEW

	}

	/** An existing node a mention may be. */
	public record Candidate(String id, String label, String name, double score, String reason) {
	}

}
