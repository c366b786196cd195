package org.chinatechgraph.ingest.article;

import org.chinatechgraph.system.PartialDate;

/**
 * An article ready for extraction: its body (front matter taken off, Markdown markup blanked out so that
 * character offsets into it are offsets into the file's body), its metadata, and the identity it is stored under.
 *
 * @param id the article's id in the graph, from its normalised url or, without one, its content
 * @param contentHash the hash of the body and metadata: the same article ingested again changes nothing
 * @param published the publication date at the precision the article gives it: a day, or a month or year when the
 * page gives no more
 */
public record ArticleDocument(String file, String id, String contentHash, String body, String url, String title,
		String publisher, PartialDate published) {
}
