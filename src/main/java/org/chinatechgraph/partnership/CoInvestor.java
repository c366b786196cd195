package org.chinatechgraph.partnership;

import java.util.List;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.Project;

/** An organization that invests in some of the same projects. */
record CoInvestor(Entity organization, List<Project> projects) {
}
