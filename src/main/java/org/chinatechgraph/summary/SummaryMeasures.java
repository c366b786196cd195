package org.chinatechgraph.summary;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * What a summary request asks for, so that the statement computes only that: each sum reads a property of every
 * selected project, the groups walk the graph down from every group, and the programs are a query of their own.
 * Totals not asked for are 0 in the answer and never shown.
 */
record SummaryMeasures(boolean groups, boolean programs, boolean withAmount, boolean cny, boolean usd) {

	/** Everything, as when the caller is not a GraphQL request. */
	static final SummaryMeasures ALL = new SummaryMeasures(true, true, true, true, true);

	static SummaryMeasures of(DataFetchingFieldSelectionSet selection) {
		if (selection == null) {
			return ALL;
		}
		boolean groups = selection.contains("groups");
		// the groups are ordered by their CNY totals, asked for or not
		return new SummaryMeasures(groups, selection.contains("programs"), asked(selection, "projectsWithAmount"),
				groups || asked(selection, "cny"), asked(selection, "usd"));
	}

	private static boolean asked(DataFetchingFieldSelectionSet selection, String total) {
		return selection.contains("total/" + total) || selection.contains("groups/totals/" + total);
	}

	/** The aggregates over the projects {@code n}, as the columns {@code projects, withAmount, cny, usd}. */
	String aggregates() {
		return String.join(", ", expressions(null, " AS ", ""));
	}

	/**
	 * The aggregates over the projects {@code n} for which {@code when} holds (null: all of them), as a map
	 * {@code {projects, withAmount, cny, usd}}, with {@code extra} entries before them.
	 */
	String map(String when, String extra) {
		return "{" + extra + String.join(", ", expressions(when, "", ": ")) + "}";
	}

	private java.util.List<String> expressions(String when, String before, String after) {
		return java.util.List.of(
				column("projects", "count(" + only(when, "1") + ")", before, after),
				column("withAmount", this.withAmount ? "count(" + only(when, "n.investmentCny") + ")" : "0", before, after),
				column("cny", this.cny ? "sum(" + only(when, "n.investmentCny") + ")" : "0", before, after),
				column("usd", this.usd ? "sum(" + only(when, "n.investmentUsd") + ")" : "0", before, after));
	}

	/** {@code expression AS name} ({@code before} " AS ") or {@code name: expression} ({@code after} ": "). */
	private static String column(String name, String expression, String before, String after) {
		return before.isEmpty() ? name + after + expression : expression + before + name;
	}

	private static String only(String when, String value) {
		return (when == null) ? value : "CASE WHEN " + when + " THEN " + value + " END";
	}

}
