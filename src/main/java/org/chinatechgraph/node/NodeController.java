package org.chinatechgraph.node;

import java.util.List;

import org.chinatechgraph.graph.GraphNode;
import org.chinatechgraph.graph.GraphQueries;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Relay's {@code node(id:)} and {@code nodes(ids:)}: any node by id. */
@Controller
class NodeController {

	private final GraphQueries graph;

	NodeController(GraphQueries graph) {
		this.graph = graph;
	}

	@QueryMapping
	GraphNode node(@Argument String id) {
		return this.graph.node(id).orElse(null);
	}

	@QueryMapping
	List<GraphNode> nodes(@Argument List<String> ids) {
		var found = this.graph.nodes(ids);
		return ids.stream().map(found::get).toList();
	}

}
