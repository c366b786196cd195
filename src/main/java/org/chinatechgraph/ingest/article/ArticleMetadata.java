package org.chinatechgraph.ingest.article;

/**
 * What is known about an article besides its text; any field may be null. Given as command options or mutation
 * arguments, these fill in (and override) the front matter of the file.
 */
public record ArticleMetadata(String url, String title, String publisher, String published) {

	public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

	/** This metadata with every field that {@code overrides} sets taken from it. */
	public ArticleMetadata overriddenBy(ArticleMetadata overrides) {
		return new ArticleMetadata(pick(overrides.url, this.url), pick(overrides.title, this.title),
				pick(overrides.publisher, this.publisher), pick(overrides.published, this.published));
	}

	private static String pick(String preferred, String fallback) {
		return preferred != null && !preferred.isBlank() ? preferred.strip() : fallback;
	}

}
