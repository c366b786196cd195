package org.chinatechgraph.system.neo4j;



import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptTests {

	@Test
	void splitsOnSemicolonsAtLineEndsAndDropsComments() {
		var script = CypherScript.parse("test", """
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);

				MATCH (n)
				WHERE n.name = 'a;b'
				RETURN n;
				""");
		assertThat(script.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
				"MATCH (n)\nWHERE n.name = 'a;b'\nRETURN n");
	}

	@Test
	void theSchemaScriptIsIdempotentByConstruction() {
		var script = CypherScript.load("cypher/schema.cypher");
		assertThat(script.statements()).isNotEmpty()
			.allSatisfy(statement -> assertThat(statement).containsIgnoringCase("IF NOT EXISTS"));
	}

}
