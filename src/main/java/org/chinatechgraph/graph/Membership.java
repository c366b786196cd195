package org.chinatechgraph.graph;

import java.util.List;

/** PART_OF from a project to a program. */
public record Membership(Project project, Program program, List<Source> sources) {
}
