package org.chinatechgraph.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;
import org.chinatechgraph.ingest.pipeline.IngestReport.EntityItem;
import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.JsonSchemas;
import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An article from text to graph on a real Neo4j: a preview writes nothing, a commit links to what the graph had,
 * the same article again changes nothing, a corrected version replaces its own facts, and taking it back leaves
 * the graph exactly as it was.
 */
class IngestionTests extends ServiceTest {

	static final String TIANYOU = """
			---
			url: https://news.example.com/2021/03/tianyou-mini-led?utm_source=rss
			title: Tianyou adds a Mini LED packaging line in Anyuan
			publisher: Example Wire
			published: 2021-03-18
			---
			Dongguang Tianyou Semiconductor Co., Ltd. signed an agreement on March 16 to build a Mini LED packaging \
			project in Anyuan District, Pingxiang City, Jiangxi Province.
			The Mini LED packaging project has a total investment of 1.2 billion yuan and will be built in two phases.
			Dongguang Tianyou Semiconductor will invest 1.2 billion yuan in the project, which is expected to start \
			production next year.
			""";

	@Autowired
	private Ingestion ingestion;

	@Autowired
	private FactLoader loader;

	private static ArticleDocument article(String text) {
		return ArticleReader.read("tianyou.txt", text.getBytes(StandardCharsets.UTF_8), ArticleMetadata.NONE);
	}

	@AfterEach
	void takeBack() {
		this.loader.retract(article(TIANYOU).id());
		this.loader.retract("article:ingest-test-facts");
	}

	@Test
	void aPreviewShowsMatchesAndNewFactsAndWritesNothing() {
		var before = GraphDump.of(this.neo4j);

		var report = this.ingestion.preview(article(TIANYOU));

		assertThat(report.outcome()).isEqualTo("PREVIEW");
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
		assertThat(JsonSchemas.problems(JsonSchemas.load("ingest-report.schema.json"),
				JsonMapper.builder().build().writeValueAsString(report))).isEmpty();
		EntityItem tianyou = entity(report, "company:dongguan-tianyou-semiconductor");
		assertThat(tianyou.action()).isEqualTo("MATCH");
		assertThat(tianyou.evidence().sentence()).contains("Dongguang Tianyou Semiconductor");
		assertThat(entity(report, "province:jiangxi").action()).isEqualTo("MATCH");
		assertThat(report.entities()).anySatisfy(project -> {
			assertThat(project.kind()).isEqualTo("Project");
			assertThat(project.action()).isEqualTo("NEW");
			assertThat(project.amount().value()).isEqualByComparingTo("1200000000");
			assertThat(project.amount().currency()).isEqualTo("CNY");
		});
		assertThat(report.relations()).anySatisfy(link -> {
			assertThat(link.type()).isEqualTo("INVESTS_IN");
			assertThat(link.fromId()).isEqualTo("company:dongguan-tianyou-semiconductor");
		});
	}

	/**
	 * A page that dates its story by the month only goes in as the month: the article keeps "2021-03", never a day
	 * it does not state, and "March 16" in its text still resolves to that month's day.
	 */
	@Test
	void anArticleDatedByItsMonthKeepsTheMonthAndStillDatesItsFacts() {
		var document = article(TIANYOU.replace("published: 2021-03-18", "published: 2021-03"));

		var added = this.ingestion.ingest(document);

		assertThat(added.outcome()).isEqualTo("ADDED");
		assertThat(added.article().published()).isEqualTo("2021-03");
		String project = added.entities().stream().filter(e -> e.kind().equals("Project")).findFirst().orElseThrow()
			.id();
		var stored = one("""
				MATCH (p:Project {id: $project})-[:REPORTED_IN]->(a:Article {id: $article})
				RETURN a.publishedOn AS published, p.signedOn AS signed""",
				Map.of("project", project, "article", document.id()));
		assertThat(stored.get("published")).isEqualTo("2021-03");
		assertThat(stored.get("signed")).isEqualTo("2021-03-16");
	}

