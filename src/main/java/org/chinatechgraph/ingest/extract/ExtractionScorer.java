package org.chinatechgraph.ingest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.FactFile;

/**
 * Compares an extraction with the curated facts of the same article. An extracted entity matches a curated node
 * of the same kind when a normalised spelling of one (name or alias; lower case, no punctuation, no "Co., Ltd.")
 * equals one of the other; nodes that only refer to a reference place or sector take their names from the
 * reference files, and an extracted place or sector also matches by its gazetteer or vocabulary id; a batch of
 * projects (a Program) left unmatched by name matches the batch of the same count. Matching is one to one. A relationship matches when its type and both matched ends agree (PARTNERS_WITH either way round). An
 * amount matches when the same thing (or relationship) carries exactly the same value and currency; the "values"
 * row compares the distinct amounts alone, wherever attached.
 */
public final class ExtractionScorer {

	private final Map<String, FactFile.NodeFact> reference = new HashMap<>();

	public ExtractionScorer(List<FactFile> referenceFiles) {
		for (FactFile f : referenceFiles) {
			for (FactFile.NodeFact n : f.nodes()) {
				this.reference.put(n.id(), n);
			}
		}
	}

	public static ExtractionScorer withReferenceData() {
		return new ExtractionScorer(List.of(ReferenceFiles.classpath("facts/reference/places.json"),
				ReferenceFiles.classpath("facts/reference/sectors.json")));
	}

	public ScoreReport score(Extraction extraction, FactFile curated) {
		return score(extraction, curated, curated.source().file() != null ? curated.source().file() : curated.source().id());
	}

	/** The score of one article, its errors and details naming it {@code article}. */
	public ScoreReport score(Extraction extraction, FactFile curated, String article) {
		ScoreReport report = new ScoreReport();
		Map<String, String> matched = matchEntities(extraction, curated, report, article);
		scoreRelations(extraction, curated, matched, report, article);
		scoreAmounts(extraction, curated, matched, report, article);
		return report;
	}

	/** Which extracted entity (by ref) matches which curated node (by id), as the score matches them. */
	public Map<String, String> matches(Extraction extraction, FactFile curated) {
		return matchEntities(extraction, curated, new ScoreReport(), "");
	}

	private Map<String, String> matchEntities(Extraction extraction, FactFile curated, ScoreReport report, String article) {
		Map<String, String> refToId = new HashMap<>();
		Set<String> taken = new HashSet<>();
		// by name or id first, then a batch by its count: "14 high-generation LCD panel lines in mainland China" is the
		// batch an extraction names "14 high-generation LCD panel lines", since the article counts one batch of 14
		for (boolean byCount : new boolean[] { false, true }) {
			for (ExtractedEntity e : extraction.entities()) {
				if (refToId.containsKey(e.ref())) {
					continue;
				}
				for (FactFile.NodeFact n : curated.nodes()) {
					if (!taken.contains(n.id()) && n.label().equals(e.kind()) && (byCount ? sameCount(e, n) : sameThing(e, n))) {
						taken.add(n.id());
						refToId.put(e.ref(), n.id());
						break;
					}
				}
			}
		}
		Map<String, int[]> counts = new HashMap<>();
		for (ExtractedEntity e : extraction.entities()) {
			int[] c = counts.computeIfAbsent(e.kind(), (k) -> new int[3]);
			if (refToId.containsKey(e.ref())) {
				c[0]++;
			}
			else {
				c[1]++;
				report.detail(article + "  extra   " + e.kind() + " \"" + e.name() + "\"");
				report.error(new ScoreReport.Error(article, false, "entity", e.kind(), e.name(), e.kind(), null));
			}
		}
		for (FactFile.NodeFact n : curated.nodes()) {
			if (!taken.contains(n.id())) {
				counts.computeIfAbsent(n.label(), (k) -> new int[3])[2]++;
				report.detail(article + "  missed  " + n.label() + " " + n.id());
				report.error(new ScoreReport.Error(article, true, "entity", n.label(), displayName(n), n.label(), null));
			}
		}
		counts.forEach((kind, c) -> report.count("entity", kind, c[0], c[1], c[2]));
		return refToId;
	}

