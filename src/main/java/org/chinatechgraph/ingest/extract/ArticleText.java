package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;

import org.chinatechgraph.ingest.article.ArticleDocument;

/**
 * An article to extract facts from: its plain text and what is known about it. {@code published} anchors relative
 * dates ("this April", "July 3"); when only the month or year is known, pass its first day.
 */
public record ArticleText(String text, LocalDate published, String url, String title, String publisher) {

	public ArticleText {
		text = text == null ? "" : text;
	}

	public static ArticleText of(String text, LocalDate published) {
		return new ArticleText(text, published, null, null, null);
	}

	/** An article as read for ingestion; a month or a year of publication anchors relative dates at its first day. */
	public static ArticleText of(ArticleDocument document) {
		return new ArticleText(document.body(), document.published().start(), document.url(), document.title(),
				document.publisher());
	}

}
