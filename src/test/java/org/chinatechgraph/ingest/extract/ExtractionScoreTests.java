package org.chinatechgraph.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.chinatechgraph.ingest.FactFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measured quality of extraction, with floors a little under what it reaches, so a regression fails: on the
 * five seed articles against the curated seed graph, and on three composed articles with their own curated facts.
 */
class ExtractionScoreTests {

	private static final Path COMPOSED = Path.of("src/test/resources/articles");

	private static ScoreReport score(List<FactFile> curated, Path articles) {
		return ScoreCommand.score(curated, articles, Extractor.withReferenceData(), ExtractionScorer.withReferenceData());
	}

	@Test
	void seedArticles() {
		ScoreReport report = score(ScoreCommand.classpathFacts(), SeedExtractionTests.SEEDS);
		assertThat(report.score("entity", "all entitys").f1()).isGreaterThan(0.85);
		assertThat(report.score("relation", "all relations").f1()).isGreaterThan(0.75);
		assertThat(report.score("amount", "attached").f1()).isGreaterThan(0.9);
		assertThat(report.score("total", "all facts").f1()).isGreaterThan(0.82);
	}

	@Test
	void composedArticles() {
		ScoreReport report = score(ScoreCommand.directoryFacts(COMPOSED), COMPOSED);
		assertThat(report.score("entity", "all entitys").f1()).isGreaterThan(0.8);
		assertThat(report.score("relation", "all relations").f1()).isGreaterThan(0.65);
		assertThat(report.score("amount", "attached").f1()).isGreaterThan(0.85);
		assertThat(report.score("total", "all facts").f1()).isGreaterThan(0.78);
	}

	@Test
	void theCommandPrintsATable() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = ScoreCommand.run(new String[] { "score", "--seeds", COMPOSED.toString(), "--facts", COMPOSED.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(code).isZero();
		String table = out.toString(StandardCharsets.UTF_8);
		assertThat(table).contains("precision", "recall", "F1", "entity", "INVESTS_IN", "all facts");
		assertThat(ScoreCommand.run(new String[] { "--bogus" }, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
	}

	@Test
	void aPerfectExtractionScoresOne() {
		FactFile curated = ScoreCommand.directoryFacts(COMPOSED).get(0);
		Extraction echo = echo(curated);
		ScoreReport report = ExtractionScorer.withReferenceData().score(echo, curated);
		assertThat(report.score("total", "all facts").f1()).isEqualTo(1.0);
	}

	/** The curated facts turned into an extraction, names and amounts as curated. */
	private static Extraction echo(FactFile f) {
		List<ExtractedEntity> entities = f.nodes().stream().map((n) -> new ExtractedEntity(n.id(), n.label(),
				n.name() != null ? n.name() : n.id(), n.aliases(),
				n.investment() == null ? null : new StatedAmount(n.investment().amount(), n.investment().currency(), ""), null,
				List.of(), 1, java.util.Map.of("placeId", n.id(), "sectorId", n.id()))).toList();
		List<ExtractedRelation> relations = f.relationships().stream().map((r) -> new ExtractedRelation(r.type(), r.from(),
				r.to(), r.amount() == null ? null : new StatedAmount(r.amount().amount(), r.amount().currency(), ""), null, 1))
			.toList();
		return new Extraction(entities, relations);
	}

}
