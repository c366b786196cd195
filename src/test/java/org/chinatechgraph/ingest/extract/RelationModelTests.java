package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The English relation model in the repository (trained on the dev half, facts/models/relations-en.model): it loads,
 * scores the pairs of a fixed sentence as trained, and is not used unless asked for.
 */
class RelationModelTests {

	private static final Path MODEL = Path.of("facts/models/relations-en.model");

	private static RelationModel english() {
		try (var in = Files.newInputStream(MODEL)) {
			return RelationModel.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String SENTENCE = "Tianma Microelectronics will build a 6th-generation AMOLED production line "
			+ "in Wuhan East Lake High-tech Zone.";

	@Test
	void theEnglishModelLoads() {
		RelationModel model = english();
		assertThat(model).isNotNull();
		assertThat(model.language()).isEqualTo("en");
		assertThat(model.addThreshold()).isEqualTo(0.8);
		assertThat(model.vetoThreshold()).isZero();
		assertThat(model.classes("Company", "Project")).contains("DEVELOPS>", "INVESTS_IN>");
	}

	@Test
	void scoresTheSentencesPairs() {
		ArticleText article = ArticleText.of(SENTENCE, LocalDate.of(2024, 1, 1));
		Extractor rules = Extractor.withReferenceData().withRelationModels(Extractor.NO_RELATION_MODEL);
		Extraction extraction = rules.extract(article);
		RelationClassifier classifier = new RelationClassifier(english(),
				rules.words(article));
		Map<String, RelationClassifier.Scored> scored = classifier
			.score(RelationCandidates.of(article, extraction, rules.words(article), 18));
		Map<String, String> names = new java.util.HashMap<>();
		extraction.entities().forEach((e) -> names.put(e.ref(), e.name()));
		Map<String, Double> p = new java.util.HashMap<>();
		scored.values().forEach((s) -> p.put(s.type() + " " + names.get(s.from()) + " -> " + names.get(s.to()),
				s.probability()));
		String firm = "Tianma Microelectronics";
		// the line the sentence describes, named after its firm and the zone it is in
		String line = "Tianma Microelectronics 6th-generation AMOLED production line in Wuhan East Lake High-tech Zone";
		String zone = "Wuhan East Lake High-tech Development Zone"; // the usual name of the zone the sentence names
		// the probabilities the committed model gives (train-relations --corpus facts/corpus/en --half dev)
		assertThat(p.get("IN_SECTOR " + line + " -> Display")).isCloseTo(0.887, within(0.01));
		assertThat(p.get("LOCATED_IN " + line + " -> " + zone)).isCloseTo(0.726, within(0.01));
		assertThat(p.get("LOCATED_IN " + zone + " -> Wuhan")).isCloseTo(0.813, within(0.01));
		assertThat(p.get("DEVELOPS " + firm + " -> " + line)).isCloseTo(0.373, within(0.01));
		assertThat(p.get("INVESTS_IN " + firm + " -> " + line)).isCloseTo(0.297, within(0.01));
		// the most specific place is the project's, not the city the zone is in; the firm is in neither by this sentence
		assertThat(p.get("LOCATED_IN " + line + " -> Wuhan")).isLessThan(0.05);
		assertThat(p.get("LOCATED_IN " + firm + " -> Wuhan")).isLessThan(0.05);
		assertThat(p.get("DEVELOPS " + firm + " -> " + zone)).isLessThan(0.05);
	}

	@Test
	void extractionUsesTheRulesAloneUnlessGivenAModel() {
		ArticleText article = ArticleText.of(SENTENCE, LocalDate.of(2024, 1, 1));
		Extraction rules = Extractor.withReferenceData().withRelationModels(Extractor.NO_RELATION_MODEL).extract(article);
		// the model with its add threshold lowered adds the pairs it scores above it (the firm develops the line
		// at 0.373), so a default that used it would differ from the rules
		RelationModel eager = english().withThresholds(0.3, 0);
		Extraction withModel = Extractor.withReferenceData()
			.withRelationModels((language) -> language.equals("en") ? eager : null)
			.extract(article);
		assertThat(withModel.relations()).containsAll(rules.relations())
			.hasSizeGreaterThan(rules.relations().size());
		assertThat(Extractor.withReferenceData().extract(article).relations()).isEqualTo(rules.relations());
	}

}
