package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.chinatechgraph.ingest.FactFile;

/**
 * Trains a {@link RelationModel} on annotated articles: each article is extracted by the rules alone, its entities
 * matched to the annotation's nodes as the score matches them, and every candidate pair of one sentence
 * ({@link RelationCandidates}) labelled with the annotated relationships between the two matched nodes (a pair with
 * an unmatched end has none). Then, one class at a time (a type and its direction in the text), a binary logistic
 * regression is fitted by stochastic gradient descent (the weights averaged over every step) over the candidates whose kinds that class can link, in an
 * order shuffled with a fixed seed: the same articles give the same model, weight for weight.
 */
public final class RelationLearner {

	/** Weights whose size rounds under this are left out of the model. */
	static final double PRUNE = 0.005;

	private RelationLearner() {
	}

	/** One candidate with the classes the annotation gives it. */
	public record Example(RelationCandidates.Candidate candidate, Set<String> classes) {
	}

	/** One article as the learner and the evaluation see it: the rules' extraction, its candidates, the annotation. */
	public record Article(String name, ArticleText text, Extraction rules, FactFile facts,
			List<RelationCandidates.Candidate> candidates, List<Example> examples) {
	}

	/** Reads, extracts (rules alone) and labels every annotated article of the folder in {@code half}. */
	public static List<Article> collect(Path dir, Path split, String half, Extractor rulesOnly, ExtractionScorer scorer,
			int bits) {
		List<Article> out = new ArrayList<>();
		for (Corpus.Article a : Corpus.articles(dir, split)) {
			if (half != null && !half.equals(a.half())) {
				continue;
			}
			if (!a.listed()) {
				throw new IllegalStateException(a.name() + " is not in the split file: its half would be guessed");
			}
			try {
				FactFile facts = ReferenceFiles.read(a.facts());
				ArticleText text = Scoring.corpusArticle(a.name(), Files.readAllBytes(a.text()), facts.source());
				Extraction rules = rulesOnly.extract(text);
				List<RelationCandidates.Candidate> candidates = RelationCandidates.of(text, rules,
						rulesOnly.words(text), bits);
				out.add(new Article(a.name(), text, rules, facts, candidates,
						label(candidates, scorer.matches(rules, facts), facts)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	/** The classes each candidate holds by the annotation: "T>" from left to right, "T<" back, PARTNERS_WITH ">". */
	static List<Example> label(List<RelationCandidates.Candidate> candidates, Map<String, String> matched,
			FactFile facts) {
		Set<String> gold = new HashSet<>();
		for (FactFile.RelationshipFact r : facts.relationships()) {
			gold.add(r.type() + " " + r.from() + " " + r.to());
		}
		Set<String> types = new TreeSet<>();
		facts.relationships().forEach((r) -> types.add(r.type()));
		List<Example> out = new ArrayList<>();
		for (RelationCandidates.Candidate c : candidates) {
			String l = matched.get(c.left().ref());
			String r = matched.get(c.right().ref());
			Set<String> classes = new TreeSet<>();
			if (l != null && r != null) {
				for (String t : types) {
					boolean fwd = gold.contains(t + " " + l + " " + r);
					boolean back = gold.contains(t + " " + r + " " + l);
					if (t.equals("PARTNERS_WITH")) {
						if (fwd || back) {
							classes.add(t + ">");
						}
						continue;
					}
					if (fwd) {
						classes.add(t + ">");
					}
					if (back) {
						classes.add(t + "<");
					}
				}
			}
			out.add(new Example(c, classes));
		}
		return out;
	}

	/**
	 * How far candidates reach: annotated relationships, those whose two ends were both extracted, and those whose two
	 * ends are a candidate pair (named in one sentence), summed over the articles.
	 */
	public static int[] reach(List<Article> articles, ExtractionScorer scorer) {
		int[] out = new int[3];
		for (Article a : articles) {
			Map<String, String> matched = scorer.matches(a.rules(), a.facts());
			Set<String> ids = new HashSet<>(matched.values());
			Set<String> pairs = new HashSet<>();
			for (RelationCandidates.Candidate c : a.candidates()) {
				String l = matched.get(c.left().ref());
				String r = matched.get(c.right().ref());
				if (l != null && r != null) {
					pairs.add(l + " " + r);
					pairs.add(r + " " + l);
				}
			}
			for (FactFile.RelationshipFact r : a.facts().relationships()) {
				out[0]++;
				if (ids.contains(r.from()) && ids.contains(r.to())) {
					out[1]++;
					if (pairs.contains(r.from() + " " + r.to())) {
						out[2]++;
					}
				}
			}
		}
		return out;
	}

	/** The (type, from kind, to kind) the annotation of these articles links. */
	static TreeSet<String> signatures(List<Article> articles) {
		TreeSet<String> out = new TreeSet<>();
		for (Article a : articles) {
			Map<String, String> labels = new HashMap<>();
			a.facts().nodes().forEach((n) -> labels.put(n.id(), n.label()));
			for (FactFile.RelationshipFact r : a.facts().relationships()) {
				String f = labels.get(r.from());
				String t = labels.get(r.to());
				if (f == null || t == null) {
					continue;
				}
				out.add(r.type() + " " + f + " " + t);
				if (r.type().equals("PARTNERS_WITH")) {
					out.add(r.type() + " " + t + " " + f);
				}
			}
		}
		return out;
	}

	/**
	 * Fits the model. {@code epochs} passes over the examples, learning rate {@code rate / (1 + epoch)}, L2 penalty
	 * {@code l2} on the weights an example touches; the order of the examples is shuffled by {@code seed}.
	 */
	public static RelationModel train(String language, List<Article> articles, int bits, int epochs, double rate,
			double l2, long seed, double add, double veto) {
		List<Example> examples = new ArrayList<>();
		articles.forEach((a) -> examples.addAll(a.examples()));
		return train(language, signatures(articles), examples, bits, epochs, rate, l2, seed, add, veto);
	}

	/** Fits the model on labelled candidates, for the relation signatures given ("TYPE FROM_KIND TO_KIND"). */
	static RelationModel train(String language, TreeSet<String> signatures, List<Example> examples, int bits,
			int epochs, double rate, double l2, long seed, double add, double veto) {
		TreeSet<String> classes = new TreeSet<>();
		for (String s : signatures) {
			String type = s.substring(0, s.indexOf(' '));
			classes.add(type + ">");
			if (!type.equals("PARTNERS_WITH")) {
				classes.add(type + "<");
			}
		}
		return fit(language, signatures, new ArrayList<>(classes), examples, bits, epochs, rate, l2, seed, add, veto);
	}

	/**
	 * Fits one binary logistic regression per class, each over the examples whose kinds the signatures let it link
	 * (all of them when there are no signatures).
	 */
	static RelationModel fit(String language, TreeSet<String> signatures, List<String> classes, List<Example> examples,
			int bits, int epochs, double rate, double l2, long seed, double add, double veto) {
		// a model with every class at bias 0 tells which classes each pair can take
		TreeMap<String, Double> zero = new TreeMap<>();
		classes.forEach((c) -> zero.put(c, 0.0));
		RelationModel shape = new RelationModel(language, bits, add, veto, signatures, zero, Map.of());
		TreeMap<String, Double> bias = new TreeMap<>();
		Map<String, Map<Integer, Double>> weights = new HashMap<>();
		for (String c : classes) {
			List<Example> mine = new ArrayList<>();
			for (Example e : examples) {
				if (signatures.isEmpty()
						|| shape.classes(e.candidate().left().kind(), e.candidate().right().kind()).contains(c)) {
					mine.add(e);
				}
			}
			if (mine.isEmpty()) {
				continue;
			}
			double[] w = new double[1 << bits];
			double[] u = new double[1 << bits];
			double b = 0;
			double ub = 0;
			long step = 1;
			Random random = new Random(seed ^ c.hashCode());
			int[] order = new int[mine.size()];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			for (int epoch = 0; epoch < epochs; epoch++) {
				for (int i = order.length - 1; i > 0; i--) {
					int j = random.nextInt(i + 1);
					int t = order[i];
					order[i] = order[j];
					order[j] = t;
				}
				double lr = rate / (1 + epoch);
				for (int i : order) {
					Example e = mine.get(i);
					int[] x = e.candidate().hashed();
					double z = b;
					for (int f : x) {
						z += w[f];
					}
					double p = 1 / (1 + Math.exp(-z));
					double g = p - (e.classes().contains(c) ? 1 : 0);
					b -= lr * g;
					ub -= step * lr * g;
					for (int f : x) {
						double d = lr * (g + l2 * w[f]);
						w[f] -= d;
						u[f] -= step * d;
					}
					step++;
				}
			}
			// the average of the weights over every step (averaged SGD): w - u / step
			for (int f = 0; f < w.length; f++) {
				w[f] -= u[f] / step;
			}
			b -= ub / step;
			bias.put(c, b);
			Map<Integer, Double> kept = new HashMap<>();
			for (int f = 0; f < w.length; f++) {
				if (Math.abs(w[f]) >= PRUNE) {
					kept.put(f, w[f]);
				}
			}
			weights.put(c, kept);
		}
		// what is used is what the file holds: the weights rounded as written
		return roundTrip(new RelationModel(language, bits, add, veto, signatures, bias, weights));
	}

	static RelationModel roundTrip(RelationModel model) {
		try {
			StringWriter w = new StringWriter();
			model.write(w, "");
			return RelationModel.read(new java.io.ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The score of the articles with the model applied to the rules' extraction (the model's thresholds). */
	public static ScoreReport evaluate(List<Article> articles, RelationModel model, Extractor rulesOnly,
			ExtractionScorer scorer) {
		ScoreReport total = new ScoreReport();
		for (Article a : articles) {
			RelationClassifier classifier = new RelationClassifier(model, rulesOnly.words(a.text()));
			Extraction refined = model == null ? a.rules()
					: classifier.apply(a.rules(), classifier.score(a.candidates()));
			total.add(scorer.score(refined, a.facts(), a.name()));
		}
		return total;
	}

	/** The score of the articles with the entity filter applied to the rules' extraction. */
	public static ScoreReport evaluateFilter(List<Article> articles, RelationModel filter, ExtractionScorer scorer) {
		ScoreReport total = new ScoreReport();
		for (Article a : articles) {
			total.add(scorer.score(new EntityFilter(filter).apply(a.rules()), a.facts(), a.name()));
		}
		return total;
	}

}
