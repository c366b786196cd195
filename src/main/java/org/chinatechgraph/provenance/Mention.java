package org.chinatechgraph.provenance;

import java.util.List;

import org.chinatechgraph.graph.Entity;

/** A node reported in an article, with the sentences that name it. */
record Mention(Entity entity, List<String> evidence) {
}