	@Test
	void aCommitLinksToWhatTheGraphHadOnceAndTakingItBackRestoresTheGraph() {
		var original = GraphDump.of(this.neo4j);
		var document = article(TIANYOU);

		var added = this.ingestion.ingest(document);

		assertThat(added.outcome()).isEqualTo("ADDED");
		String project = added.entities().stream().filter(e -> e.kind().equals("Project")).findFirst().orElseThrow()
			.id();
		var investment = one("""
				MATCH (c:Entity {id: 'company:dongguan-tianyou-semiconductor'})-[r:INVESTS_IN]->(p:Project {id: $project})
				MATCH (p)-[m:REPORTED_IN]->(a:Article {id: $article})
				RETURN r.sources AS sources, r.evidence AS evidence, p.investmentCny AS cny, m.evidence AS mentions,
				       a.publisher AS publisher, a.publishedOn AS published
				""", Map.of("project", project, "article", document.id()));
		assertThat((List<Object>) investment.get("sources")).containsExactly(document.id());
		assertThat((List<Object>) investment.get("evidence")).singleElement().asString().contains("invest 1.2 billion yuan");
		assertThat(investment.get("cny")).isEqualTo(1.2e9);
		assertThat(investment.get("publisher")).isEqualTo("Example Wire");
		assertThat(investment.get("published")).isEqualTo("2021-03-18");
		assertThat((List<Object>) one("MATCH (c:Entity {id: 'company:dongguan-tianyou-semiconductor'}) RETURN c.aliases AS a",
				Map.of()).get("a")).contains("Dongguang Tianyou Semiconductor Co., Ltd.");
		var afterFirst = GraphDump.of(this.neo4j);

		assertThat(this.ingestion.ingest(article(TIANYOU)).outcome()).isEqualTo("UNCHANGED");
		assertThat(this.ingestion.ingest(article(TIANYOU.replace("?utm_source=rss", "/"))).outcome())
			.isEqualTo("UNCHANGED");
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(afterFirst);

		var corrected = this.ingestion.ingest(article(TIANYOU.replace("1.2 billion yuan", "1.5 billion yuan")));
		assertThat(corrected.outcome()).isEqualTo("REPLACED");
		assertThat(count("MATCH (p:Project)-[:REPORTED_IN]->(:Article {id: '" + document.id() + "'}) RETURN count(p)"))
			.isEqualTo(count("MATCH (p:Project {id: '" + project + "'}) RETURN count(p)"));
		assertThat(one("MATCH (p:Project {id: $id}) RETURN p.investmentCny AS cny", Map.of("id", project)).get("cny"))
			.isEqualTo(1.5e9);

		this.loader.retract(document.id());
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(original);
	}

	@Test
	void aFactFileIsPreviewedAndCommittedThroughTheSamePath() {
		var before = GraphDump.of(this.neo4j);
		byte[] facts = """
				{"source": {"id": "article:ingest-test-facts", "kind": "news", "title": "A test", "publishedOn": "2024-05"},
				 "nodes": [
				   {"id": "company:ingest-test-maker", "label": "Company", "name": "Ingest Test Maker", "evidence": ["Maker builds."]},
				   {"id": "province:jiangxi", "label": "Province", "evidence": ["In Jiangxi."]}],
				 "relationships": [
				   {"type": "LOCATED_IN", "from": "company:ingest-test-maker", "to": "province:jiangxi", "evidence": ["Maker is in Jiangxi."]}]}
				""".getBytes(StandardCharsets.UTF_8);

		var preview = this.ingestion.previewFacts(facts, "facts.json");
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
		assertThat(preview.entities()).extracting(EntityItem::id, EntityItem::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("company:ingest-test-maker", "NEW"),
					org.assertj.core.groups.Tuple.tuple("province:jiangxi", "MATCH"));

		assertThat(this.ingestion.ingestFacts(facts, "facts.json").outcome()).isEqualTo("ADDED");
		assertThat(count("MATCH (:Company {id: 'company:ingest-test-maker'})-[:LOCATED_IN]->(:Province {id: 'province:jiangxi'}) RETURN count(*)"))
			.isOne();
	}

	@Test
	void aFactFileLinkingToAnUnknownNodeIsRefusedAndWritesNothing() {
		var before = GraphDump.of(this.neo4j);
		byte[] facts = """
				{"source": {"id": "article:ingest-test-facts", "kind": "news", "title": "A test", "publishedOn": "2024-05"},
				 "nodes": [
				   {"id": "company:ingest-test-maker", "label": "Company", "name": "Ingest Test Maker", "evidence": ["Maker builds."]},
				   {"id": "park:nowhere-park", "label": "Park", "evidence": ["In a park."]}],
				 "relationships": [
				   {"type": "LOCATED_IN", "from": "company:ingest-test-maker", "to": "park:nowhere-park", "evidence": ["Maker is in the park."]}]}
				""".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidFactFileException.class)
			.isThrownBy(() -> this.ingestion.ingestFacts(facts, "bad.json"))
			.withMessageContaining("bad.json")
			.withMessageContaining("'park:nowhere-park' has no name and is not in the graph yet");
		assertThat(GraphDump.of(this.neo4j)).isEqualTo(before);
	}

	private static EntityItem entity(IngestReport report, String match) {
		return report.entities().stream().filter(e -> match.equals(e.match())).findFirst()
			.orElseThrow(() -> new AssertionError("no entity matched to " + match + " in " + report.entities()));
	}

}
