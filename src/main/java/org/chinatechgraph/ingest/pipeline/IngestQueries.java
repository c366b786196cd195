package org.chinatechgraph.ingest.pipeline;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** The reads and the one extra write that planning and committing an ingestion need. */
@Component
class IngestQueries {

	private static final String ARTICLE_HASH = """
			MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash
			""";

	/** Of these nodes, those no article but this one reports. */
	private static final String OWNED = """
			MATCH (n:Entity) WHERE n.id IN $ids
			  AND NOT EXISTS { (n)-[:REPORTED_IN]->(a:Article) WHERE a.id <> $articleId }
			RETURN n.id AS id
			""";

	/** Ids in use that a new id built on one of these stems could collide with. */
	private static final String TAKEN = """
			UNWIND $stems AS stem
			MATCH (n:Entity) WHERE n.id = stem OR n.id STARTS WITH stem + '-'
			RETURN n.id AS id
			""";

	private static final String EXISTING = """
			MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id
			""";

	private static final String FLAG_DUPLICATES = """
			UNWIND $rows AS row
			MATCH (n:Entity {id: row.id})
			SET n:NeedsReview, n.possibleDuplicates = row.candidates
			""";

	private static final String REVIEW_QUEUE = """
			MATCH (n:NeedsReview)
			RETURN n.id AS id, [c IN coalesce(n.possibleDuplicates, []) WHERE EXISTS { (:Entity {id: c}) }] AS candidates
			ORDER BY id LIMIT $first
			""";

	private static final String DISMISS = """
			MATCH (n:NeedsReview {id: $id}) REMOVE n:NeedsReview, n.possibleDuplicates RETURN n.id AS id
			""";

	private final Neo4jClient neo4j;

	IngestQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	String articleHash(String articleId) {
		return this.neo4j.query(ARTICLE_HASH).bind(articleId).to("id").fetchAs(String.class).one().orElse(null);
	}

	Set<String> ownedBy(String articleId, Collection<String> ids) {
		return ids(this.neo4j.query(OWNED).bind(List.copyOf(ids)).to("ids").bind(articleId).to("articleId")
			.fetchAs(String.class).all());
	}

	Set<String> takenByStems(Collection<String> stems) {
		return ids(this.neo4j.query(TAKEN).bind(List.copyOf(stems)).to("stems").fetchAs(String.class).all());
	}

	Set<String> existing(Collection<String> ids) {
		return ids(this.neo4j.query(EXISTING).bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all());
	}

	void flagPossibleDuplicates(Map<String, List<String>> candidatesById) {
		if (!candidatesById.isEmpty()) {
			this.neo4j.query(FLAG_DUPLICATES)
				.bind(candidatesById.entrySet().stream()
					.map(e -> Map.<String, Object>of("id", e.getKey(), "candidates", e.getValue()))
					.toList())
				.to("rows")
				.run();
		}
	}

	/** Flagged nodes with the candidates that still exist, by id. */
	List<Map<String, Object>> reviewQueue(int first) {
		return List.copyOf(this.neo4j.query(REVIEW_QUEUE).bind(first).to("first").fetch().all());
	}

	/** Takes a node off the review queue; false when it was not on it. */
	boolean dismiss(String id) {
		return this.neo4j.query(DISMISS).bind(id).to("id").fetch().one().isPresent();
	}

	private static Set<String> ids(Collection<String> ids) {
		return new HashSet<>(ids);
	}

}
