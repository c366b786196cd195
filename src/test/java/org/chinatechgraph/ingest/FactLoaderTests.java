package org.chinatechgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The loader against a real Neo4j: all or nothing, idempotent, corrected versions replace, bad input rejected. */
class FactLoaderTests extends ServiceTest {

	private static final String GRAPH_SIZE = """
			CALL () { MATCH (n) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
			RETURN nodes * 1000000 + rels
			""";

	@Autowired
	private FactLoader loader;

	@AfterEach
	void cleanUp() {
		this.loader.retract("article:loader-test-a");
		this.loader.retract("article:loader-test-b");
	}

	@Test
	void loadsAFileOnceAndAgainChangesNothing() {
		long before = count(GRAPH_SIZE);
		var first = this.loader.load(fileA(true), "a.json");
		assertThat(first.outcome()).isEqualTo(FactLoader.Outcome.ADDED);
		long after = count(GRAPH_SIZE);
		assertThat(after).isGreaterThan(before);

		var again = this.loader.load(fileA(true), "a.json");
		assertThat(again.outcome()).isEqualTo(FactLoader.Outcome.UNCHANGED);
		assertThat(count(GRAPH_SIZE)).isEqualTo(after);
		assertThat(count("MATCH (n:Entity {id: 'company:loader-test-maker'}) RETURN count(n)")).isOne();
	}

	@Test
	void aCorrectedVersionReplacesItsOwnFactsAndKeepsWhatOthersState() {
		this.loader.load(fileA(true), "a.json");
		this.loader.load(fileB(), "b.json");
		var sources = one("""
				MATCH (:Entity {id: 'company:loader-test-maker'})-[r:INVESTS_IN]->(:Entity {id: 'project:loader-test-plant'})
				RETURN r.sources AS sources, r.evidence AS evidence
				""", Map.of());
		assertThat((List<Object>) sources.get("sources")).containsExactly("article:loader-test-a", "article:loader-test-b");

		var replaced = this.loader.load(fileA(false), "a.json");

		assertThat(replaced.outcome()).isEqualTo(FactLoader.Outcome.REPLACED);
		var kept = one("""
				MATCH (:Entity {id: 'company:loader-test-maker'})-[r:INVESTS_IN]->(:Entity {id: 'project:loader-test-plant'})
				RETURN r.sources AS sources, r.evidence AS evidence
				""", Map.of());
		assertThat((List<Object>) kept.get("sources")).containsExactly("article:loader-test-b");
		assertThat((List<Object>) kept.get("evidence")).containsExactly("Maker puts money in the plant, says B.");
		assertThat(count("MATCH (n:Entity {id: 'park:loader-test-park'}) RETURN count(n)"))
			.as("a node only the old version reported is gone").isZero();
	}

	@Test
	void aliasesAccumulateWithoutRepeats() {
		this.loader.load(fileA(true), "a.json");
		this.loader.load(fileB(), "b.json");
		var aliases = one("MATCH (n:Entity {id: 'company:loader-test-maker'}) RETURN n.aliases AS aliases", Map.of());
		assertThat((List<Object>) aliases.get("aliases")).containsExactly("LTM", "Maker Ltd.");
	}

	@Test
	void badFilesAreRejectedWholeAndChangeNothing() {
		long before = count(GRAPH_SIZE);
		List<String> bad = List.of("not json", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "company:x", "label": "University", "name": "X"}], "relationships": []}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "company:x", "label": "Company", "name": "X"}, {"id": "project:y", "label": "Project", "name": "Y"}],
				 "relationships": [{"type": "INVESTS_IN", "from": "company:x", "to": "project:y", "evidence": []}]}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "company:x", "label": "Company", "name": "X"}],
				 "relationships": [{"type": "INVESTS_IN", "from": "company:x", "to": "project:elsewhere", "evidence": ["s"]}]}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T", "publishedOn": "July 2020"},
				 "nodes": [], "relationships": []}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "company:loader-test-nameless", "label": "Company", "evidence": ["s"]}], "relationships": []}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"}, "nodes": [], "relationships": [],
				 "extra": true}""", """
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "project:y", "label": "Project", "name": "Y", "investment": {"amount": -5, "currency": "CNY"}}],
				 "relationships": []}""");
		for (String file : bad) {
			assertThatExceptionOfType(InvalidFactFileException.class)
				.isThrownBy(() -> this.loader.load(file.getBytes(StandardCharsets.UTF_8), "bad.json"))
				.satisfies(ex -> assertThat(ex.problems()).isNotEmpty());
		}
		assertThat(count(GRAPH_SIZE)).isEqualTo(before);
	}

	@Test
	void errorsNameWhatIsWrong() {
		assertThatExceptionOfType(InvalidFactFileException.class).isThrownBy(() -> this.loader.load("""
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "T"},
				 "nodes": [{"id": "company:x", "label": "Company", "name": "X"}],
				 "relationships": [{"type": "OWNS", "from": "company:x", "to": "company:z", "evidence": []}]}"""
			.getBytes(StandardCharsets.UTF_8), "bad.json"))
			.satisfies(ex -> assertThat(ex.problems()).anyMatch(p -> p.contains("unknown type"))
				.anyMatch(p -> p.contains("'company:z' is not among the file's nodes"))
				.anyMatch(p -> p.contains("no evidence")));
	}

	private static byte[] fileA(boolean withPark) {
		String park = withPark ? """
				, {"id": "park:loader-test-park", "label": "Park", "name": "Loader Test Park", "evidence": ["In the park."]}""" : "";
		String located = withPark ? """
				, {"type": "LOCATED_IN", "from": "project:loader-test-plant", "to": "park:loader-test-park", "evidence": ["In the park."]}""" : "";
		String invests = withPark ? """
				{"type": "INVESTS_IN", "from": "company:loader-test-maker", "to": "project:loader-test-plant",
				 "amount": {"amount": 5000000, "currency": "CNY"}, "evidence": ["Maker invests 5 million yuan."]}""" : "";
		String separator = withPark ? "" : "";
		return ("""
				{"source": {"id": "article:loader-test-a", "kind": "news", "title": "Loader test A", "publishedOn": "2020-07"},
				 "nodes": [
				   {"id": "company:loader-test-maker", "label": "Company", "name": "Loader Test Maker", "aliases": ["LTM"], "evidence": ["Maker."]},
				   {"id": "project:loader-test-plant", "label": "Project", "name": "Loader Test Plant", "evidence": ["Plant."]}%s
				 ],
				 "relationships": [%s%s%s]}""".formatted(park, invests, located, separator))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] fileB() {
		return """
				{"source": {"id": "article:loader-test-b", "kind": "news", "title": "Loader test B", "publishedOn": "2021"},
				 "nodes": [
				   {"id": "company:loader-test-maker", "label": "Company", "aliases": ["LTM", "Maker Ltd."], "evidence": ["Maker Ltd."]},
				   {"id": "project:loader-test-plant", "label": "Project", "evidence": ["The plant."]}
				 ],
				 "relationships": [
				   {"type": "INVESTS_IN", "from": "company:loader-test-maker", "to": "project:loader-test-plant",
				    "evidence": ["Maker puts money in the plant, says B."]}
				 ]}""".getBytes(StandardCharsets.UTF_8);
	}

}
