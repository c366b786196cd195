package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text an article holds, extraction reads it to the end: texts strung together at random from the pieces
 * news is made of and the ones that broke it before (a dateline's dash, figures too large to count, brackets of either
 * width, characters beyond U+FFFF, counts and phases in words and digits, English and Chinese together) each give an
 * extraction, never an exception. An article that fails takes the whole file's facts with it.
 */
class ExtractorRobustnessTests {

	private static final Extractor EXTRACTOR = Extractor.withReferenceData();

	private static final String[] PIECES = { "SHENYANG - ", "HEFEI -- ", "The ", "Norvale", " Co., Ltd.", " plant",
			" projects", " 99999999999999", " 1,000,000,000,000,000,000", " billion yuan", " $", "US$", " 3.5bn", " (", ")",
			"（", "）", " of ", " in ", " Wuxi", " Jiangsu province", " and ", ", ", ". ", "\n", " phase", " Phase II",
			" fund", " Fund", " the second phase of", "年", "月", "日", "亿元", "万元", "个项目", "签约", "开发区", "高新区",
			"有限公司", "集团", "（一期）", "第", "期", "“", "”", "\"", "'s", "’s", " - ", "—", "–", "/", " 2023", " 20",
			" twenty-", " forty five", " -", "-", "..", "...", "。", "，", "：", "%", "\u00a0", "\t", "\ud840\udc00", "Ⅱ",
			"二期", "百", "千", "两", "十二", "零", " zone", " Park", " University", " Institute", " invests", " will build",
			" signed", " with a total investment of ", " worth ", " hereinafter referred to as ", " (hereinafter \"",
			" a unit of ", " Inc.", " No. ", " Fab ", " 68", " in 3 phases", " in 0 phases", "99999999999个项目" };

	@Test
	void textsStrungTogetherFromNewsPiecesAreReadToTheEnd() {
		Random random = new Random(2026);
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = 5 + random.nextInt(60); k > 0; k--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			try {
				EXTRACTOR.extract(ArticleText.of(text.toString(), LocalDate.of(2024, 5, 10)));
			}
			catch (RuntimeException ex) {
				failed.add(ex + " on: " + text);
			}
		}
		assertThat(failed).as("texts extraction failed on").isEmpty();
	}

	@Test
	void aFigureTooLargeToCountBeforeAPlantCountsNothing() {
		// a text the random strings above once found: a batch with no count, which failed when the batch was kept
		Extraction x = EXTRACTOR.extract(ArticleText.of(" - Co., Ltd. zone（ zone in 第 in 3 phases 3.5bnThe 高新区 "
				+ "1,000,000,000,000,000,000 plant in 0 phases University月 in 0 phases Wuxi  (hereinafter \" - % worth  2023 "
				+ "1,000,000,000,000,000,000 Jiangsu province (hereinafter \"", LocalDate.of(2024, 5, 10)));
		assertThat(x.entities()).extracting(ExtractedEntity::name).as("read to the end").contains("Wuxi");
	}

}
