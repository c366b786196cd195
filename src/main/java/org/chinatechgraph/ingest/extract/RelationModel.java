package org.chinatechgraph.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A learned relation classifier's weights: for each relation class (a type and a direction in the text's order,
 * "DEVELOPS>" from the earlier end to the later, "DEVELOPS<" the other way; PARTNERS_WITH has no direction), a
 * binary logistic regression over hashed sparse features of a pair of extracted entities named in one sentence
 * ({@link RelationCandidates}). It also keeps which types link which kinds (the signatures seen in training) and the
 * two thresholds the classifier applies ({@link RelationClassifier}).
 * <p>
 * The file is text: header lines ({@code language en}, {@code bits 18}, {@code add 0.5}, {@code veto 0.1}), one
 * {@code signature TYPE FROM_KIND TO_KIND} line per signature, then for each class a {@code class NAME BIAS} line
 * followed by {@code INDEX WEIGHT} lines, sorted. Lines starting with {@code #} are comments.
 */
public final class RelationModel {

	final String language;

	final int bits;

	double add;

	double veto;

	/** "TYPE FROM_KIND TO_KIND". */
	final TreeSet<String> signatures;

	/** Per class: the bias. */
	final TreeMap<String, Double> bias;

	/** Per class: feature bucket → weight. */
	final Map<String, Map<Integer, Double>> weights;

	RelationModel(String language, int bits, double add, double veto, TreeSet<String> signatures,
			TreeMap<String, Double> bias, Map<String, Map<Integer, Double>> weights) {
		this.language = language;
		this.bits = bits;
		this.add = add;
		this.veto = veto;
		this.signatures = signatures;
		this.bias = bias;
		this.weights = weights;
	}

	public String language() {
		return this.language;
	}

	public double addThreshold() {
		return this.add;
	}

	public double vetoThreshold() {
		return this.veto;
	}

	/** The same weights with other thresholds. */
	public RelationModel withThresholds(double add, double veto) {
		return new RelationModel(this.language, this.bits, add, veto, this.signatures, this.bias, this.weights);
	}

	boolean links(String type, String fromKind, String toKind) {
		return this.signatures.contains(type + " " + fromKind + " " + toKind);
	}

	/** The classes that can hold between {@code left} and {@code right} (left named first in the sentence). */
	List<String> classes(String leftKind, String rightKind) {
		List<String> out = new ArrayList<>();
		for (String c : this.bias.keySet()) {
			String type = RelationCandidates.type(c);
			boolean forward = c.endsWith(">");
			if (forward ? links(type, leftKind, rightKind) : links(type, rightKind, leftKind)) {
				out.add(c);
			}
		}
		return out;
	}

	/** The probability that class {@code c} holds, given the hashed features. */
	double probability(String c, int[] features) {
		Double b = this.bias.get(c);
		if (b == null) {
			return 0;
		}
		Map<Integer, Double> w = this.weights.getOrDefault(c, Map.of());
		double z = b;
		for (int f : features) {
			z += w.getOrDefault(f, 0.0);
		}
		return 1 / (1 + Math.exp(-z));
	}

	public static RelationModel read(InputStream in) {
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String language = null;
			int bits = 18;
			double add = 0.5;
			double veto = 0;
			TreeSet<String> signatures = new TreeSet<>();
			TreeMap<String, Double> bias = new TreeMap<>();
			Map<String, Map<Integer, Double>> weights = new HashMap<>();
			Map<Integer, Double> current = null;
			String line;
			while ((line = r.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] p = line.split(" ");
				switch (p[0]) {
					case "language" -> language = p[1];
					case "bits" -> bits = Integer.parseInt(p[1]);
					case "add" -> add = Double.parseDouble(p[1]);
					case "veto" -> veto = Double.parseDouble(p[1]);
					case "signature" -> signatures.add(p[1] + " " + p[2] + " " + p[3]);
					case "class" -> {
						bias.put(p[1], Double.parseDouble(p[2]));
						current = new HashMap<>();
						weights.put(p[1], current);
					}
					default -> {
						if (current == null) {
							throw new IllegalArgumentException("a weight before any class: " + line);
						}
						current.put(Integer.parseInt(p[0]), Double.parseDouble(p[1]));
					}
				}
			}
			return new RelationModel(language, bits, add, veto, signatures, bias, weights);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the model; the same model always gives the same text. */
	public void write(Writer out, String comment) throws IOException {
		for (String c : comment.split("\n")) {
			out.write("# " + c + "\n");
		}
		out.write("language " + this.language + "\n");
		out.write("bits " + this.bits + "\n");
		out.write("add " + format(this.add) + "\n");
		out.write("veto " + format(this.veto) + "\n");
		for (String s : this.signatures) {
			out.write("signature " + s + "\n");
		}
		for (Map.Entry<String, Double> c : this.bias.entrySet()) {
			out.write("class " + c.getKey() + " " + format(c.getValue()) + "\n");
			TreeMap<Integer, Double> sorted = new TreeMap<>(this.weights.getOrDefault(c.getKey(), Map.of()));
			for (Map.Entry<Integer, Double> w : sorted.entrySet()) {
				out.write(w.getKey() + " " + format(w.getValue()) + "\n");
			}
		}
	}

	static String format(double v) {
		String s = String.format(Locale.ROOT, "%.3f", v);
		return s.equals("-0.000") ? "0.000" : s;
	}

}
