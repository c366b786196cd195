package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The optional NLP toolkit's hooks: the default build has none (CoreNLP is built only with {@code -Pcorenlp}), the
 * rules alone are what {@code rules} or no name gives, and a toolkit's stage is used when one is given.
 */
class ExtractionToolkitTests {

	private static final ArticleText ARTICLE = ArticleText.of(
			"Huawei Technologies Co., Ltd. will build a chip plant in Wuhan. It invests 2 billion yuan.",
			LocalDate.of(2024, 5, 1));

	@Test
	void theDefaultBuildHasNoToolkitOnItsClassPath() {
		assertThatIllegalArgumentException().isThrownBy(() -> Extractor.withToolkit("corenlp"))
			.withMessageContaining("-Pcorenlp");
	}

	@Test
	void rulesOrNoNameIsTheRulesAlone() {
		Extraction rules = Extractor.withReferenceData().extract(ARTICLE);
		assertThat(Extractor.withToolkit("rules").extract(ARTICLE)).isEqualTo(rules);
		assertThat(Extractor.withToolkit(null).extract(ARTICLE)).isEqualTo(rules);
	}

	@Test
	void aToolkitsSentencesReplaceTheRulesSplit() {
		// a toolkit that reads the article as one sentence: the two sentences' evidence becomes one
		ExtractionToolkit oneSentence = new ExtractionToolkit() {
			@Override
			public String name() {
				return "one";
			}

			@Override
			public ExtractionToolkit configured(String options) {
				return this;
			}

			@Override
			public Analysis analyse(ArticleText article) {
				return new Analysis() {
					@Override
					public List<Sentence> sentences() {
						return List.of(new Sentence(article.text(), 0, article.text().length()));
					}
				};
			}
		};
		Extraction x = new Extractor(Gazetteer.reference(), SectorVocabulary.reference(), oneSentence).extract(ARTICLE);
		assertThat(x.entities()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.evidence().sentence()).isEqualTo(ARTICLE.text()));
	}

}
