package org.chinatechgraph.partnership;

import java.util.List;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.Partnership;

/** A partner some hops away and the partnerships that reach it, in order. */
record PartnerReach(Entity partner, int hops, List<Partnership> links) {
}