	/** Whether a spelling of one is a spelling of the other, or both are the same reference place or sector. */
	private boolean sameThing(ExtractedEntity e, FactFile.NodeFact n) {
		Object placeId = e.properties().get("placeId");
		Object sectorId = e.properties().get("sectorId");
		if (n.id().equals(placeId) || n.id().equals(sectorId)) {
			return true;
		}
		Set<String> theirs = spellings(nodeNames(n));
		theirs.retainAll(spellings(e.name(), e.aliases()));
		return !theirs.isEmpty();
	}

	/** Whether both are batches of the same count of projects. */
	private static boolean sameCount(ExtractedEntity e, FactFile.NodeFact n) {
		return e.kind().equals("Program") && n.count() != null && e.properties().get("count") instanceof Number c
				&& c.intValue() == n.count();
	}

	/** The name a curated node is known by: its own, a reference place's or sector's, else its id. */
	private String displayName(FactFile.NodeFact n) {
		List<String> names = nodeNames(n);
		return names.isEmpty() ? n.id() : names.get(0);
	}

	private List<String> nodeNames(FactFile.NodeFact n) {
		List<String> names = new ArrayList<>();
		FactFile.NodeFact ref = this.reference.get(n.id());
		for (FactFile.NodeFact x : ref == null ? List.of(n) : List.of(n, ref)) {
			if (x.name() != null) {
				names.add(x.name());
			}
			names.addAll(x.aliases());
		}
		return names;
	}

	private static Set<String> spellings(String name, List<String> aliases) {
		List<String> all = new ArrayList<>(aliases);
		all.add(name);
		return spellings(all);
	}

	private static Set<String> spellings(List<String> names) {
		Set<String> out = new LinkedHashSet<>();
		for (String n : names) {
			String s = normalise(n);
			if (!s.isEmpty()) {
				out.add(s);
			}
		}
		return out;
	}

	static String normalise(String name) {
		String s = Text.normalise(name);
		s = s.replaceAll("\\b(co ltd|co|ltd|inc|corp|limited|llc)$", "").strip();
		return s.replaceAll("\\s+", " ");
	}

	private void scoreRelations(Extraction extraction, FactFile curated, Map<String, String> matched,
			ScoreReport report, String article) {
		Set<String> expected = new HashSet<>();
		for (FactFile.RelationshipFact r : curated.relationships()) {
			expected.add(key(r.type(), r.from(), r.to()));
		}
		Map<String, FactFile.NodeFact> nodes = new HashMap<>();
		curated.nodes().forEach((n) -> nodes.put(n.id(), n));
		Set<String> found = new HashSet<>();
		Map<String, int[]> counts = new HashMap<>();
		for (ExtractedRelation r : extraction.relations()) {
			String from = matched.getOrDefault(r.from(), "?" + r.from());
			String to = matched.getOrDefault(r.to(), "?" + r.to());
			String k = key(r.type(), from, to);
			if (!found.add(k)) {
				continue;
			}
			int[] c = counts.computeIfAbsent(r.type(), (x) -> new int[3]);
			if (expected.contains(k)) {
				c[0]++;
			}
			else {
				c[1]++;
				report.detail(article + "  extra   " + r.type() + " " + describe(extraction, r.from()) + " -> "
						+ describe(extraction, r.to()) + "  (" + from + " -> " + to + ")");
				int annotated = (matched.containsKey(r.from()) ? 1 : 0) + (matched.containsKey(r.to()) ? 1 : 0);
				report.error(new ScoreReport.Error(article, false, "relation", r.type(),
						name(extraction, r.from()) + " → " + name(extraction, r.to()),
						kind(extraction, r.from()) + " → " + kind(extraction, r.to()),
						annotated == 2 ? "both ends annotated (a link the annotation does not state)"
								: annotated == 1 ? "one end not annotated" : "neither end annotated"));
			}
		}
		for (FactFile.RelationshipFact r : curated.relationships()) {
			String k = key(r.type(), r.from(), r.to());
			if (!found.contains(k)) {
				counts.computeIfAbsent(r.type(), (x) -> new int[3])[2]++;
				report.detail(article + "  missed  " + r.type() + " " + r.from() + " -> " + r.to());
				int ends = (matched.containsValue(r.from()) ? 1 : 0) + (matched.containsValue(r.to()) ? 1 : 0);
				report.error(new ScoreReport.Error(article, true, "relation", r.type(),
						curatedName(nodes, r.from()) + " → " + curatedName(nodes, r.to()),
						curatedKind(nodes, r.from()) + " → " + curatedKind(nodes, r.to()),
						ends == 2 ? "both ends found (the relation rule missed it)"
								: ends == 1 ? "one end not found (an entity miss first)" : "neither end found"));
			}
		}
		counts.forEach((type, c) -> report.count("relation", type, c[0], c[1], c[2]));
	}

