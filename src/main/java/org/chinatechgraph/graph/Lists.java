package org.chinatechgraph.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Helpers of the batch loaders: spread the per-id results of one query over the parents GraphQL asked for. */
public final class Lists {

	private Lists() {
	}

	/** The ids of some nodes, once each. */
	public static List<String> ids(Collection<? extends GraphNode> nodes) {
		return nodes.stream().map(GraphNode::id).distinct().toList();
	}

	/** For each parent, the value found under its id, or {@code fallback}. */
	public static <P extends GraphNode, V> Map<P, V> perParent(Collection<P> parents, Map<String, V> values,
			V fallback) {
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach(p -> result.put(p, values.getOrDefault(p.id(), fallback)));
		return result;
	}

	/** For each parent, its links mapped; parents with none get an empty list. */
	public static <P extends GraphNode, V> Map<P, List<V>> byParent(Collection<P> parents,
			Map<String, List<Link>> links, BiFunction<P, Link, V> mapper) {
		return byParent(parents, links, Entity.class, mapper);
	}

	/** For each parent, its links whose other end is a {@code type}, mapped. */
	public static <P extends GraphNode, V> Map<P, List<V>> byParent(Collection<P> parents,
			Map<String, List<Link>> links, Class<? extends Entity> type, BiFunction<P, Link, V> mapper) {
		Map<P, List<V>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, links.getOrDefault(parent.id(), List.of())
				.stream()
				.filter(link -> type.isInstance(link.other()))
				.map(link -> mapper.apply(parent, link))
				.toList());
		}
		return result;
	}

}
