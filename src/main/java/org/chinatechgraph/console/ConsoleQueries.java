package org.chinatechgraph.console;

import org.chinatechgraph.console.GraphStatus.Counts;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of the landing page's status: how much the graph holds. */
@Repository
class ConsoleQueries {

	private static final String COUNTS = """
			RETURN COUNT { (:Project) } AS projects, COUNT { (:Organization) } AS organizations,
			       COUNT { (:Place) } AS places, COUNT { (:Park) } AS parks, COUNT { (:Program) } AS programs,
			       COUNT { (:Sector) } AS sectors, COUNT { (:Article) } AS articles,
			       COUNT { ()-[]->() } AS relationships
			""";

	private final Neo4jClient neo4j;

	ConsoleQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The counts by label, and of relationships; fails as the database does when it is away. */
	Counts counts() {
		return this.neo4j.query(COUNTS)
			.fetchAs(Counts.class)
			.mappedBy((types, row) -> new Counts(row.get("projects").asLong(), row.get("organizations").asLong(),
					row.get("places").asLong(), row.get("parks").asLong(), row.get("programs").asLong(),
					row.get("sectors").asLong(), row.get("articles").asLong(), row.get("relationships").asLong()))
			.one()
			.orElseThrow();
	}

}
