package org.chinatechgraph.summary;

/** How the investment summary groups projects; each grouping is a fixed Cypher fragment giving key and label. */
enum SummaryGrouping {

	PROVINCE("""
			CALL (n) { OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(g:Province) RETURN DISTINCT g }
			WITH n, g.id AS key, g.name AS label"""),

	CITY("""
			CALL (n) { OPTIONAL MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(g:City) RETURN DISTINCT g }
			WITH n, g.id AS key, g.name AS label"""),

	SECTOR("""
			CALL (n) { OPTIONAL MATCH (n)-[:IN_SECTOR]->(g:Sector) RETURN DISTINCT g }
			WITH n, g.id AS key, g.name AS label"""),

	YEAR("""
			WITH n, toString(n.year) AS key, toString(n.year) AS label""");

	private final String cypher;

	SummaryGrouping(String cypher) {
		this.cypher = cypher;
	}

	String cypher() {
		return this.cypher;
	}

}
