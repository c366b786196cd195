package org.chinatechgraph.graph;

import java.util.List;

/** A company, university or school, institute, government body or fund; {@code type} is its label, upper case. */
public record Organization(String id, String name, List<String> aliases, String type, String nameZh,
		String description, String country, String level) implements Entity {
}
