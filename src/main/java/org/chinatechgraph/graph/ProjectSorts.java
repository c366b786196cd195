package org.chinatechgraph.graph;

import java.util.Map;

/**
 * The orders a list of projects can be given: each sort field's Cypher expression on {@code n}. The list's statement
 * sorts by it, and the summary's table of projects reads the same expression to hold every project's place in each
 * order, so both give one order.
 */
public final class ProjectSorts {

	/** Each sort field of {@code ProjectOrder} and the value it sorts projects by. */
	public static final Map<String, String> EXPRESSIONS = Map.of("NAME", "toLower(n.name)", "AMOUNT",
			"n.investmentCny", "SIGNED_ON", "n.signedStart", "YEAR", "n.year");

	private ProjectSorts() {
	}

}
