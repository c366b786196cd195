package org.chinatechgraph.partnership;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.QueryLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Traversals: partners up to N hops, the shortest partnership path, co-investors, and any connection. */
@Controller
class PartnershipController {

	private final GraphQueries graph;

	private final PartnershipQueries partnerships;

	/** The longest traversal: {@code ctg.limits.max-hops}. */
	private final int maxHops;

	PartnershipController(GraphQueries graph, PartnershipQueries partnerships, QueryLimits limits) {
		this.graph = graph;
		this.partnerships = partnerships;
		this.maxHops = limits.maxHops();
	}

	@QueryMapping
	List<PartnerReach> partners(@Argument String id, @Argument int hops, DataFetchingFieldSelectionSet selection) {
		bounded("hops", hops, this.maxHops);
		// the chains of partnerships, with every link's evidence, are read only when asked for
		var reach = this.partnerships.partners(id, hops, selection.contains("links"));
		if (reach.isEmpty()) {
			// only an empty answer needs a second look: is the organization unknown, or alone?
			this.graph.require(id, Entity.class, "organization");
		}
		return reach;
	}

	@QueryMapping
	GraphPath partnershipPath(@Argument String from, @Argument String to, @Argument int maxHops) {
		bounded("maxHops", maxHops, this.maxHops);
		distinct(from, to);
		return this.partnerships.partnershipPath(from, to, maxHops).orElseGet(() -> known(from, to));
	}

	@QueryMapping
	GraphPath connection(@Argument String from, @Argument String to, @Argument int maxHops) {
		bounded("maxHops", maxHops, this.maxHops);
		distinct(from, to);
		return this.partnerships.connection(from, to, maxHops).orElseGet(() -> known(from, to));
	}

	@QueryMapping
	List<CoInvestor> coInvestors(@Argument String id) {
		this.graph.require(id, Entity.class, "organization");
		return this.partnerships.coInvestors(id);
	}

	@SchemaMapping(typeName = "GraphPath")
	int length(GraphPath path) {
		return path.length();
	}

	@BatchMapping(typeName = "Partnership")
	Map<Partnership, List<Project>> projects(List<Partnership> links) {
		var shared = this.partnerships.sharedProjects(
				links.stream().map(l -> List.of(l.organization().id(), l.partner().id())).distinct().toList());
		return links.stream()
			.distinct()
			.collect(Collectors.toMap(l -> l, l -> shared.getOrDefault(PartnershipQueries.key(l.organization(), l.partner()), List.of())));
	}

	private static void distinct(String from, String to) {
		if (from.equals(to)) {
			throw new BadRequestException("from and to are the same node: '" + from + "'");
		}
	}

	/** No path: null when both ends exist, a not-found error naming the one that does not. */
	private GraphPath known(String from, String to) {
		this.graph.require(from, Entity.class, "node");
		this.graph.require(to, Entity.class, "node");
		return null;
	}

	private static void bounded(String name, int value, int max) {
		if (value < 1 || value > max) {
			throw new BadRequestException(name + " must be between 1 and " + max + ", not " + value);
		}
	}

}
