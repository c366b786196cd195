package org.chinatechgraph.curation;

/** The Cypher of merging two nodes and undoing it. */
final class MergeStatements {

	static final String NODE = """
			MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels, properties(n) AS props
			""";

	static final String RELATIONSHIPS = """
			MATCH (n:Entity {id: $id})-[r]-(o)
			RETURN type(r) AS type, startNode(r) = n AS outgoing, o.id AS other, properties(r) AS props
			ORDER BY type, other, outgoing
			""";

	static final String SET_NODE = """
			MATCH (n:Entity {id: $id}) SET n = $props
			""";

	/** Creates each relationship of a node, or sets the properties of the one already there. */
	static final String PUT_RELATIONSHIPS = """
			MATCH (n:Entity {id: $id})
			UNWIND $rows AS row
			CALL (row) {
			  OPTIONAL MATCH (e:Entity {id: row.other})
			  OPTIONAL MATCH (a:Article {id: row.other})
			  RETURN coalesce(e, a) AS o
			}
			WITH n, o, row WHERE o IS NOT NULL
			CALL (n, o, row) {
			  WITH * WHERE row.outgoing
			  MERGE (n)-[r:$(row.type)]->(o) SET r = row.props
			}
			CALL (n, o, row) {
			  WITH * WHERE NOT row.outgoing
			  MERGE (o)-[r:$(row.type)]->(n) SET r = row.props
			}
			RETURN count(*) AS written
			""";

	static final String DELETE_RELATIONSHIPS = """
			MATCH (n:Entity {id: $id})
			UNWIND $rows AS row
			MATCH (n)-[r:$(row.type)]-(o {id: row.other})
			WHERE (startNode(r) = n) = row.outgoing
			DELETE r
			""";

	static final String CREATE_NODE = """
			CREATE (n:$($labels)) SET n = $props
			""";

	static final String DELETE_NODE = """
			MATCH (n:Entity {id: $id}) DETACH DELETE n
			""";

	static final String RECORD = """
			CREATE (m:MergeRecord {id: $id, kept: $kept, merged: $merged, mergedName: $mergedName,
			  at: datetime(), snapshot: $snapshot, moved: $moved, combined: $combined})
			""";

	static final String FIND_RECORD = """
			MATCH (m:MergeRecord {id: $id}) RETURN m {.*} AS m
			""";

	static final String MARK_UNDONE = """
			MATCH (m:MergeRecord {id: $id}) SET m.undoneAt = datetime()
			""";

	static final String LIST_RECORDS = """
			MATCH (m:MergeRecord)
			WHERE $entity IS NULL OR m.kept = $entity OR m.merged = $entity
			RETURN m {.*} AS m ORDER BY m.at DESC LIMIT $limit
			""";

	private MergeStatements() {
	}

}
