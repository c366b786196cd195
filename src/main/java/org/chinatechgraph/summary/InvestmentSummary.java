package org.chinatechgraph.summary;

import java.math.BigDecimal;
import java.util.List;

import org.chinatechgraph.graph.Program;

/** Totals of the selected projects, per group and overall, and the programs whose umbrella totals stand apart. */
record InvestmentSummary(SummaryGrouping groupBy, List<Group> groups, Totals total, List<Program> programs) {

	record Group(String key, String label, Totals totals) {
	}

	record Totals(int projectCount, int projectsWithAmount, BigDecimal cny, BigDecimal usd) {
	}

}
