package org.chinatechgraph.summary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * What a summary request asks for, so that the statement computes only that: each sum reads a property of every
 * selected project, the groups walk the graph up from the projects' containers, and the programs are a query of their own.
 * Totals not asked for are 0 in the answer and never shown.
 */
record SummaryMeasures(boolean groups, boolean programs, boolean withAmount, boolean cny, boolean usd) {

	static SummaryMeasures of(DataFetchingFieldSelectionSet selection) {
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
		return aggregates(null).entrySet().stream()
			.map(aggregate -> aggregate.getValue() + " AS " + aggregate.getKey())
			.collect(Collectors.joining(", "));
	}

	/**
	 * The aggregates over the projects {@code n} for which {@code when} holds (null: all of them), as a map
	 * {@code {projects, withAmount, cny, usd}}, with {@code extra} entries before them.
	 */
	String map(String when, String extra) {
		return aggregates(when).entrySet().stream()
			.map(aggregate -> aggregate.getKey() + ": " + aggregate.getValue())
			.collect(Collectors.joining(", ", "{" + extra, "}"));
	}

	/** Each aggregate by its name; one not asked for is 0. */
	private Map<String, String> aggregates(String when) {
		Map<String, String> aggregates = new LinkedHashMap<>();
		aggregates.put("projects", "count(" + only(when, "1") + ")");
		aggregates.put("withAmount", this.withAmount ? "count(" + only(when, "n.investmentCny") + ")" : "0");
		aggregates.put("cny", this.cny ? "sum(" + only(when, "n.investmentCny") + ")" : "0");
		aggregates.put("usd", this.usd ? "sum(" + only(when, "n.investmentUsd") + ")" : "0");
		return aggregates;
	}

	private static String only(String when, String value) {
		return (when == null) ? value : "CASE WHEN " + when + " THEN " + value + " END";
	}

}
