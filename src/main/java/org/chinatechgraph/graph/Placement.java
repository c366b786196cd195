package org.chinatechgraph.graph;

import java.util.List;

/** LOCATED_IN: a project, organization or park in a park or place. */
public record Placement(Entity subject, Entity location, List<Source> sources) {
}
