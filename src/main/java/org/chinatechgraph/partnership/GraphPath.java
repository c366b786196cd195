package org.chinatechgraph.partnership;

import java.util.List;

import org.chinatechgraph.graph.GraphNode;
import org.chinatechgraph.graph.Source;

/** A chain of nodes and the relationships between them: link i joins nodes i and i + 1. */
record GraphPath(List<GraphNode> nodes, List<PathLink> links) {

	int length() {
		return this.links.size();
	}

	/** One relationship of a path, with its direction in the graph and its sources. */
	record PathLink(String type, String from, String to, List<Source> sources) {
	}

}
