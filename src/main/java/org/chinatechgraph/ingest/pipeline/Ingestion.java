package org.chinatechgraph.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.ingest.FactLoader.LoadResult;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.ExtractedRelation;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.pipeline.IngestReport.EntityItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.EvidenceItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.RelationItem;
import org.chinatechgraph.ingest.pipeline.IngestReport.Summary;
import org.chinatechgraph.ingest.resolve.EntityResolver;
import org.chinatechgraph.ingest.resolve.Mention;
import org.chinatechgraph.ingest.resolve.Resolution;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion of one file, an article or a fact file: a preview that writes nothing, or a commit that writes all of
 * it in one transaction or none of it. The same content ingested again changes nothing; a corrected version of an
 * article (same url) replaces what the article stated and keeps what other articles state.
 */
@Service
public class Ingestion {

	private final TextExtractor extractor;

	private final EntityResolver resolver;

	private final FactLoader loader;

	private final IngestQueries queries;

	private final TransactionTemplate reads;

	private final TransactionTemplate writes;

	Ingestion(TextExtractor extractor, EntityResolver resolver, FactLoader loader, IngestQueries queries,
			PlatformTransactionManager transactions) {
		this.extractor = extractor;
		this.resolver = resolver;
		this.loader = loader;
		this.queries = queries;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.writes = new TransactionTemplate(transactions);
	}

	/** Extraction runs before the transaction, which holds only the reads of resolution (and the writes). */
	public IngestReport preview(ArticleDocument document) {
		return preview(document, List.of());
	}

	/** The preview without the items a reviewer left out ({@link #without}). */
	public IngestReport preview(ArticleDocument document, Collection<String> leftOut) {
		Extraction extraction = without(extract(document), leftOut);
		return this.reads.execute(status -> {
			var plan = plan(document, extraction);
			boolean unchanged = document.contentHash().equals(this.queries.articleHash(document.id()));
			return plan.report().withOutcome(unchanged ? "UNCHANGED" : "PREVIEW");
		});
	}

	/** One transaction: resolution, then every write of the article, or none. */
	public IngestReport ingest(ArticleDocument document) {
		return ingest(document, List.of());
	}

	/** The ingestion without the items a reviewer left out ({@link #without}). */
	public IngestReport ingest(ArticleDocument document, Collection<String> leftOut) {
		Extraction extraction = without(extract(document), leftOut);
		return this.writes.execute(status -> {
			var plan = plan(document, extraction);
			LoadResult result = this.loader.load(plan.facts(), document.contentHash(), document.file());
			if (result.outcome() != FactLoader.Outcome.UNCHANGED) {
				this.queries.flagPossibleDuplicates(plan.possibleDuplicates());
			}
			return plan.report().withOutcome(result.outcome().name());
		});
	}

	/**
	 * What extraction found less the items a reviewer left out: entities by ref ({@code e3}), relations as
	 * {@code from TYPE to} ({@code e1 INVESTS_IN e2}). A left-out entity takes its relations with it. An item the
	 * extraction does not have is a mistake (the text changed since the preview, or a typo), and refused.
	 */
	static Extraction without(Extraction extraction, Collection<String> leftOut) {
		if (leftOut == null || leftOut.isEmpty()) {
			return extraction;
		}
		Set<String> out = Set.copyOf(leftOut);
		Set<String> known = new java.util.HashSet<>();
		extraction.entities().forEach(entity -> known.add(entity.ref()));
		extraction.relations().forEach(relation -> known.add(key(relation)));
		List<String> unknown = out.stream().filter(item -> !known.contains(item)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("The article has no item " + String.join(", ", unknown)
					+ " to leave out: give entity refs (e1) and relations as 'from TYPE to' (e1 INVESTS_IN e2), as"
					+ " the preview of the same text reports them");
		}
		var entities = extraction.entities().stream().filter(entity -> !out.contains(entity.ref())).toList();
		Set<String> kept = new java.util.HashSet<>();
		entities.forEach(entity -> kept.add(entity.ref()));
		var relations = extraction.relations()
			.stream()
			.filter(relation -> kept.contains(relation.from()) && kept.contains(relation.to())
					&& !out.contains(key(relation)))
			.toList();
		return new Extraction(entities, relations);
	}

