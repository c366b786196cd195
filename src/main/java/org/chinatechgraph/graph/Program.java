package org.chinatechgraph.graph;

import java.util.List;

/** A batch of projects announced together; its total is an umbrella figure. */
public record Program(String id, String name, List<String> aliases, String description, Integer count, Integer year,
		Money investment) implements Entity {
}
