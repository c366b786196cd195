package org.chinatechgraph.ingest.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.system.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading article files: front matter, options, identity, and every kind of unreadable input. */
class ArticleReaderTests {

	private static final String ARTICLE = """
			---
			url: https://www.example.com/news/2024/05/chip-plant.html?utm_source=feed
			title: "A chip plant for Chengdu"
			publisher: Example News
			published: 2024-05-17
			---
			A 5-billion-yuan chip packaging plant was signed in Chengdu this April.
			""";

	private static ArticleDocument read(String name, String text, ArticleMetadata options) {
		return ArticleReader.read(name, text.getBytes(StandardCharsets.UTF_8), options);
	}

	@Test
	void readsFrontMatterAndKeepsTheBodyAsWritten() {
		var document = read("plant.txt", ARTICLE, ArticleMetadata.NONE);
		assertThat(document.title()).isEqualTo("A chip plant for Chengdu");
		assertThat(document.publisher()).isEqualTo("Example News");
		assertThat(document.published()).isEqualTo(PartialDate.parse("2024-05-17"));
		assertThat(document.body()).startsWith("A 5-billion-yuan chip packaging plant");
		assertThat(document.id()).startsWith("article:example-com-");
	}

	/**
	 * A page that gives only the month or the year of its story is read at that precision, never given a day it does
	 * not state; relative dates in it are anchored at the first day of the period.
	 */
	@Test
	void aMonthOrAYearOfPublicationIsKeptAtItsPrecision() {
		var month = read("plant.txt", ARTICLE.replace("published: 2024-05-17", "published: 2024-05"),
				ArticleMetadata.NONE);
		assertThat(month.published()).hasToString("2024-05");
		assertThat(ArticleText.of(month).published()).isEqualTo(LocalDate.of(2024, 5, 1));
		var year = read("plant.txt", ARTICLE, new ArticleMetadata(null, null, null, "2019"));
		assertThat(year.published()).hasToString("2019");
		assertThat(ArticleText.of(year).published()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(month.contentHash()).as("another date, another version of the story").isNotEqualTo(
				read("plant.txt", ARTICLE, ArticleMetadata.NONE).contentHash());
	}

	@Test
	void optionsFillInAndOverrideTheFrontMatter() {
		var document = read("plant.txt", ARTICLE,
				new ArticleMetadata(null, null, "Another Publisher", "2024-05-18"));
		assertThat(document.publisher()).isEqualTo("Another Publisher");
		assertThat(document.published()).isEqualTo(PartialDate.parse("2024-05-18"));
		assertThat(document.title()).isEqualTo("A chip plant for Chengdu");
	}

	@Test
	void theSameStoryByAnotherFormOfItsUrlIsTheSameArticle() {
		var a = read("a.txt", ARTICLE, ArticleMetadata.NONE);
		var b = read("b.txt", ARTICLE.replace("https://www.example.com/news/2024/05/chip-plant.html?utm_source=feed",
				"http://example.com/news/2024/05/chip-plant.html/#top"), ArticleMetadata.NONE);
		assertThat(b.id()).isEqualTo(a.id());
		var other = read("c.txt", ARTICLE.replace("chip-plant.html", "other-plant.html"), ArticleMetadata.NONE);
		assertThat(other.id()).isNotEqualTo(a.id());
	}

	@Test
	void aCorrectedTextKeepsItsIdentityButNotItsHash() {
		var first = read("a.txt", ARTICLE, ArticleMetadata.NONE);
		var corrected = read("a.txt", ARTICLE.replace("5-billion", "6-billion"), ArticleMetadata.NONE);
		assertThat(corrected.id()).isEqualTo(first.id());
		assertThat(corrected.contentHash()).isNotEqualTo(first.contentHash());
	}

	@Test
	void withoutAUrlTheTextIsTheIdentity() {
		var options = new ArticleMetadata(null, null, null, "2024-01-02");
		var a = read("a.txt", "Some news about a fab.", options);
		var again = read("b.txt", "Some news about a fab.\n", options);
		var other = read("c.txt", "Other news about a fab.", options);
		assertThat(a.id()).startsWith("article:text-").isEqualTo(again.id()).isNotEqualTo(other.id());
		assertThat(a.title()).isEqualTo("Some news about a fab.");
	}

	@Test
	void plainTextWithoutADateAsksForOne() {
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("news.txt", "A plant was signed this April.", ArticleMetadata.NONE))
			.withMessageStartingWith("news.txt: no publication date")
			.withMessageContaining("--published");
	}

