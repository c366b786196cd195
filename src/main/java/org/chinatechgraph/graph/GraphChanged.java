package org.chinatechgraph.graph;

/** Published when facts were loaded or retracted: what was read from the graph before may be out of date. */
public record GraphChanged(String sourceId) {
}
