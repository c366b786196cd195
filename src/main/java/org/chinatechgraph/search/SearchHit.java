package org.chinatechgraph.search;

import org.chinatechgraph.graph.Entity;

/** A search result and its full-text score. */
record SearchHit(Entity entity, double score) {
}
