package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A learned step after the relation rules, used only when a model is given (it is an experiment: see
 * {@link Extractor}): scores every pair of entities the rules extracted and named in the same
 * sentence ({@link RelationCandidates}) with a {@link RelationModel}, then adds the relations the rules did not give
 * whose probability reaches the model's {@code add} threshold, and drops the rules' relations between a scored pair
 * whose probability is under its {@code veto} threshold. The rules' entities are left as they are.
 */
public final class RelationClassifier {

	private final RelationModel model;

	private final Function<String, List<RelationCandidates.Word>> words;

	public RelationClassifier(RelationModel model, Function<String, List<RelationCandidates.Word>> words) {
		this.model = model;
		this.words = words;
	}

	/** A relation the model scored: its best probability over the sentences naming both ends, and that sentence. */
	record Scored(String type, String from, String to, double probability, Evidence sentence) {
	}

	/** Every type-compatible pair's best probability, by relation key. */
	Map<String, Scored> score(List<RelationCandidates.Candidate> candidates) {
		Map<String, Scored> best = new LinkedHashMap<>();
		for (RelationCandidates.Candidate c : candidates) {
			for (String cls : this.model.classes(c.left().kind(), c.right().kind())) {
				double p = this.model.probability(cls, c.hashed());
				String type = RelationCandidates.type(cls);
				boolean forward = cls.endsWith(">");
				String from = forward ? c.left().ref() : c.right().ref();
				String to = forward ? c.right().ref() : c.left().ref();
				String k = key(type, from, to);
				Scored s = best.get(k);
				if (s == null || p > s.probability()) {
					best.put(k, new Scored(type, from, to, p, c.sentence()));
				}
			}
		}
		return best;
	}

	static String key(String type, String from, String to) {
		if (type.equals("PARTNERS_WITH") && from.compareTo(to) > 0) {
			return type + " " + to + " " + from;
		}
		return type + " " + from + " " + to;
	}

	/** The extraction with the model's relations added and the rules' relations it rejects taken out. */
	public Extraction apply(ArticleText article, Extraction extraction) {
		List<RelationCandidates.Candidate> candidates = RelationCandidates.of(article, extraction, this.words,
				this.model.bits);
		return apply(extraction, score(candidates));
	}

	Extraction apply(Extraction extraction, Map<String, Scored> scored) {
		List<ExtractedRelation> out = new ArrayList<>();
		Set<String> ruled = new HashSet<>();
		for (ExtractedRelation r : extraction.relations()) {
			String k = key(r.type(), r.from(), r.to());
			ruled.add(k);
			Scored s = scored.get(k);
			if (s != null && s.probability() < this.model.veto) {
				continue;
			}
			out.add(r);
		}
		for (Map.Entry<String, Scored> e : scored.entrySet()) {
			Scored s = e.getValue();
			if (!ruled.contains(e.getKey()) && s.probability() >= this.model.add) {
				out.add(new ExtractedRelation(s.type(), s.from(), s.to(), null, s.sentence(),
						Math.round(s.probability() * 100) / 100.0));
			}
		}
		return new Extraction(extraction.entities(), out);
	}

}
