package org.chinatechgraph.summary;

import java.util.HashMap;
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
	 * %1$s: the selection (binds n, then tests it); %2$s: the total; %3$s: the groups
	 * ({@link SummaryGrouping#groups()}); %4$s: the programs. The selected projects are found once (from the
	 * filter's anchor when it has one, else from the label with the filter's tests), and each is taken up to its
	 * groups.
	 */
	private static final String SUMMARY = """
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

	/** The summary when no groups are asked: %1$s the selection, %2$s the total, %3$s the programs. */
	private static final String TOTAL = """
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

	private final ReadCache reads;

	private final ProjectTable table;

	SummaryQueries(ReadCache reads, ProjectTable table) {
		this.reads = reads;
		this.table = table;
	}

	/** The summary, from the table of projects when it can answer, else from the graph. */
	InvestmentSummary summary(SummaryGrouping grouping, Selection selection, SummaryMeasures measures) {
		return this.table.summary(grouping, selection, measures)
			.orElseGet(() -> summary(grouping, read(grouping, selection, measures)));
	}

	/** The summary's row as the graph gives it. */
	Map<String, Object> read(SummaryGrouping grouping, Selection selection, SummaryMeasures measures) {
		String programsPart = measures.programs() ? PROGRAMS : "RETURN [] AS programs";
		String selected = selection.cypher().indent(2).strip();
		String cypher = measures.groups()
				? SUMMARY.formatted(selected, measures.map(null, ""), grouping.groups().formatted(measures.aggregates()),
						programsPart)
				: TOTAL.formatted(selected, measures.map(null, ""), programsPart);
		// the programs' part reads the place, years and sector filters, set or not
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("place", null);
		parameters.put("years", null);
		parameters.put("sector", null);
		parameters.putAll(selection.parameters());
		return this.reads.rows(cypher, parameters).getFirst();
	}

	/** The summary of a row ({@code total}, {@code groups}, {@code programs}). */
	static InvestmentSummary summary(SummaryGrouping grouping, Map<String, Object> row) {
		var groups = Values.maps(row, "groups").stream()
			.map(g -> group((String) g.get("key"), (String) g.get("label"), totals(g)))
			.toList();
		var programs = Values.list(row, "programs").stream().map(p -> GraphNodes.as(p, Program.class)).toList();
		return new InvestmentSummary(grouping, groups, totals(Values.map(row, "total")), programs);
	}

	/** A group of the summary; one of projects in no such group is labelled "(none)". */
	static InvestmentSummary.Group group(String key, String label, InvestmentSummary.Totals totals) {
		return new InvestmentSummary.Group(key, label == null ? "(none)" : label, totals);
	}

	private static InvestmentSummary.Totals totals(Map<String, Object> row) {
		return new InvestmentSummary.Totals(((Number) row.get("projects")).intValue(),
				((Number) row.get("withAmount")).intValue(), Amounts.cny(row.get("cny")), Amounts.cny(row.get("usd")));
	}

}
