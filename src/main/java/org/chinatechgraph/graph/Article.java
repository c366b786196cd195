package org.chinatechgraph.graph;

/** A source: a news article or a reference data set. */
public record Article(String id, String title, String kind, String publisher, String url, String file,
		String publishedOn, String note) implements GraphNode {
}
