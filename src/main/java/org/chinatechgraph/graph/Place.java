package org.chinatechgraph.graph;

import java.util.List;

/** A province, city, district or town; {@code level} is its label, upper case. */
public record Place(String id, String name, List<String> aliases, String level, String code, String nameZh,
		String description) implements Entity {
}
