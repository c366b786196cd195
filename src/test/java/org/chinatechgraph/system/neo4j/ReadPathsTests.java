package org.chinatechgraph.system.neo4j;



import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the service sends a read, in-process (embedded mode) and over Bolt (external mode), give the same
 * rows in the same values: for every statement the example operations make the service send, replayed both ways
 * with the parameters it was sent with, and for values of every type Cypher returns.
 */
class ReadPathsTests extends ServiceTest {

	@Autowired
	private InProcessReads inProcess;

	@Autowired
	private Driver driver;

	static Stream<String> graphqlExamples() throws java.io.IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath:graphql/examples/*.graphql"))
			.map(resource -> resource.getFilename())
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("graphqlExamples")
	@SuppressWarnings("unchecked")
	void everyStatementOfAnExampleAnswersTheSameBothWays(String name) throws java.io.IOException {
		String document = new ClassPathResource("graphql/examples/" + name).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		this.roundTrips.record();
		this.graphQl.document(document).execute().errors().verify();
		List<Object[]> statements = this.roundTrips.recorded();
		assertThat(statements).as("%s sends statements", name).isNotEmpty();
		for (Object[] statement : statements) {
			String cypher = (String) statement[0];
			var parameters = (Map<String, Object>) statement[1];
			var inProcessRows = this.inProcess.rows(cypher, parameters, row -> row);
			assertThat(inProcessRows).as("%s in-process vs Bolt:%n%s", name, cypher).isEqualTo(overBolt(cypher, parameters));
		}
	}

	@Test
	void everyPropertyOfTheGraphReadsTheSameBothWays() {
		for (String cypher : List.of("MATCH (n) WITH n ORDER BY elementId(n) RETURN n {.*, labels: labels(n)} AS n",
				"MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN type(r) AS type, r {.*} AS r")) {
			var rows = this.inProcess.rows(cypher, Map.of(), row -> row);
			assertThat(rows).hasSizeGreaterThan(100).isEqualTo(overBolt(cypher, Map.of()));
		}
	}

	@Test
	void everyKindOfValueReadsTheSameBothWays() {
		String cypher = """
				RETURN 1 AS integer, -2.5 AS float, 'text' AS string, true AS boolean, null AS nothing,
				       [1, 'two', [3.0]] AS list, {a: 1, b: {c: [date('2024-02-29')]}} AS map,
				       date('2024-02-29') AS date, localtime('12:30:01.5') AS localTime, time('12:30+08:00') AS time,
				       localdatetime('2024-02-29T12:30') AS localDateTime,
				       datetime('2024-02-29T12:30:00[Asia/Shanghai]') AS zonedDateTime,
				       datetime('2024-02-29T12:30:00+08:00') AS offsetDateTime,
				       duration('P1Y2M3DT4H5M6.000000007S') AS duration,
				       point({x: 1.5, y: 2.5}) AS cartesian, point({longitude: 120.3, latitude: 31.5, height: 10}) AS geographic,
				       $parameter AS parameter
				""";
		Map<String, Object> parameters = Map.of("parameter", Map.of("ids", List.of("a", "b"), "limit", 3));
		var rows = this.inProcess.rows(cypher, parameters, row -> row);
		assertThat(rows).singleElement().satisfies(row -> assertThat(row).hasSize(17));
		assertThat(rows).isEqualTo(overBolt(cypher, parameters));
	}

	private List<Map<String, Object>> overBolt(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.run(cypher, parameters).list(Record::asMap);
		}
	}

}