	@Test
	void refusesWhatIsNotAnArticleNamingTheFileAndThePlace() {
		var options = new ArticleMetadata(null, null, null, "2024-01-02");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> ArticleReader.read("empty.txt", new byte[0], options))
			.withMessage("empty.txt: the file is empty");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> ArticleReader.read("blank.txt", " \n\n ".getBytes(), options))
			.withMessageContaining("no text");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> ArticleReader.read("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 },
					options))
			.withMessageStartingWith("image.png: the file is binary");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> ArticleReader.read("latin1.txt", "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1),
					options))
			.withMessageStartingWith("latin1.txt: not UTF-8")
			.withMessageContaining("byte offset 3");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("bad.txt", "---\npubished: 2024-01-01\n---\ntext", ArticleMetadata.NONE))
			.withMessage("bad.txt: front matter line 2: unknown key 'pubished'; the keys are "
					+ "[url, title, publisher, published, taken]");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("open.txt", "---\npublished: 2024-01-01\ntext", ArticleMetadata.NONE))
			.withMessageStartingWith("open.txt: front matter line 3 is not 'key: value'")
			.withMessageContaining("closed by a line '---'");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("open.txt", "---\npublished: 2024-01-01\n", ArticleMetadata.NONE))
			.withMessageContaining("never closed");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("date.txt", "---\npublished: 17 May 2024\n---\ntext", ArticleMetadata.NONE))
			.withMessageContaining("is not a date: YYYY-MM-DD, or YYYY-MM or YYYY");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("date.txt", "---\npublished: 2024-13\n---\ntext", ArticleMetadata.NONE))
			.withMessageContaining("'2024-13' is not a date");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("date.txt", "text", new ArticleMetadata(null, null, null, "2023-02-29")))
			.withMessageContaining("'2023-02-29' is not a date");
		assertThatExceptionOfType(InvalidArticleException.class)
			.isThrownBy(() -> read("url.txt", "---\nurl: ftp://x\npublished: 2024-05-17\n---\ntext",
					ArticleMetadata.NONE))
			.withMessageContaining("not an absolute http(s) url");
	}

	@Test
	void hardWrappedParagraphsAreJoinedAndHeadingsAndParagraphsKept() {
		String body = """
				A Silicon Carbide Line For Wuxi In Jiangsu Province
				A silicon carbide power device project with a total investment of 3.5 billion yuan was signed in
				Xishan District, Wuxi City, Jiangsu Province.
				It was signed by a subsidiary of China Resources
				Microelectronics.

				Next paragraph.
				""";
		var document = read("news.txt", "---\npublished: 2024-05-17\n---\n" + body, ArticleMetadata.NONE);
		assertThat(document.body()).hasSameSizeAs(body)
			.contains("was signed in Xishan District", "China Resources Microelectronics.\n\nNext paragraph.")
			.startsWith("A Silicon Carbide Line For Wuxi In Jiangsu Province\nA silicon");
	}

	@Test
	void markdownMarkupIsBlankedSoOffsetsPointIntoTheBody() {
		String body = "# Chip news\n\n**Hua Hong** signed a [plant](https://x.example/p) in *Wuxi*.\n";
		var document = read("news.md", "---\npublished: 2024-05-17\n---\n" + body, ArticleMetadata.NONE);
		assertThat(document.body()).hasSameSizeAs(body);
		assertThat(document.body()).doesNotContain("**", "](", "# ");
		int wuxi = body.indexOf("Wuxi");
		assertThat(document.body().substring(wuxi, wuxi + 4)).isEqualTo("Wuxi");
		assertThat(document.body().substring(body.indexOf("plant"), body.indexOf("plant") + 5)).isEqualTo("plant");
	}

}
