package org.chinatechgraph.backup;

/** The Cypher of export: it reads the whole graph in a few statements; restore writes only through the loader. */
final class BackupQueries {

	static final String SOURCES = """
			MATCH (a:Article)
			RETURN a.id AS id, properties(a) AS props
			ORDER BY id
			""";

	static final String NODES = """
			MATCH (n:Entity)
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
			ORDER BY id
			""";

	/** Which sources report each node, with the sentences of each. */
	static final String MENTIONS = """
			MATCH (n:Entity)-[m:REPORTED_IN]->(a:Article)
			RETURN a.id AS source, n.id AS node, properties(m) AS props
			ORDER BY source, node
			""";

	static final String RELATIONSHIPS = """
			MATCH (x:Entity)-[r]->(y:Entity)
			RETURN type(r) AS type, x.id AS from, y.id AS to, properties(r) AS props
			ORDER BY type, from, to
			""";

	/** What a fact file cannot state: nodes that are neither entities nor sources, and links off the fact model. */
	static final String FOREIGN = """
			CALL () { MATCH (n) WHERE NOT n:Entity AND NOT n:Article RETURN count(n) AS nodes }
			CALL () {
			  MATCH (x)-[r]->(y)
			  WHERE NOT (x:Entity AND y:Entity AND type(r) <> 'REPORTED_IN')
			    AND NOT (x:Entity AND y:Article AND type(r) = 'REPORTED_IN')
			  RETURN count(r) AS relationships
			}
			CALL () { MATCH (n:Entity) WHERE NOT (n)-[:REPORTED_IN]->(:Article) RETURN count(n) AS unreported }
			RETURN nodes, relationships, unreported
			""";

	static final String SIZE = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN nodes, relationships
			""";

	/** Sets back the loader's alias bookkeeping after a restore (see {@link AliasState}). */
	static final String SET_NODE_ALIASES = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			SET n.aliases = row.aliases
			""";

	static final String SET_ADDED_ALIASES = """
			UNWIND $rows AS row
			MATCH (:Entity {id: row.node})-[m:REPORTED_IN]->(:Article {id: row.source})
			SET m.addedAliases = row.aliases
			""";

	private BackupQueries() {
	}

}
