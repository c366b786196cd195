package org.chinatechgraph.graph;

import java.util.List;

/** An investment or R&D project, a joint lab, a park build-out. */
public record Project(String id, String name, List<String> aliases, String description, String status,
		String signedOn, Integer startYear, Integer completionYear, Integer phases, Integer year, Money investment)
		implements Entity {
}