	private static String name(Extraction extraction, String ref) {
		return extraction.entity(ref).map(ExtractedEntity::name).orElse(ref);
	}

	private static String kind(Extraction extraction, String ref) {
		return extraction.entity(ref).map(ExtractedEntity::kind).orElse("?");
	}

	private String curatedName(Map<String, FactFile.NodeFact> nodes, String id) {
		FactFile.NodeFact n = nodes.get(id);
		return n == null ? id : displayName(n);
	}

	private static String curatedKind(Map<String, FactFile.NodeFact> nodes, String id) {
		FactFile.NodeFact n = nodes.get(id);
		return n == null ? "?" : n.label();
	}

	private static String describe(Extraction extraction, String ref) {
		return extraction.entity(ref).map((e) -> e.kind() + " \"" + e.name() + "\"").orElse(ref);
	}

	private static String key(String type, String from, String to) {
		if (type.equals("PARTNERS_WITH") && from.compareTo(to) > 0) {
			return type + "|" + to + "|" + from;
		}
		return type + "|" + from + "|" + to;
	}

	private void scoreAmounts(Extraction extraction, FactFile curated, Map<String, String> matched, ScoreReport report,
			String article) {
		Set<String> expected = new HashSet<>();
		Set<String> expectedValues = new HashSet<>();
		for (FactFile.NodeFact n : curated.nodes()) {
			if (n.investment() != null) {
				expected.add(n.id() + "=" + money(n.investment().amount(), n.investment().currency()));
				expectedValues.add(money(n.investment().amount(), n.investment().currency()));
			}
		}
		for (FactFile.RelationshipFact r : curated.relationships()) {
			if (r.amount() != null) {
				expected.add(key(r.type(), r.from(), r.to()) + "=" + money(r.amount().amount(), r.amount().currency()));
				expectedValues.add(money(r.amount().amount(), r.amount().currency()));
			}
		}
		Set<String> found = new HashSet<>();
		Set<String> foundValues = new HashSet<>();
		for (ExtractedEntity e : extraction.entities()) {
			if (e.amount() != null) {
				found.add(matched.getOrDefault(e.ref(), "?" + e.ref()) + "=" + money(e.amount().value(), e.amount().currency()));
				foundValues.add(money(e.amount().value(), e.amount().currency()));
			}
		}
		for (ExtractedRelation r : extraction.relations()) {
			if (r.amount() != null) {
				String k = key(r.type(), matched.getOrDefault(r.from(), "?" + r.from()), matched.getOrDefault(r.to(), "?" + r.to()));
				found.add(k + "=" + money(r.amount().value(), r.amount().currency()));
				foundValues.add(money(r.amount().value(), r.amount().currency()));
			}
		}
		count(report, "attached", expected, found, article, expectedValues, foundValues);
		count(report, "values", expectedValues, foundValues, article, expectedValues, foundValues);
	}

	private static void count(ScoreReport report, String key, Set<String> expected, Set<String> found, String article,
			Set<String> expectedValues, Set<String> foundValues) {
		int tp = 0;
		for (String f : found) {
			if (expected.contains(f)) {
				tp++;
			}
			else if (key.equals("attached")) {
				report.detail(article + "  extra   amount " + f);
				String value = f.substring(f.lastIndexOf('=') + 1);
				report.error(new ScoreReport.Error(article, false, "amount", "amount", value, "amount",
						expectedValues.contains(value) ? "an annotated value on the wrong thing" : "a value not annotated"));
			}
		}
		for (String e : expected) {
			if (!found.contains(e) && key.equals("attached")) {
				report.detail(article + "  missed  amount " + e);
				String value = e.substring(e.lastIndexOf('=') + 1);
				report.error(new ScoreReport.Error(article, true, "amount", "amount", value, "amount",
						foundValues.contains(value) ? "value extracted, on another thing" : "value not extracted"));
			}
		}
		report.count("amount", key, tp, found.size() - tp, expected.size() - tp);
	}

	private static String money(BigDecimal value, String currency) {
		return value.stripTrailingZeros().toPlainString() + " " + currency;
	}

}
