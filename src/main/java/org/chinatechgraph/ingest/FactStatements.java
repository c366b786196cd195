package org.chinatechgraph.ingest;

/** The Cypher of loading and retracting fact files: every write of the graph goes through these. */
final class FactStatements {

	static final String ARTICLE_HASH = """
			MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash
			""";

	static final String MERGE_ARTICLE = """
			MERGE (a:Article {id: $id})
			SET a += $props
			""";

	/**
	 * Nodes merge by id; a name given replaces the old one, aliases accumulate, each mention keeps its sentences.
	 * {@code %s} is the labels of the rows ({@code Entity:Organization:Company}), written in so that the planner
	 * knows them: they come from {@link Labels#of}, never from the file's text.
	 */
	static final String MERGE_NODES = """
			MATCH (a:Article {id: $articleId})
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			SET n:%s
			SET n += row.props
			WITH a, n, row, coalesce(n.aliases, []) AS known
			WITH a, n, row, known, [alias IN row.aliases WHERE NOT alias IN known AND alias <> n.name] AS added
			SET n.aliases = known + added
			MERGE (n)-[m:REPORTED_IN]->(a)
			SET m.evidence = row.evidence, m.aliases = row.aliases, m.addedAliases = added
			""";

	static final String UNNAMED_NODES = """
			MATCH (n:Entity) WHERE n.id IN $ids AND n.name IS NULL
			RETURN n.id AS id
			""";

	/** Every source that states a relationship adds its properties, its id and its sentences to it. */
	private static final String ADD_SOURCE = """
			SET r += row.props
			SET r.sources = coalesce(r.sources, []) + CASE WHEN $articleId IN coalesce(r.sources, []) THEN [] ELSE [$articleId] END,
			    r.evidence = coalesce(r.evidence, []) + row.evidence,
			    r.evidenceSources = coalesce(r.evidenceSources, []) + [s IN row.evidence | $articleId]
			""";

	/**
	 * One relationship per (from, type, to). {@code %s} is the type of the rows, one of
	 * {@link Labels#RELATIONSHIP_TYPES} (checked before it is written in).
	 */
	static final String MERGE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (from:Entity {id: row.from})
			MATCH (to:Entity {id: row.to})
			MERGE (from)-[r:%s]->(to)
			""" + ADD_SOURCE;

	/** Partnerships have no direction: an existing one either way is the same partnership. */
	static final String MERGE_PARTNERSHIPS = """
			UNWIND $rows AS row
			MATCH (from:Entity {id: row.from})
			MATCH (to:Entity {id: row.to})
			MERGE (from)-[r:PARTNERS_WITH]-(to)
			""" + ADD_SOURCE;

	/**
	 * Takes back what one source stated: its sentences leave every relationship of its nodes, relationships no
	 * other source states go, and nodes no other source reports go.
	 */
	static final String RETRACT_RELATIONSHIPS = """
			MATCH (a:Article {id: $articleId})<-[:REPORTED_IN]-(n:Entity)-[r]-(:Entity)
			WHERE $articleId IN r.sources
			WITH DISTINCT r
			WITH r, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceSources[i] <> $articleId] AS kept
			SET r.sources = [s IN r.sources WHERE s <> $articleId],
			    r.evidence = [i IN kept | r.evidence[i]],
			    r.evidenceSources = [i IN kept | r.evidenceSources[i]]
			WITH r WHERE size(r.sources) = 0
			DELETE r
			""";

	/**
	 * Takes back what one source said of its nodes: the aliases it brought in (unless another source states them
	 * too) and its mentions; nodes no other source reports go.
	 */
	static final String RETRACT_MENTIONS = """
			MATCH (a:Article {id: $articleId})<-[m:REPORTED_IN]-(n:Entity)
			WITH m, n, [x IN coalesce(m.addedAliases, [])
			  WHERE NOT EXISTS { (n)-[o:REPORTED_IN]->(b:Article) WHERE b.id <> $articleId AND x IN coalesce(o.aliases, []) }] AS own
			SET n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN own]
			DELETE m
			WITH DISTINCT n
			WHERE NOT (n)-[:REPORTED_IN]->()
			DETACH DELETE n
			""";

	static final String DELETE_ARTICLE = """
			MATCH (a:Article {id: $articleId}) DETACH DELETE a
			""";

	private FactStatements() {
	}

}
