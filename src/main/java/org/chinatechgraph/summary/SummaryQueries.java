package org.chinatechgraph.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.project.ProjectSelection;
import org.chinatechgraph.system.ReadCypher;

import org.springframework.stereotype.Repository;

/**
 * The investment summary as one Cypher statement: totals over the selected projects, then per group. Only
 * Project nodes are summed; a Program's total is an umbrella figure and is returned beside them.
 */
@Repository
class SummaryQueries {

	private static final String SUMMARY = """
			CALL () {
			  MATCH (n:Project) WHERE %1$s
			  RETURN {projects: count(n), withAmount: count(n.investmentCny),
			          cny: sum(n.investmentCny), usd: sum(n.investmentUsd)} AS total
			}
			CALL () {
			  MATCH (n:Project) WHERE %1$s
			  %2$s
			  WITH key, label, count(n) AS projects, count(n.investmentCny) AS withAmount,
			       sum(n.investmentCny) AS cny, sum(n.investmentUsd) AS usd
			  ORDER BY cny DESC, projects DESC, label
			  RETURN collect({key: key, label: label, projects: projects, withAmount: withAmount, cny: cny, usd: usd}) AS groups
			}
			CALL () {
			  MATCH (n:Program)
			  WHERE ($place IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: $place}) })
			    AND ($years IS NULL OR n.year IN $years)
			    AND ($sector IS NULL OR EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector {id: $sector}) })
			  WITH n ORDER BY n.investmentCny DESC
			  RETURN collect(n {.*, labels: labels(n)}) AS programs
			}
			RETURN total, groups, programs
			""";

	private final ReadCypher reads;

	SummaryQueries(ReadCypher reads) {
		this.reads = reads;
	}

	@SuppressWarnings("unchecked")
	InvestmentSummary summary(SummaryGrouping grouping, Map<String, Object> selection) {
		var row = this.reads.row(SUMMARY.formatted(ProjectSelection.PREDICATE, grouping.cypher()), selection)
			.orElseThrow();
		var groups = ((List<Map<String, Object>>) row.get("groups")).stream()
			.map(g -> new InvestmentSummary.Group((String) g.get("key"),
					g.get("label") == null ? "(none)" : (String) g.get("label"), totals(g)))
			.toList();
		var programs = ((List<Object>) row.get("programs")).stream().map(p -> GraphNodes.as(p, Program.class)).toList();
		return new InvestmentSummary(grouping, groups, totals((Map<String, Object>) row.get("total")), programs);
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
