package org.chinatechgraph.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.Values;

import org.springframework.stereotype.Repository;

/**
 * The investment summary as one Cypher statement: totals over the selected projects, then per group. Only
 * Project nodes are summed; a Program's total is an umbrella figure and is returned beside them.
 */
@Repository
class SummaryQueries {

	/**
	 * %1$s: the nodes outside every group; %2$s: the selection's predicate on n; %3$s: whether n is outside every
	 * group; %4$s: the total; %5$s: the total of the projects outside every group; %6$s: the groups; %7$s: the
	 * programs. Each part a request does not ask for is left out ({@link SummaryMeasures}).
	 */
	private static final String SUMMARY = """
			CALL () {
			  %1$s
			}
			CALL (outside) {
			  MATCH (n:Project) WHERE %2$s
			  WITH n, %3$s AS ungrouped
			  RETURN %4$s AS total, %5$s AS none
			}
			CALL () {
			  %6$s
			  RETURN collect({key: key, label: label, projects: projects, withAmount: withAmount, cny: cny, usd: usd})
			         AS found
			}
			CALL () {
			  %7$s
			}
			CALL (found, none) {
			  UNWIND found + CASE WHEN none.projects > 0 THEN [none] ELSE [] END AS g
			  WITH g ORDER BY g.cny DESC, g.projects DESC, g.label
			  RETURN collect(g) AS groups
			}
			RETURN total, groups, programs
			""";

	/**
	 * The summary of a selection with an anchor. %1$s: the selection (binds n, then tests it); %2$s: the total;
	 * %3$s: the groups ({@link SummaryGrouping.Parts#anchored()}); %4$s: the programs. The selected projects are
	 * found from the anchor once, and each is taken up to its groups.
	 */
	private static final String ANCHORED_SUMMARY = """
			CALL () {
			  %1$s
			  RETURN collect(n) AS selected
			}
			CALL (selected) {
			  UNWIND selected AS n
			  RETURN %2$s AS total
			}
			CALL (selected) {
			  %3$s
			  RETURN collect({key: key, label: label, projects: projects, withAmount: withAmount, cny: cny, usd: usd})
			         AS found
			}
			CALL () {
			  %4$s
			}
			CALL (found) {
			  UNWIND found AS g
			  WITH g ORDER BY g.cny DESC, g.projects DESC, g.label
			  RETURN collect(g) AS groups
			}
			RETURN total, groups, programs
			""";

	/**
	 * The summary of a selection with an anchor, when no groups are asked: %1$s the selection, %2$s the total,
	 * %3$s the programs.
	 */
	private static final String ANCHORED_TOTAL = """
			CALL () {
			  %1$s
			  RETURN %2$s AS total
			}
			CALL () {
			  %3$s
			}
			RETURN total, [] AS groups, programs
			""";

	private static final String PROGRAMS = """
			MATCH (n:Program)
			  WHERE ($place IS NULL OR %s)
			    AND ($years IS NULL OR n.year IN $years)
			    AND ($sector IS NULL OR EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector {id: $sector}) })
			  WITH n ORDER BY n.investmentCny DESC
			  RETURN collect(n {.*, labels: labels(n)}) AS programs""".formatted(Containment.inside("Program", "place"));

	private static final String NO_OUTSIDE = "RETURN [] AS outside";

	private static final String NO_GROUPS = "WITH null AS key, null AS label, 0 AS projects, 0 AS withAmount, 0 AS cny, 0 AS usd LIMIT 0";

	private final ReadCache reads;

	SummaryQueries(ReadCache reads) {
		this.reads = reads;
	}

	InvestmentSummary summary(SummaryGrouping grouping, Selection selection, SummaryMeasures measures) {
		var parts = grouping.parts();
		String programsPart = measures.programs() ? PROGRAMS : "RETURN [] AS programs";
		String cypher;
		if (selection.anchored() && !measures.groups()) {
			cypher = ANCHORED_TOTAL.formatted(selection.cypher().indent(2).strip(), measures.map(null, ""), programsPart);
		}
		else if (selection.anchored()) {
			cypher = ANCHORED_SUMMARY.formatted(selection.cypher().indent(2).strip(), measures.map(null, ""),
					measures.groups() ? parts.anchored().formatted(measures.aggregates()) : NO_GROUPS, programsPart);
		}
		else {
			String predicate = selection.where();
			cypher = SUMMARY.formatted(measures.groups() ? parts.outside() : NO_OUTSIDE, predicate,
					measures.groups() ? parts.ungrouped() : "false", measures.map(null, ""),
					measures.map("ungrouped", "key: null, label: null, "),
					measures.groups() ? parts.groups().formatted(predicate, measures.aggregates()) : NO_GROUPS,
					programsPart);
		}
		// the programs' part reads the place, years and sector filters, set or not
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("place", null);
		parameters.put("years", null);
		parameters.put("sector", null);
		parameters.putAll(selection.parameters());
		var row = this.reads.rows(cypher, parameters).getFirst();
		var groups = Values.maps(row, "groups").stream()
			.map(g -> new InvestmentSummary.Group((String) g.get("key"),
					g.get("label") == null ? "(none)" : (String) g.get("label"), totals(g)))
			.toList();
		var programs = Values.list(row, "programs").stream().map(p -> GraphNodes.as(p, Program.class)).toList();
		return new InvestmentSummary(grouping, groups, totals(Values.map(row, "total")), programs);
	}

	private static InvestmentSummary.Totals totals(Map<String, Object> row) {
		return new InvestmentSummary.Totals(((Number) row.get("projects")).intValue(),
				((Number) row.get("withAmount")).intValue(), money(row.get("cny")), money(row.get("usd")));
	}

	private static BigDecimal money(Object value) {
		return value == null ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(((Number) value).doubleValue()).setScale(2, RoundingMode.HALF_EVEN);
	}

}
