package org.chinatechgraph.graph;

import java.util.List;

/** A sector of the controlled vocabulary. */
public record Sector(String id, String name, List<String> aliases, String description) implements Entity {
}
