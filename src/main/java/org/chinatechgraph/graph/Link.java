package org.chinatechgraph.graph;

import java.util.List;
import java.util.Map;

/**
 * A relationship seen from one of its ends: the node at the other end, the relationship's own properties
 * and where it comes from.
 */
public record Link(String type, String selfId, Entity other, boolean outgoing, Map<String, Object> properties,
		List<Source> sources) {

	public String property(String key) {
		Object value = this.properties.get(key);
		return value == null ? null : value.toString();
	}

	public Money money(String prefix) {
		return GraphNodes.money(this.properties, prefix);
	}

}
