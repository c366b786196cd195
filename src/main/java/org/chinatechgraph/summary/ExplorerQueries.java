package org.chinatechgraph.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.filter.Selection;

import org.springframework.stereotype.Repository;

/**
 * The explorer's aggregates besides the investment summary, each one Cypher statement over the projects a filter
 * selects: projects by signing month and sector, the organizations investing the most, and the organizations
 * linked to the most of them.
 */
@Repository
class ExplorerQueries {

	/**
	 * %1$s: the selection's match, %2$s: its tests on n. A project in two sectors is in both stacks of its month.
	 */
	private static final String TIMELINE = """
			%1$s
			WHERE n.signedOn IS NOT NULL AND %2$s
			WITH n, toInteger(substring(n.signedOn, 0, 4)) AS year,
			     CASE WHEN size(n.signedOn) >= 7 THEN toInteger(substring(n.signedOn, 5, 2)) END AS month
			OPTIONAL MATCH (n)-[:IN_SECTOR]->(s:Sector)
			WITH year, month, s, count(DISTINCT n) AS projects, sum(n.investmentCny) AS cny
			ORDER BY year, coalesce(month, 0), s.name
			RETURN year, month, CASE WHEN s IS NULL THEN null ELSE s {.*, labels: labels(s)} END AS sector,
			       projects, cny""";

	/**
	 * %1$s: the selection (binds n, then tests it). What an organization invests in a project: the amount the link
	 * states, else the project's whole amount when it is the project's only investor, else nothing known. Each
	 * project's investments are read once, and counted from that list (a count per investment read them again).
	 */
	private static final String INVESTORS = """
			%1$s
			MATCH (o:Organization)-[r:INVESTS_IN]->(n)
			WITH n, collect({o: o, amount: r.amountCny}) AS investments
			UNWIND investments AS i
			WITH i.o AS o, n,
			     coalesce(i.amount, CASE WHEN size(investments) = 1 THEN n.investmentCny END) AS committed
			WITH o, count(DISTINCT n) AS projects, count(committed) AS withAmount, sum(committed) AS cny
			ORDER BY cny DESC, projects DESC, o.name, o.id
			LIMIT $first
			RETURN o {.*, labels: labels(o)} AS organization, projects, withAmount, cny""";

	/**
	 * %1$s: the selection (binds n, then tests it). Each selected project's investors and developers, counted once
	 * per organization and project whatever links join them, then ranked; the work follows the selected projects'
	 * links, not every organization's.
	 */
	private static final String ORGANIZATIONS = """
			%1$s
			MATCH (o:Organization)-[r:INVESTS_IN|DEVELOPS]->(n)
			WITH o, n, collect(type(r)) AS links
			WITH o, count(n) AS projects, count(CASE WHEN 'INVESTS_IN' IN links THEN 1 END) AS investedIn,
			     count(CASE WHEN 'DEVELOPS' IN links THEN 1 END) AS developed
			ORDER BY projects DESC, o.name, o.id
			LIMIT $first
			RETURN o {.*, labels: labels(o)} AS organization, projects, investedIn, developed""";

	private final ReadCache reads;

	private final ProjectTable table;

	ExplorerQueries(ReadCache reads, ProjectTable table) {
		this.reads = reads;
		this.table = table;
	}

	/** Each of the aggregates below comes from the table of projects when it can answer, else from the graph. */
	List<TimelineEntry> timeline(Selection selection) {
		return this.table.timeline(selection)
			.orElseGet(() -> this.reads.rows(TIMELINE.formatted(selection.match(), selection.where()),
					selection.parameters(),
					row -> new TimelineEntry(((Number) row.get("year")).intValue(),
							row.get("month") == null ? null : ((Number) row.get("month")).intValue(),
							row.get("sector") == null ? null : GraphNodes.as(row.get("sector"), Sector.class), false,
							((Number) row.get("projects")).intValue(), Amounts.cny(row.get("cny")))));
	}

	List<InvestorTotal> investors(Selection selection, int first) {
		return this.table.investors(selection, first)
			.orElseGet(() -> this.reads.rows(INVESTORS.formatted(selection.cypher()), parameters(selection, first),
					row -> new InvestorTotal(GraphNodes.as(row.get("organization"), Organization.class),
							((Number) row.get("projects")).intValue(), ((Number) row.get("withAmount")).intValue(),
							Amounts.cny(row.get("cny")))));
	}

	List<OrganizationTotal> organizations(Selection selection, int first) {
		return this.table.organizations(selection, first)
			.orElseGet(() -> this.reads.rows(ORGANIZATIONS.formatted(selection.cypher()), parameters(selection, first),
					row -> new OrganizationTotal(GraphNodes.as(row.get("organization"), Organization.class),
							((Number) row.get("projects")).intValue(), ((Number) row.get("investedIn")).intValue(),
							((Number) row.get("developed")).intValue())));
	}

	private static Map<String, Object> parameters(Selection selection, int first) {
		Map<String, Object> parameters = new HashMap<>(selection.parameters());
		parameters.put("first", first);
		return parameters;
	}

}
