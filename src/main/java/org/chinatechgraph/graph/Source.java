package org.chinatechgraph.graph;

import java.util.List;

/** Where a fact comes from: the id of an article and the sentences of it that state the fact. */
public record Source(String articleId, List<String> evidence) {
}