	/** How a relation is named when it is left out: {@code from TYPE to}. */
	static String key(ExtractedRelation relation) {
		return relation.from() + " " + relation.type() + " " + relation.to();
	}

	private Extraction extract(ArticleDocument document) {
		return this.extractor.extract(ArticleText.of(document));
	}

	@Transactional(readOnly = true)
	public IngestReport previewFacts(byte[] content, String name) {
		FactFile facts = this.loader.check(content, name);
		return factReport(name, facts, "PREVIEW");
	}

	@Transactional
	public IngestReport ingestFacts(byte[] content, String name) {
		FactFile facts = this.loader.check(content, name);
		var report = factReport(name, facts, null);
		return report.withOutcome(this.loader.load(content, name).outcome().name());
	}

	private ArticlePlanner.Plan plan(ArticleDocument document, Extraction extraction) {
		List<Mention> mentions = extraction.entities().stream().map(Ingestion::mention).toList();
		Map<String, Resolution> resolutions = this.resolver.resolve(mentions);
		List<String> matched = resolutions.values().stream().map(Resolution::id).filter(id -> id != null).toList();
		Set<String> owned = matched.isEmpty() ? Set.of() : this.queries.ownedBy(document.id(), matched);
		List<String> stems = new ArrayList<>();
		for (ExtractedEntity entity : extraction.entities()) {
			if (resolutions.get(entity.ref()).id() == null && ArticlePlanner.hasPrefix(entity.kind())) {
				stems.add(ArticlePlanner.stem(entity.kind(), ArticlePlanner.idName(entity)));
			}
		}
		Set<String> taken = stems.isEmpty() ? Set.of() : this.queries.takenByStems(stems);
		return ArticlePlanner.plan(document, extraction, resolutions, owned, taken);
	}

	private static Mention mention(ExtractedEntity entity) {
		Object code = entity.properties().get("code");
		Object sector = entity.properties().get("sectorId");
		return new Mention(entity.ref(), entity.kind(), entity.name(), entity.aliases(),
				code == null ? null : code.toString(), sector == null ? null : sector.toString());
	}

	/** The report of a fact file: its nodes (matched when the graph has them) and relationships. */
	private IngestReport factReport(String name, FactFile facts, String outcome) {
		Set<String> existing = this.queries.existing(facts.nodes().stream().map(FactFile.NodeFact::id).toList());
		List<EntityItem> entities = new ArrayList<>();
		int created = 0;
		for (FactFile.NodeFact node : facts.nodes()) {
			boolean known = existing.contains(node.id());
			created += known ? 0 : 1;
			var money = node.investment();
			Map<String, Object> properties = new LinkedHashMap<>();
			putIfSet(properties, "status", node.status());
			putIfSet(properties, "signedOn", node.signedOn());
			putIfSet(properties, "code", node.code());
			putIfSet(properties, "nameZh", node.nameZh());
			entities.add(new EntityItem(node.id(), node.label(), node.name(), node.aliases(),
					money == null ? null : new IngestReport.Amount(money.amount(), money.currency(), money.text()),
					known ? node.id() : null, known ? "id" : null, known ? "MATCH" : "NEW", node.id(), 1,
					node.evidence().isEmpty() ? null : new EvidenceItem(node.evidence().get(0), -1, -1),
					node.evidence().stream().map(s -> new EvidenceItem(s, -1, -1)).toList(), properties));
		}
		List<RelationItem> relations = facts.relationships().stream()
			.map(r -> new RelationItem(r.type(), r.from(), r.to(), r.from(), r.to(),
					r.amount() == null ? null
							: new IngestReport.Amount(r.amount().amount(), r.amount().currency(), r.amount().text()),
					1, new EvidenceItem(r.evidence().get(0), -1, -1), false))
			.toList();
		var source = facts.source();
		return new IngestReport(name,
				new IngestReport.ArticleInfo(source.id(), source.url(), source.title(), source.publisher(),
						source.publishedOn()),
				outcome, entities, relations, List.of(),
				new Summary(created, facts.nodes().size() - created, relations.size(), 0), List.of());
	}

	private static void putIfSet(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
