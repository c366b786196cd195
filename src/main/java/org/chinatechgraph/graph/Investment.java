package org.chinatechgraph.graph;

import java.util.List;

/** INVESTS_IN: money committed by an investor to a project. */
public record Investment(Entity investor, Project project, Money amount, List<Source> sources) {
}
