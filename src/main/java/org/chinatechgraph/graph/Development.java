package org.chinatechgraph.graph;

import java.util.List;

/** DEVELOPS: an organization building or running a project. */
public record Development(Entity developer, Project project, List<Source> sources) {
}
