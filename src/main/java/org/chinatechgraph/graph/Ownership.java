package org.chinatechgraph.graph;

import java.util.List;

/** SUBSIDIARY_OF: a company and its parent company. */
public record Ownership(Organization subsidiary, Organization parent, List<Source> sources) {
}
