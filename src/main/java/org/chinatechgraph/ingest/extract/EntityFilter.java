package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learned filter of the rules' entities: a binary logistic regression ({@link RelationModel}'s file format, one
 * class, {@code KEEP}) over features of each extracted entity (its kind, the words and shape of its name, how often and
 * where the article names it, the rules' relations it takes part in, its confidence and amount) that says whether the
 * annotation holds it. An entity at no end of a relation whose probability is under the model's {@code veto} threshold
 * is dropped. Trained and measured by {@code train-relations --entities}; on the folds of the English dev half it
 * gained too little to be used by the extractor (docs/extraction.md).
 */
public final class EntityFilter {

	static final String KEEP = "KEEP";

	private final RelationModel model;

	public EntityFilter(RelationModel model) {
		this.model = model;
	}

	/** The features of one entity of an extraction. */
	static List<String> features(ExtractedEntity e, Extraction x) {
		String k = e.kind();
		List<String> f = new ArrayList<>();
		f.add("bias");
		f.add("k=" + k);
		String name = e.name() == null ? "" : e.name().strip();
		String[] words = name.toLowerCase(Locale.ROOT).split("[\\s,.()]+");
		boolean chinese = !name.isEmpty() && name.codePointAt(0) >= 0x2E80;
		if (chinese) {
			f.add("tail|k=" + (name.length() <= 2 ? name : name.substring(name.length() - 2)) + "|" + k);
			f.add("head|k=" + name.substring(0, Math.min(2, name.length())) + "|" + k);
			int n = name.length();
			f.add("len|k=" + (n <= 2 ? "2" : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 14 ? "9-14" : "15+") + "|" + k);
		}
		else if (words.length > 0) {
			f.add("last|k=" + RelationCandidates.stem(words[words.length - 1]) + "|" + k);
			f.add("first|k=" + words[0] + "|" + k);
			int n = words.length;
			f.add("words|k=" + (n <= 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 7 ? "5-7" : "8+") + "|" + k);
			if (!name.isEmpty() && Character.isLowerCase(name.charAt(0))) {
				f.add("lower|k=" + k);
			}
			if (name.matches(".*\\d.*")) {
				f.add("digit|k=" + k);
			}
			if (name.equals(name.toUpperCase(Locale.ROOT)) && name.length() <= 6) {
				f.add("acronym|k=" + k);
			}
			for (String w : words) {
				f.add("w|k=" + RelationCandidates.stem(w) + "|" + k);
			}
		}
		int m = e.mentions().size();
		f.add("mentions|k=" + (m <= 1 ? "1" : m == 2 ? "2" : m <= 4 ? "3-4" : "5+") + "|" + k);
		Set<String> sentences = new HashSet<>();
		int first = Integer.MAX_VALUE;
		for (Evidence ev : e.mentions()) {
			if (ev != null) {
				sentences.add(ev.sentence());
				first = Math.min(first, ev.start());
			}
		}
		int s = sentences.size();
		f.add("sentences|k=" + (s <= 1 ? "1" : s == 2 ? "2" : s <= 4 ? "3-4" : "5+") + "|" + k);
		f.add("first|k=" + (first < 300 ? "early" : first < 1500 ? "middle" : "late") + "|" + k);
		f.add("aliases|k=" + Math.min(e.aliases().size(), 2) + "|" + k);
		f.add("conf|k=" + Math.round(e.confidence() * 10) + "|" + k);
		if (e.amount() != null) {
			f.add("amount|k=" + k);
		}
		for (String p : new TreeSet<>(e.properties().keySet())) {
			f.add("prop|k=" + p + "|" + k);
		}
		int relations = 0;
		for (ExtractedRelation r : x.relations()) {
			if (r.from().equals(e.ref())) {
				relations++;
				f.add("from|k=" + r.type() + "|" + k);
			}
			else if (r.to().equals(e.ref())) {
				relations++;
				f.add("to|k=" + r.type() + "|" + k);
			}
		}
		f.add("relations|k=" + Math.min(relations, 3) + "|" + k);
		return f;
	}

	/** The probability the annotation holds the entity. */
	double keep(ExtractedEntity e, Extraction x) {
		return this.model.probability(KEEP, RelationCandidates.hash(features(e, x), this.model.bits));
	}

	/** The extraction without the entities under the threshold that are at no end of a relation. */
	public Extraction apply(Extraction x) {
		List<ExtractedEntity> kept = new ArrayList<>();
		Set<String> dropped = new HashSet<>();
		// an entity at an end of a relation stays: dropping those lowered relation F1 on both folds
		Set<String> related = new HashSet<>();
		x.relations().forEach((r) -> {
			related.add(r.from());
			related.add(r.to());
		});
		for (ExtractedEntity e : x.entities()) {
			if (!related.contains(e.ref()) && keep(e, x) < this.model.veto) {
				dropped.add(e.ref());
			}
			else {
				kept.add(e);
			}
		}
		return dropped.isEmpty() ? x : new Extraction(kept, x.relations());
	}

	/**
	 * Fits the filter on the rules' extractions of annotated articles: an entity is kept when the score matches it to
	 * an annotated node.
	 */
	public static RelationModel train(String language, List<RelationLearner.Article> articles, ExtractionScorer scorer,
			int bits, int epochs, double rate, double l2, long seed, double drop) {
		List<RelationLearner.Example> examples = new ArrayList<>();
		for (RelationLearner.Article a : articles) {
			Map<String, String> matched = scorer.matches(a.rules(), a.facts());
			for (ExtractedEntity e : a.rules().entities()) {
				List<String> f = features(e, a.rules());
				RelationCandidates.Candidate c = new RelationCandidates.Candidate(e, e, null, f,
						RelationCandidates.hash(f, bits));
				examples.add(new RelationLearner.Example(c, matched.containsKey(e.ref()) ? Set.of(KEEP) : Set.of()));
			}
		}
		return RelationLearner.fit(language, new TreeSet<>(), List.of(KEEP), examples, bits, epochs, rate, l2, seed,
				1, drop);
	}

}
