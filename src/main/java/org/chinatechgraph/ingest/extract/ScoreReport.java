package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Scores of extraction against curated facts: a row per entity kind, per relationship type, for amounts, and
 * micro-averaged totals; printable as an aligned plain-text table or as JSON. Each miss and false positive is also
 * kept as an {@link Error}, so that the largest sources of error can be counted. Reports of several articles add up.
 */
public final class ScoreReport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How many of each list the summary of errors shows. */
	private static final int TOP = 12;

	/**
	 * One missed fact ({@code missed}) or false positive.
	 * @param group entity, relation or amount
	 * @param key the entity kind or relationship type ("amount" for amounts)
	 * @param name the entity's name; for a relation its ends ("A → B"); for an amount its value
	 * @param shape for a relation, the kinds of its ends ("Project → City"); else the key
	 * @param cause for a relation, whether its ends were found (a missed relation whose end is missed is an entity
	 * error first); for an amount, whether the value was extracted at all
	 */
	public record Error(String article, boolean missed, String group, String key, String name, String shape,
			String cause) {
	}

	private final Map<String, Score> rows = new LinkedHashMap<>();

	private final List<String> details = new ArrayList<>();

	private final List<Error> errors = new ArrayList<>();

	void count(String group, String key, int tp, int fp, int fn) {
		String id = group + "|" + key;
		Score add = new Score(group, key, tp, fp, fn);
		this.rows.merge(id, add, Score::plus);
	}

	void detail(String line) {
		this.details.add(line);
	}

	void error(Error error) {
		this.errors.add(error);
	}

	public ScoreReport add(ScoreReport other) {
		other.rows.values().forEach((s) -> count(s.group(), s.key(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
		this.details.addAll(other.details);
		this.errors.addAll(other.errors);
		return this;
	}

	public List<Error> errors() {
		return List.copyOf(this.errors);
	}

	/** Stated amounts carried exactly right (same thing, value and currency), out of the annotated ones. */
	public int amountsExact() {
		return score("amount", "attached").truePositives();
	}

	public int amountsAnnotated() {
		Score s = score("amount", "attached");
		return s.truePositives() + s.falseNegatives();
	}

	/** The rows, with micro totals for entities, relations and everything after them. */
	public List<Score> scores() {
		List<Score> out = new ArrayList<>();
		for (String group : List.of("entity", "relation", "amount")) {
			List<Score> in = this.rows.values().stream().filter((s) -> s.group().equals(group))
				.sorted(Comparator.comparing(Score::key)).toList();
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

	/** "Stated amounts exactly right: 7 of 10 annotated (70%)". */
	public String amountsLine() {
		int annotated = amountsAnnotated();
		return String.format(Locale.ROOT, "Stated amounts exactly right: %d of %d annotated (%s)%n", amountsExact(),
				annotated, annotated == 0 ? "none annotated" : Math.round(100.0 * amountsExact() / annotated) + "%");
	}

	/** A count of errors of one sort: what they have in common, and how many. */
	public record Count(String what, int count) {
	}

	/** Misses (or false positives) counted by entity kind, and by relationship type with the kinds of its ends. */
	public List<Count> byKind(boolean missed) {
		return top(missed, (e) -> switch (e.group()) {
			case "relation" -> "relation " + e.key() + "  " + e.shape();
			case "amount" -> "amount";
			default -> e.group() + " " + e.key();
		}, TOP);
	}

	/**
	 * Missed relations by whether their ends were found, false positives by whether their ends are annotated
	 * ({@code group} relation); missed amounts by whether the value was extracted at all ({@code group} amount).
	 */
	public List<Count> causes(boolean missed, String group) {
		return top(missed, (e) -> e.group().equals(group) ? e.cause() : null, Integer.MAX_VALUE);
	}

	/** The entity names most often missed (or extracted but not annotated), with their kind. */
	public List<Count> names(boolean missed) {
		Map<String, String> spelling = new LinkedHashMap<>();
		List<Count> counts = top(missed, (e) -> {
			if (!e.group().equals("entity")) {
				return null;
			}
			String key = e.key() + " " + e.name().toLowerCase(Locale.ROOT);
			spelling.putIfAbsent(key, e.key() + " \"" + e.name() + "\"");
			return key;
		}, TOP);
		return counts.stream().map((c) -> new Count(spelling.get(c.what()), c.count())).toList();
	}

	private List<Count> top(boolean missed, Function<Error, String> by, int limit) {
		Map<String, Long> counts = this.errors.stream().filter((e) -> e.missed() == missed)
			.map(by).filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit).map((e) -> new Count(e.getKey(), e.getValue().intValue())).toList();
	}

	/** The section "Largest sources of error": where a rule writer should look first. */
	public String errorSummary() {
		StringBuilder b = new StringBuilder("Largest sources of error\n");
		section(b, "missed (false negatives) by kind / type", byKind(true));
		section(b, "missed relations by what was found of their ends", causes(true, "relation"));
		section(b, "missed amounts", causes(true, "amount"));
		section(b, "false positives by kind / type", byKind(false));
		section(b, "false-positive relations by whether their ends are annotated", causes(false, "relation"));
		section(b, "names most often missed", names(true));
		section(b, "names most often extracted but not annotated", names(false));
		return b.toString();
	}

	private static void section(StringBuilder b, String title, List<Count> counts) {
		b.append('\n').append("  ").append(title).append('\n');
		if (counts.isEmpty()) {
			b.append("    (none)\n");
		}
		for (Count c : counts) {
			b.append(String.format(Locale.ROOT, "    %5d  %s%n", c.count(), c.what()));
		}
	}

	/** The rows as JSON, one object per row (what {@link #json()} holds under "scores"). */
	public List<Map<String, Object>> rowsJson() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Score s : scores()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("group", s.group());
			row.put("key", s.key());
			row.put("tp", s.truePositives());
			row.put("fp", s.falsePositives());
			row.put("fn", s.falseNegatives());
			row.put("precision", round(s.precision()));
			row.put("recall", round(s.recall()));
			row.put("f1", round(s.f1()));
			out.add(row);
		}
		return out;
	}

	/**
	 * One JSON document: {@code scores} (the table's rows), {@code amounts} (exact, annotated) and {@code errors}
	 * (the largest sources of error), with {@code about} (what was scored) first when given.
	 */
	public String json(Map<String, Object> about) {
		Map<String, Object> doc = new LinkedHashMap<>(about);
		doc.put("scores", rowsJson());
		Map<String, Object> amounts = new LinkedHashMap<>();
		amounts.put("exact", amountsExact());
		amounts.put("annotated", amountsAnnotated());
		doc.put("amounts", amounts);
		Map<String, Object> errors = new LinkedHashMap<>();
		errors.put("missedByKind", counts(byKind(true)));
		errors.put("missedRelationCauses", counts(causes(true, "relation")));
		errors.put("missedAmountCauses", counts(causes(true, "amount")));
		errors.put("falsePositivesByKind", counts(byKind(false)));
		errors.put("falsePositiveRelationCauses", counts(causes(false, "relation")));
		errors.put("missedNames", counts(names(true)));
		errors.put("extraNames", counts(names(false)));
		doc.put("errors", errors);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
	}

	public String json() {
		return json(Map.of());
	}

	private static List<Map<String, Object>> counts(List<Count> counts) {
		return counts.stream().<Map<String, Object>>map((c) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("what", c.what());
			m.put("count", c.count());
			return m;
		}).toList();
	}

	private static double round(double x) {
		return Math.round(x * 10000) / 10000.0;
	}

}
