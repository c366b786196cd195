package org.chinatechgraph.curation;

import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNode;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.security.Curates;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Merging nodes that are one thing, undoing it, and the record of merges. */
@Controller
class MergeController {

	private final MergeService merges;

	private final GraphQueries graph;

	MergeController(MergeService merges, GraphQueries graph) {
		this.merges = merges;
		this.graph = graph;
	}

	@MutationMapping
	@Curates
	public Merge mergeEntities(@Argument String keep, @Argument String merge) {
		return this.merges.merge(keep, merge);
	}

	@MutationMapping
	@Curates
	public Merge undoMerge(@Argument String id) {
		return this.merges.undo(id);
	}

	@QueryMapping
	List<Merge> merges(@Argument String entity, @Argument Integer first) {
		int limit = first == null ? 20 : first;
		if (limit < 0 || limit > 100) {
			throw new BadRequestException("first must be between 0 and 100");
		}
		return this.merges.list(entity, limit);
	}

	@BatchMapping(typeName = "Merge", field = "kept")
	Map<Merge, GraphNode> kept(List<Merge> merges) {
		var nodes = this.graph.nodes(merges.stream().map(Merge::keptId).distinct().toList());
		var result = new java.util.HashMap<Merge, GraphNode>();
		merges.forEach(m -> result.put(m, nodes.get(m.keptId())));
		return result;
	}

}
