package org.chinatechgraph.ingest.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.FactFile.MoneyFact;
import org.chinatechgraph.ingest.FactFile.NodeFact;
import org.chinatechgraph.ingest.FactFile.RelationshipFact;
import org.chinatechgraph.ingest.Labels;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.extract.Evidence;
import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.ExtractedRelation;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.MoneyParser;
import org.chinatechgraph.ingest.extract.StatedAmount;
import org.chinatechgraph.ingest.pipeline.IngestReport.Amount;
import org.chinatechgraph.ingest.pipeline.IngestReport.ArticleInfo;
import org.chinatechgraph.ingest.pipeline.IngestReport.EntityItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.EvidenceItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.RelationItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.ReviewItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.Summary;
import org.chinatechgraph.ingest.resolve.Mention;
import org.chinatechgraph.ingest.resolve.Resolution;
import org.chinatechgraph.ingest.resolve.Resolution.Decision;

/**
 * Turns what was extracted from an article, and what each thing resolved to in the graph, into the fact file that
 * states it and the report a person reads: matched things link to their nodes (adding the article's spelling as an
 * alias), new things get new nodes, uncertain ones get new nodes listed for review, and places or sectors the graph
 * does not know are left out and listed for review rather than invented.
 */
final class ArticlePlanner {

	/**
	 * The mentions a report lists for one entity, in the order of the text: enough to find it in any article, and
	 * a report that stays a few times the size of its text when a page names one thing thousands of times.
	 */
	static final int REPORTED_MENTIONS = 25;

	private static final Set<String> CONTROLLED = Set.of("Province", "City", "District", "Sector");

	private ArticlePlanner() {
	}

	/** The plan of one article: what to load, what to report, and the new nodes to flag as possible duplicates. */
	record Plan(FactFile facts, IngestReport report, Map<String, List<String>> possibleDuplicates) {
	}

	/**
	 * @param owned ids of matched nodes that only this article reports (they are re-stated in full, since
	 * replacing the article takes them out first)
	 * @param taken ids in the graph already, which a new node must not take
	 */
	static Plan plan(ArticleDocument document, Extraction extraction, Map<String, Resolution> resolutions,
			Set<String> owned, Set<String> taken) {
		List<NodeFact> nodes = new ArrayList<>();
		List<EntityItem> entities = new ArrayList<>();
		List<ReviewItem> review = new ArrayList<>();
		Map<String, String> idByRef = new HashMap<>();
		Map<String, List<String>> duplicates = new LinkedHashMap<>();
		Set<String> used = new HashSet<>(taken);
		int matched = 0;
		int created = 0;
		for (ExtractedEntity entity : extraction.entities()) {
			Resolution resolution = resolutions.get(entity.ref());
			Amount amount = amount(entity.amount());
			MoneyFact money = money(entity.amount(), entity, review);
			String action;
			String id;
			String match = null;
			if (resolution.decision() == Decision.MATCH) {
				action = "MATCH";
				id = resolution.id();
				match = id;
				matched++;
				String label = Labels.forId(id);
				nodes.add(owned.contains(id) ? node(id, label, entity, money) : mention(id, label, entity,
						resolution));
			}
			else if (!hasPrefix(entity.kind())) {
				action = "SKIPPED";
				id = null;
				review.add(new ReviewItem(entity.ref(), entity.name(), entity.kind(),
						!CONTROLLED.contains(entity.kind()) ? "unknown kind '" + entity.kind() + "'; not added"
						: resolution.decision() == Decision.REVIEW
								? "uncertain which " + entity.kind() + " this is; not linked"
								: "no such " + entity.kind() + " in the graph ("
										+ (entity.kind().equals("Sector") ? "sectors are a fixed vocabulary"
												: "places come from the GB/T 2260 gazetteer")
										+ "); not added",
						resolution.candidates()));
			}
			else {
				action = resolution.decision() == Decision.REVIEW ? "REVIEW" : "NEW";
				id = newId(entity.kind(), idName(entity), used);
				created++;
				nodes.add(node(id, entity.kind(), entity, money));
				if (resolution.decision() == Decision.REVIEW) {
					duplicates.put(id, resolution.candidates().stream().map(Resolution.Candidate::id).toList());
					review.add(new ReviewItem(entity.ref(), entity.name(), entity.kind(),
							"may be a node the graph has: added as a new node '" + id
									+ "'; merge it into the right one if it is the same",
							resolution.candidates()));
				}
			}
			if (id != null) {
				idByRef.put(entity.ref(), id);
			}
			entities.add(new EntityItem(entity.ref(), entity.kind(), entity.name(), entity.aliases(), amount, match,
					resolution.matchedBy(), action, id, entity.confidence(), evidence(entity.evidence()),
					entity.mentions().stream().limit(REPORTED_MENTIONS).map(ArticlePlanner::evidence).toList(),
					entity.properties()));
		}
		List<RelationshipFact> relationships = new ArrayList<>();
		List<RelationItem> relations = new ArrayList<>();
		Map<String, RelationshipFact> byKey = new LinkedHashMap<>();
		for (ExtractedRelation relation : extraction.relations()) {
			String from = idByRef.get(relation.from());
			String to = idByRef.get(relation.to());
			boolean skipped = from == null || to == null || from.equals(to);
			relations.add(new RelationItem(relation.type(), relation.from(), relation.to(), from, to,
					amount(relation.amount()), relation.confidence(), evidence(relation.evidence()), skipped));
			if (skipped) {
				continue;
			}
			String key = relation.type() + "|" + from + "|" + to;
			RelationshipFact known = byKey.get(key);
			Set<String> evidence = new LinkedHashSet<>(known == null ? List.of() : known.evidence());
			evidence.add(relation.evidence().sentence());
			MoneyFact amount = known != null && known.amount() != null ? known.amount()
					: "INVESTS_IN".equals(relation.type()) ? money(relation.amount(), null, review) : null;
			String kind = known != null && known.kind() != null ? known.kind() : relation.kind();
			byKey.put(key, new RelationshipFact(relation.type(), from, to, amount, kind, null, null,
					List.copyOf(evidence)));
		}
		relationships.addAll(byKey.values());
		var source = new FactFile.SourceFact(document.id(), "news", document.title(), document.publisher(),
				document.url(), document.file(), document.published().toString(), null);
		var facts = new FactFile(null, source, nodes, relationships);
		var report = new IngestReport(document.file(),
				new ArticleInfo(document.id(), document.url(), document.title(), document.publisher(),
						document.published().toString()),
				"PREVIEW", entities, relations, review,
				new Summary(created, matched, relationships.size(), review.size()), List.of());
		return new Plan(facts, report, duplicates);
	}

