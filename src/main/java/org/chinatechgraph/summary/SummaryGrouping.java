package org.chinatechgraph.summary;

import org.chinatechgraph.graph.Containment;

/**
 * How the investment summary groups projects. A grouping by place or sector walks down from each group node
 * (34 provinces, a few hundred cities, a few thousand districts, the sectors) to its projects, as one would by hand, rather than up from
 * every project; the projects outside every group are found from their direct parents (a place, park or program
 * known to lead to no group, or none at all). A grouping by year reads each project's year. When the filter has an
 * anchor, the selected projects are few: they are found from it once, and taken up to their groups instead
 * ({@link Parts#anchored()}): grouped first by the nodes they are directly in (a park, a district), each of which is
 * walked up once however many selected projects it holds (on the medium benchmark graph, a sector's 6,730 projects
 * sit in a few thousand such nodes: 593,000 database hits fell to 246,000).
 */
enum SummaryGrouping {

	PROVINCE(places("Province")),

	CITY(places("City")),

	/** County-level places (districts, counties, county-level cities): a municipality's next level down. */
	DISTRICT(places("District")),

	SECTOR(new Parts("""
			RETURN [] AS outside""", """
			NOT EXISTS { (n)-[:IN_SECTOR]->(:Sector) }""", """
			MATCH (g:Sector)
			CALL (g) {
			  MATCH (g)<-[:IN_SECTOR]-(n:Project) WHERE %1$s
			  RETURN %2$s
			}
			WITH g.id AS key, g.name AS label, projects, withAmount, cny, usd WHERE projects > 0""", """
			UNWIND selected AS n
			OPTIONAL MATCH (n)-[:IN_SECTOR]->(g:Sector)
			WITH g, %1$s
			WITH g.id AS key, g.name AS label, projects, withAmount, cny, usd""")),

	YEAR(new Parts("""
			RETURN [] AS outside""", "false", """
			MATCH (n:Project) WHERE %1$s
			WITH toString(n.year) AS key, %2$s
			WITH key, key AS label, projects, withAmount, cny, usd""", """
			UNWIND selected AS n
			WITH toString(n.year) AS key, %1$s
			WITH key, key AS label, projects, withAmount, cny, usd"""));

	/**
	 * The Cypher of a grouping.
	 * @param outside returns {@code outside}: the nodes a project may hang from that lead to no group
	 * @param ungrouped whether project {@code n} is in no group (may use {@code outside})
	 * @param groups returns {@code key, label, projects, withAmount, cny, usd} per group; {@code %1$s} is the
	 * selection's predicate on {@code n}, {@code %2$s} the aggregates ({@link SummaryMeasures#aggregates()})
	 * @param anchored the same per group, projects outside every group under a null key, over the projects in the
	 * list {@code selected}; {@code %1$s} is the aggregates
	 */
	record Parts(String outside, String ungrouped, String groups, String anchored) {
	}

	private final Parts parts;

	SummaryGrouping(Parts parts) {
		this.parts = parts;
	}

	Parts parts() {
		return this.parts;
	}

	/**
	 * Grouping by a level of places: down from each place of the level; a project is outside every group when each
	 * place, park, program or project it is directly in or part of reaches no place of the level within the same
	 * eight links (the places, parks and programs that reach none are few, and are looked up first).
	 */
	private static Parts places(String level) {
		return new Parts("""
				MATCH (o) WHERE (o:Place OR o:Park OR o:Program) AND NOT o:%1$s
				  AND NOT EXISTS { (o)%2$s(:%1$s) }
				RETURN collect(o) AS outside""".formatted(level, Containment.up("Program", Containment.DEPTH - 1)), """
				all(x IN [(n)-[:LOCATED_IN|PART_OF]->(x:Place|Park|Program|Project) | x] WHERE CASE WHEN x:Project
				      THEN NOT EXISTS { (x)%2$s(:%1$s) } ELSE x IN outside END)"""
			.formatted(level, Containment.up("Project", Containment.DEPTH - 1)), """
				MATCH (g:%1$s)
				CALL (g) {
				  MATCH (g)%2$s(n:Project)
				  WITH DISTINCT n WHERE %%1$s
				  RETURN %%2$s
				}
				WITH g.id AS key, g.name AS label, projects, withAmount, cny, usd WHERE projects > 0"""
			.formatted(level, Containment.down("Project")), """
				UNWIND selected AS n
				OPTIONAL MATCH (n)%2$s
				WITH parent, collect(n) AS inside
				OPTIONAL MATCH (parent)%3$s(g:%1$s)
				UNWIND inside AS n
				WITH n, collect(DISTINCT g) AS reached
				UNWIND CASE WHEN reached = [] THEN [null] ELSE reached END AS g
				WITH g, %%1$s
				WITH g.id AS key, g.name AS label, projects, withAmount, cny, usd"""
			.formatted(level, Containment.parent("Project", "parent"), Containment.upFromParent("Project")));
	}

}
