package org.chinatechgraph.graph;

import java.util.List;

/** An industrial park, technology city, development zone or campus. */
public record Park(String id, String name, List<String> aliases, String kind, String nameZh, String description)
		implements Entity {
}
