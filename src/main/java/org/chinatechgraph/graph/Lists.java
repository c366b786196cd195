package org.chinatechgraph.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

}
