package org.chinatechgraph.ingest.extract.zh;

import java.time.LocalDate;
import java.util.Optional;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.Extractor;

/** What the Chinese rules' tests ask of a sentence written for them: its extraction, an entity, a relation. */
final class ChineseSentences {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private ChineseSentences() {
	}

	/** The extraction of {@code text} as an article of 18 June 2024. */
	static Extraction extract(String text) {
		return EXTRACTOR.extract(ArticleText.of(text, LocalDate.of(2024, 6, 18)));
	}

	/** The entity of a kind named (or aliased) {@code name}. */
	static Optional<ExtractedEntity> entity(Extraction x, String kind, String name) {
		return x.entities().stream().filter((e) -> e.kind().equals(kind) && (e.name().equals(name) || e.aliases().contains(name)))
			.findFirst();
	}

	/** Whether a relation of {@code type} links the two (either way for a partnership). */
	static boolean related(Extraction x, String type, ExtractedEntity from, ExtractedEntity to) {
		return x.relations().stream()
			.anyMatch((r) -> r.type().equals(type) && (r.from().equals(from.ref()) && r.to().equals(to.ref())
					|| type.equals("PARTNERS_WITH") && r.from().equals(to.ref()) && r.to().equals(from.ref())));
	}

}
