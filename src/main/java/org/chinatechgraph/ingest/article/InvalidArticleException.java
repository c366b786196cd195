package org.chinatechgraph.ingest.article;

/** An article file that cannot be read as an article; the message names the file and the place. */
public class InvalidArticleException extends RuntimeException {

	public InvalidArticleException(String file, String problem) {
		super(file + ": " + problem);
	}

}
