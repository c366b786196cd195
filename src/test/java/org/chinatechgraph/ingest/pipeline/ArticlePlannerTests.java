package org.chinatechgraph.ingest.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.FactFile.RelationshipFact;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.Extractor;
import org.chinatechgraph.ingest.resolve.Resolution;
import org.chinatechgraph.system.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fact file planned from an extraction keeps what the text says of a relationship. */
class ArticlePlannerTests {

	@Test
	void aPartnershipKeepsItsKindInTheFactFile() {
		String text = "Alpha Semiconductor Co., Ltd. signed a strategic cooperation agreement with Beta Materials Co., Ltd. "
				+ "on Tuesday.";
		Extraction x = Extractor.withReferenceData().extract(ArticleText.of(text, LocalDate.of(2022, 5, 10)));
		Map<String, Resolution> resolutions = new HashMap<>();
		for (ExtractedEntity e : x.entities()) {
			resolutions.put(e.ref(), new Resolution(Resolution.Decision.NEW, null, null, 0, List.of()));
		}
		ArticleDocument document = new ArticleDocument("a.txt", "article:a", "hash", text, "https://example.com/a",
				"A", "Example", PartialDate.parse("2022-05-10"));
		ArticlePlanner.Plan plan = ArticlePlanner.plan(document, x, resolutions, Set.of(), Set.of());
		RelationshipFact partners = plan.facts().relationships().stream()
			.filter((r) -> r.type().equals("PARTNERS_WITH")).findFirst().orElseThrow();
		assertThat(partners.kind()).isEqualTo("strategic cooperation");
	}

}
