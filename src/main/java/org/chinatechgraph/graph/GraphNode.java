package org.chinatechgraph.graph;

/** Anything with an id that {@code node(id:)} can return: an {@link Entity} or an {@link Article}. */
public sealed interface GraphNode permits Entity, Article {

	String id();

}