	/** A node the graph has: the article's other spellings become aliases; its sentences become evidence. */
	private static NodeFact mention(String id, String label, ExtractedEntity entity, Resolution resolution) {
		Set<String> known = new HashSet<>();
		resolution.candidates().stream().filter(c -> c.id().equals(id)).forEach(c -> known.add(c.name()));
		List<String> spellings = new ArrayList<>();
		for (String spelling : names(entity)) {
			if (!known.contains(spelling)) {
				spellings.add(spelling);
			}
		}
		return new NodeFact(id, label, null, spellings, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, sentences(entity));
	}

	/** A node stated in full by this article. */
	private static NodeFact node(String id, String label, ExtractedEntity entity, MoneyFact money) {
		Map<String, Object> p = entity.properties();
		List<String> aliases = names(entity).stream().filter(n -> !n.equals(entity.name())).toList();
		boolean project = "Project".equals(label) || "Program".equals(label);
		return new NodeFact(id, label, entity.name(), aliases, string(p.get("nameZh")), null,
				project ? string(p.get("status")) : null, project ? string(p.get("signedOn")) : null,
				project ? integer(p.get("startYear")) : null, project ? integer(p.get("completionYear")) : null,
				project ? integer(p.get("phases")) : null,
				project || "Fund".equals(label) ? money : null, "Program".equals(label) ? integer(p.get("count")) : null,
				null, "Company".equals(label) ? string(p.get("country")) : null,
				"Government".equals(label) ? string(p.get("level")) : null,
				"Park".equals(label) || "Institute".equals(label) ? string(p.get("kind")) : null, null,
				sentences(entity));
	}

	private static List<String> names(ExtractedEntity entity) {
		Set<String> names = new LinkedHashSet<>();
		names.add(entity.name());
		names.addAll(entity.aliases());
		return List.copyOf(names);
	}

	private static List<String> sentences(ExtractedEntity entity) {
		Set<String> sentences = new LinkedHashSet<>();
		if (entity.evidence() != null) {
			sentences.add(entity.evidence().sentence());
		}
		entity.mentions().forEach(m -> sentences.add(m.sentence()));
		return List.copyOf(sentences);
	}

	/** A readable id for a new node, not taken by any other: {@code company:suzhou-xinhe-microelectronics}. */
	static String newId(String label, String name, Set<String> used) {
		String stem = stem(label, name);
		String id = stem;
		for (int n = 2; used.contains(id); n++) {
			id = stem + "-" + n;
		}
		used.add(id);
		return id;
	}

	/** What a new node's id is made from: its name, or for a name in Chinese characters, their pinyin. */
	static String idName(ExtractedEntity entity) {
		Object romanized = entity.properties().get("romanized");
		return romanized != null ? romanized.toString() : entity.name();
	}

	/** Whether nodes of this kind can be created from text (places and sectors cannot). */
	static boolean hasPrefix(String label) {
		return Labels.BY_PREFIX.containsValue(label) && !CONTROLLED.contains(label);
	}

	/** The id a new node of this name would have if nothing else had it. */
	static String stem(String label, String name) {
		String prefix = Labels.BY_PREFIX.entrySet().stream()
			.filter(e -> e.getValue().equals(label))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no id prefix for " + label));
		String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replace("&", " and ")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
		}
		if (slug.isEmpty()) {
			slug = "n" + Integer.toHexString(name.hashCode() & 0x7fffffff);
		}
		return prefix + ":" + slug;
	}

	private static Amount amount(StatedAmount amount) {
		return amount == null ? null : new Amount(amount.value(), amount.currency(), amount.text());
	}

	/** Money the graph can convert (CNY and USD); any other currency is reported, not stored. */
	private static MoneyFact money(StatedAmount amount, ExtractedEntity entity, List<ReviewItem> review) {
		if (amount == null || amount.value() == null || amount.value().signum() <= 0) {
			return null;
		}
		if (!MoneyParser.STORED_CURRENCIES.contains(amount.currency())) {
			review.add(new ReviewItem(entity == null ? null : entity.ref(), amount.text(),
					entity == null ? null : entity.kind(),
					"amount in " + amount.currency() + " is not stored: the exchange-rate table has CNY and USD",
					List.of()));
			return null;
		}
		return new MoneyFact(amount.value().stripTrailingZeros().scale() < 0
				? amount.value().setScale(0) : amount.value(), amount.currency(), amount.text(), null);
	}

	private static EvidenceItem evidence(Evidence evidence) {
		return evidence == null ? null : new EvidenceItem(evidence.sentence(), evidence.start(), evidence.end());
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}

	private static Integer integer(Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value instanceof String text && text.matches("\\d{1,9}")) {
			return Integer.parseInt(text);
		}
		return null;
	}

}
