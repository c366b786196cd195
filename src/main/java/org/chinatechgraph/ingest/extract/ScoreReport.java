package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of extraction against curated facts: a row per entity kind, per relationship type, for amounts, and
 * micro-averaged totals; printable as an aligned plain-text table or as JSON. Reports of several articles add up.
 */
public final class ScoreReport {

	private final Map<String, Score> rows = new LinkedHashMap<>();

	private final List<String> details = new ArrayList<>();

	void count(String group, String key, int tp, int fp, int fn) {
		String id = group + "|" + key;
		Score add = new Score(group, key, tp, fp, fn);
		this.rows.merge(id, add, Score::plus);
	}

	void detail(String line) {
		this.details.add(line);
	}

	public ScoreReport add(ScoreReport other) {
		other.rows.values().forEach((s) -> count(s.group(), s.key(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
		this.details.addAll(other.details);
		return this;
	}

	/** The rows, with micro totals for entities, relations and everything after them. */
	public List<Score> scores() {
		List<Score> out = new ArrayList<>();
		for (String group : List.of("entity", "relation", "amount")) {
			List<Score> in = this.rows.values().stream().filter((s) -> s.group().equals(group))
				.sorted(java.util.Comparator.comparing(Score::key)).toList();
			out.addAll(in);
			if (!group.equals("amount") && !in.isEmpty()) {
				out.add(in.stream().reduce(new Score(group, "all " + group + "s", 0, 0, 0), Score::plus));
			}
		}
		out.add(this.rows.values().stream().filter((s) -> !s.key().equals("values"))
			.reduce(new Score("total", "all facts", 0, 0, 0), (a, b) -> new Score("total", "all facts",
					a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
					a.falseNegatives() + b.falseNegatives())));
		return out;
	}

	public Score score(String group, String key) {
		return scores().stream().filter((s) -> s.group().equals(group) && s.key().equals(key)).findFirst()
			.orElse(new Score(group, key, 0, 0, 0));
	}

	public List<String> details() {
		return List.copyOf(this.details);
	}

	public String table() {
		StringBuilder b = new StringBuilder();
		String format = "%-9s %-24s %5s %5s %5s %9s %7s %6s%n";
		b.append(String.format(Locale.ROOT, format, "group", "kind / type", "tp", "fp", "fn", "precision", "recall", "F1"));
		b.append("-".repeat(77)).append('\n');
		String last = null;
		for (Score s : scores()) {
			if (last != null && !last.equals(s.group())) {
				b.append('\n');
			}
			last = s.group();
			b.append(String.format(Locale.ROOT, "%-9s %-24s %5d %5d %5d %9.2f %7.2f %6.2f%n", s.group(), s.key(),
					s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1()));
		}
		return b.toString();
	}

	public String json() {
		StringBuilder b = new StringBuilder("[\n");
		List<Score> all = scores();
		for (int i = 0; i < all.size(); i++) {
			Score s = all.get(i);
			b.append(String.format(Locale.ROOT,
					"  {\"group\": \"%s\", \"key\": \"%s\", \"tp\": %d, \"fp\": %d, \"fn\": %d, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}%s%n",
					s.group(), s.key(), s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(),
					s.recall(), s.f1(), i + 1 < all.size() ? "," : ""));
		}
		return b.append("]\n").toString();
	}

}
