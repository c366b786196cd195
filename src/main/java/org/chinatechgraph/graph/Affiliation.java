package org.chinatechgraph.graph;

import java.util.List;

/** PART_OF between organizations: a school and its university. */
public record Affiliation(Organization unit, Organization parent, List<Source> sources) {
}
