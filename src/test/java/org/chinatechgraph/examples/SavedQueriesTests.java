package org.chinatechgraph.examples;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.system.neo4j.ClasspathFiles;
import org.chinatechgraph.system.neo4j.CypherScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation in {@code graphql/examples} and every saved query in {@code cypher/queries} runs
 * against the seed graph without an error and returns data, so none of them rots.
 */
class SavedQueriesTests extends ServiceTest {

	static Stream<String> graphqlExamples() {
		return names("classpath:graphql/examples/*.graphql");
	}

	static Stream<String> cypherQueries() {
		return names("classpath:cypher/queries/*.cypher");
	}

	@ParameterizedTest
	@MethodSource("graphqlExamples")
	void graphqlExampleAnswers(String name) {
		String document = read("graphql/examples/" + name);
		Map<String, Object> data = this.graphQl.document(document).execute().errors().verify().path("").entity(Map.class).get();
		assertThat(data).isNotEmpty();
		assertThat(hasContent(data)).as("%s returns data", name).isTrue();
	}

	@ParameterizedTest
	@MethodSource("cypherQueries")
	void savedCypherReturnsRows(String name) {
		var script = CypherScript.load("cypher/queries/" + name);
		assertThat(script.statements()).as("one statement per saved query").hasSize(1);
		var rows = this.neo4j.query(script.statements().getFirst()).fetch().all();
		assertThat(rows).as("%s returns rows", name).isNotEmpty();
		assertThat(rows.iterator().next().values()).anyMatch(value -> value != null);
	}

	/** True when somewhere in the answer there is a non-empty list or a value that is not null, 0 or empty. */
	private static boolean hasContent(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(SavedQueriesTests::hasContent);
		}
		if (value instanceof Collection<?> list) {
			return !list.isEmpty() && list.stream().anyMatch(SavedQueriesTests::hasContent);
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		return value != null && !value.toString().isEmpty();
	}

	private static Stream<String> names(String pattern) {
		List<Resource> found = ClasspathFiles.list(pattern);
		assertThat(found).as(pattern).isNotEmpty();
		return found.stream().map(Resource::getFilename);
	}

	private static String read(String location) {
		return ClasspathFiles.text(new ClassPathResource(location));
	}

}
