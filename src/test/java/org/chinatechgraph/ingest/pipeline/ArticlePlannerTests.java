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

	/** The plan of an article of 10 May 2022 whose every extracted entity is new to the graph. */
	private static ArticlePlanner.Plan planOfNew(String text) {
		Extraction x = Extractor.withReferenceData().extract(ArticleText.of(text, LocalDate.of(2022, 5, 10)));
		Map<String, Resolution> resolutions = new HashMap<>();
		for (ExtractedEntity e : x.entities()) {
			resolutions.put(e.ref(), new Resolution(Resolution.Decision.NEW, null, null, 0, List.of()));
		}
		ArticleDocument document = new ArticleDocument("a.txt", "article:a", "hash", text, "https://example.com/a",
				"A", "Example", PartialDate.parse("2022-05-10"));
		return ArticlePlanner.plan(document, x, resolutions, Set.of(), Set.of());
	}

	@Test
	void aPartnershipKeepsItsKindInTheFactFile() {
		ArticlePlanner.Plan plan = planOfNew("Alpha Semiconductor Co., Ltd. signed a strategic cooperation agreement with "
				+ "Beta Materials Co., Ltd. on Tuesday.");
		RelationshipFact partners = plan.facts().relationships().stream()
			.filter((r) -> r.type().equals("PARTNERS_WITH")).findFirst().orElseThrow();
		assertThat(partners.kind()).isEqualTo("strategic cooperation");
	}

	@Test
	void aReportListsTheFirstMentionsOfAThingNamedThousandsOfTimesAndTheGraphKeepsEverySentence() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 300; i++) {
			text.append("Tsinghua University opened lab number ").append(i).append(" in Beijing.\n");
		}
		ArticleDocument document = new ArticleDocument("a.txt", "article:a", "hash", text.toString(),
				"https://example.com/a", "A", "Example", PartialDate.parse("2022-05-10"));
		Extraction x = Extractor.withReferenceData().extract(ArticleText.of(text.toString(), LocalDate.of(2022, 5, 10)));
		Map<String, Resolution> resolutions = new HashMap<>();
		for (ExtractedEntity e : x.entities()) {
			resolutions.put(e.ref(), new Resolution(Resolution.Decision.NEW, null, null, 0, List.of()));
		}
		ArticlePlanner.Plan plan = ArticlePlanner.plan(document, x, resolutions, Set.of(), Set.of());
		IngestReport.EntityItem university = plan.report().entities().stream()
			.filter((e) -> e.name().equals("Tsinghua University")).findFirst().orElseThrow();
		assertThat(university.mentions()).hasSize(ArticlePlanner.REPORTED_MENTIONS);
		assertThat(university.mentions().get(0).sentence()).isEqualTo("Tsinghua University opened lab number 1 in Beijing.");
		assertThat(plan.facts().nodes().stream().filter((n) -> n.name().equals("Tsinghua University")).findFirst()
			.orElseThrow().evidence()).hasSize(300);
	}

	@Test
	void aProjectsDatesAndStatusGoIntoTheFactFile() {
		var fab = planOfNew("Alpha Semiconductor Co., Ltd.'s wafer fab in Hefei broke ground in March 2022 and is expected "
				+ "to start production in 2025.").facts().nodes().stream()
			.filter((n) -> n.label().equals("Project")).findFirst().orElseThrow();
		assertThat(fab.status()).isEqualTo("under construction");
		assertThat(fab.startYear()).isEqualTo(2022);
		assertThat(fab.completionYear()).isEqualTo(2025);
	}

}
