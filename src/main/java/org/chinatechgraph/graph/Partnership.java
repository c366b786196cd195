package org.chinatechgraph.graph;

import java.util.List;

/** PARTNERS_WITH, seen from {@code organization}: it has no direction in meaning. */
public record Partnership(Entity organization, Entity partner, String kind, String since, String status,
		List<Source> sources) {

	/** The partnership a link of {@code from} describes. */
	public static Partnership of(Entity from, Link link) {
		return new Partnership(from, link.other(), link.property("kind"), link.property("since"),
				link.property("status"), link.sources());
	}

}
