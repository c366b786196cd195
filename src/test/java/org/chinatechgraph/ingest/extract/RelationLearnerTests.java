package org.chinatechgraph.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relation learner on a small set it can separate: a word between a firm and a project says whether the firm
 * develops it. The fitted model must tell the two apart, give the same file twice, and read back what it wrote.
 */
class RelationLearnerTests {

	private static final int BITS = 12;

	private static final ExtractedEntity FIRM = new ExtractedEntity("e1", "Company", "Acme", List.of(), null, null,
			List.of(), 1, Map.of());

	private static final ExtractedEntity PLANT = new ExtractedEntity("e2", "Project", "Acme plant", List.of(), null,
			null, List.of(), 1, Map.of());

	private static final ExtractedEntity CITY = new ExtractedEntity("e3", "City", "Wuhan", List.of(), null, null,
			List.of(), 1, Map.of());

	private static RelationCandidates.Candidate candidate(ExtractedEntity left, ExtractedEntity right, String... words) {
		List<String> f = new ArrayList<>(List.of("bias", "k=" + left.kind() + ">" + right.kind()));
		for (String w : words) {
			f.add("bw=" + w);
		}
		return new RelationCandidates.Candidate(left, right, null, f, RelationCandidates.hash(f, BITS));
	}

	private static List<RelationLearner.Example> separable() {
		List<RelationLearner.Example> out = new ArrayList<>();
		String[] fillers = { "new", "large", "first", "second", "chip", "display" };
		for (String filler : fillers) {
			out.add(new RelationLearner.Example(candidate(FIRM, PLANT, "builds", filler), Set.of("DEVELOPS>")));
			out.add(new RelationLearner.Example(candidate(FIRM, PLANT, "opens", filler), Set.of("DEVELOPS>")));
			out.add(new RelationLearner.Example(candidate(FIRM, PLANT, "visits", filler), Set.of()));
			out.add(new RelationLearner.Example(candidate(FIRM, PLANT, "praises", filler), Set.of()));
			out.add(new RelationLearner.Example(candidate(PLANT, CITY, "in", filler), Set.of("LOCATED_IN>")));
			out.add(new RelationLearner.Example(candidate(PLANT, CITY, "for", filler), Set.of()));
		}
		return out;
	}

	private static RelationModel fit() {
		TreeSet<String> signatures = new TreeSet<>(List.of("DEVELOPS Company Project", "LOCATED_IN Project City"));
		return RelationLearner.train("en", signatures, separable(), BITS, 20, 0.5, 0.0001, 7, 0.5, 0.1);
	}

	@Test
	void separatesWhatTheWordsSeparate() {
		RelationModel model = fit();
		assertThat(model.classes("Company", "Project")).containsExactly("DEVELOPS>");
		// no example of a project before the firm that develops it: no such class
		assertThat(model.classes("Project", "Company")).isEmpty();
		assertThat(model.classes("Project", "City")).containsExactly("LOCATED_IN>");
		assertThat(model.classes("City", "Company")).isEmpty();
		assertThat(model.probability("DEVELOPS>", candidate(FIRM, PLANT, "builds", "big").hashed())).isGreaterThan(0.8);
		assertThat(model.probability("DEVELOPS>", candidate(FIRM, PLANT, "visits", "big").hashed())).isLessThan(0.2);
		assertThat(model.probability("LOCATED_IN>", candidate(PLANT, CITY, "in", "big").hashed())).isGreaterThan(0.8);
		assertThat(model.probability("LOCATED_IN>", candidate(PLANT, CITY, "for", "big").hashed())).isLessThan(0.2);
		for (RelationLearner.Example e : separable()) {
			String c = model.classes(e.candidate().left().kind(), e.candidate().right().kind()).get(0);
			assertThat(model.probability(c, e.candidate().hashed()) >= 0.5).as(e.candidate().features().toString())
				.isEqualTo(e.classes().contains(c));
		}
	}

	@Test
	void theSameExamplesGiveTheSameFileAndItReadsBack() throws IOException {
		String first = text(fit());
		assertThat(text(fit())).isEqualTo(first);
		RelationModel read = RelationModel.read(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)));
		assertThat(text(read)).isEqualTo(first);
		assertThat(read.addThreshold()).isEqualTo(0.5);
		assertThat(read.vetoThreshold()).isEqualTo(0.1);
		assertThat(first).contains("language en", "signature DEVELOPS Company Project", "class DEVELOPS> ");
	}

	@Test
	void addsAndVetoesByTheThresholds() {
		RelationClassifier classifier = new RelationClassifier(fit(), RelationCandidates::englishWords);
		Evidence sentence = new Evidence("s", 0, 1);
		ExtractedRelation ruled = new ExtractedRelation("DEVELOPS", "e1", "e2", null, sentence, 0.5);
		ExtractedRelation unscored = new ExtractedRelation("PARTNERS_WITH", "e1", "e9", null, sentence, 0.5);
		Extraction rules = new Extraction(List.of(FIRM, PLANT, CITY), List.of(ruled, unscored));
		var scored = new java.util.LinkedHashMap<String, RelationClassifier.Scored>();
		scored.put(RelationClassifier.key("DEVELOPS", "e1", "e2"),
				new RelationClassifier.Scored("DEVELOPS", "e1", "e2", 0.05, sentence));
		scored.put(RelationClassifier.key("LOCATED_IN", "e2", "e3"),
				new RelationClassifier.Scored("LOCATED_IN", "e2", "e3", 0.7, sentence));
		scored.put(RelationClassifier.key("LOCATED_IN", "e1", "e3"),
				new RelationClassifier.Scored("LOCATED_IN", "e1", "e3", 0.3, sentence));
		Extraction refined = classifier.apply(rules, scored);
		assertThat(refined.relations()).extracting(ExtractedRelation::type, ExtractedRelation::from, ExtractedRelation::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PARTNERS_WITH", "e1", "e9"),
					org.assertj.core.groups.Tuple.tuple("LOCATED_IN", "e2", "e3"));
	}

	private static String text(RelationModel model) throws IOException {
		StringWriter w = new StringWriter();
		model.write(w, "test");
		return w.toString();
	}

}
