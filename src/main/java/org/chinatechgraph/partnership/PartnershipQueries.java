package org.chinatechgraph.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.GraphNode;
import org.chinatechgraph.graph.GraphNodes;
import org.chinatechgraph.graph.Partnership;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Values;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.springframework.stereotype.Repository;

/**
 * The traversals: each is one Cypher statement starting from nodes found by their unique id. Hop bounds are
 * integers checked by the controller before they are written into the pattern (Cypher takes no parameter there).
 */
@Repository
class PartnershipQueries {

	/** Each partner within the bound once, by its shortest chain of partnerships ({@code path}, {@code partner}). */
	private static final String REACH = """
			MATCH (start:Entity {id: $id})
			MATCH path = SHORTEST 1 (start)-[:PARTNERS_WITH]-{1,%d}(partner:Entity)
			WHERE partner <> start
			""";

	/** The partners with their chains: every node and link on the way. */
	private static final String PARTNERS = REACH + """
			RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
			       [r IN relationships(path) | r {.*}] AS rels
			ORDER BY length(path), partner.name
			""";

	/** The same partners, each with its distance only: for requests that do not ask for the chains. */
	private static final String PARTNERS_ONLY = REACH + """
			RETURN partner {.*, labels: labels(partner)} AS partner, length(path) AS hops
			ORDER BY hops, partner.name
			""";

	/** Through organizations, parks and projects only: never places, programs, sectors or sources. */
	private static final String PARTNERSHIP_PATH = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH path = SHORTEST 1 (a)((x:Organization|Project|Park)
			      -[:PARTNERS_WITH|INVESTS_IN|DEVELOPS|PART_OF|SUBSIDIARY_OF]-(y:Organization|Project|Park)){1,%d}(b)
			RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
			       [r IN relationships(path) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
			""";

	/** Through any node but sectors (a shared sector is no link), along any relationship but provenance. */
	private static final String CONNECTION = """
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MATCH path = SHORTEST 1 (a)((x:Entity&!Sector)-[:INVESTS_IN|DEVELOPS|PARTNERS_WITH|LOCATED_IN|PART_OF|SUBSIDIARY_OF|ANNOUNCED]-(y:Entity&!Sector)){1,%d}(b)
			RETURN [n IN nodes(path) | n {.*, labels: labels(n)}] AS nodes,
			       [r IN relationships(path) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
			""";

	private static final String CO_INVESTORS = """
			MATCH (o:Entity {id: $id})-[:INVESTS_IN]->(p:Project)<-[:INVESTS_IN]-(n:Entity)
			WHERE n <> o
			WITH n, collect(DISTINCT p {.*, labels: labels(p)}) AS projects
			RETURN n {.*, labels: labels(n)} AS n, projects
			ORDER BY size(projects) DESC, n.name
			""";

	private static final String SHARED_PROJECTS = """
			UNWIND $pairs AS pair
			MATCH (a:Entity {id: pair[0]})-[:INVESTS_IN|DEVELOPS]->(p:Project)<-[:INVESTS_IN|DEVELOPS]-(b:Entity {id: pair[1]})
			RETURN pair[0] + ' ' + pair[1] AS key, collect(DISTINCT p {.*, labels: labels(p)}) AS projects
			""";

	private final ReadCypher reads;

	PartnershipQueries(ReadCypher reads) {
		this.reads = reads;
	}

	List<PartnerReach> partners(String id, int hops, boolean withLinks) {
		if (!withLinks) {
			return this.reads.rows(PARTNERS_ONLY.formatted(hops), Map.of("id", id)).stream()
				.map(row -> new PartnerReach(GraphNodes.entity(row.get("partner")), ((Number) row.get("hops")).intValue(),
						List.of()))
				.toList();
		}
		List<PartnerReach> result = new ArrayList<>();
		this.reads.rows(PARTNERS.formatted(hops), Map.of("id", id)).forEach(row -> {
			var nodes = Values.list(row, "nodes").stream().map(GraphNodes::entity).toList();
			var rels = Values.maps(row, "rels");
			List<Partnership> links = new ArrayList<>();
			for (int i = 0; i < rels.size(); i++) {
				var r = rels.get(i);
				links.add(new Partnership(nodes.get(i), nodes.get(i + 1), (String) r.get("kind"),
						(String) r.get("since"), (String) r.get("status"), GraphNodes.sources(r)));
			}
			result.add(new PartnerReach(nodes.getLast(), rels.size(), links));
		});
		return result;
	}

	Optional<GraphPath> partnershipPath(String from, String to, int maxHops) {
		return path(PARTNERSHIP_PATH.formatted(maxHops), from, to);
	}

	Optional<GraphPath> connection(String from, String to, int maxHops) {
		return path(CONNECTION.formatted(maxHops), from, to);
	}

	List<CoInvestor> coInvestors(String id) {
		return this.reads.rows(CO_INVESTORS, Map.of("id", id)).stream()
			.map(row -> new CoInvestor(GraphNodes.entity(row.get("n")), Values.list(row, "projects").stream()
				.map(p -> GraphNodes.as(p, Project.class))
				.toList()))
			.toList();
	}

	/** For each pair of ids, the projects both invest in or develop, keyed by "a b". */
	Map<String, List<Project>> sharedProjects(List<List<String>> pairs) {
		Map<String, List<Project>> result = new HashMap<>();
		this.reads.rows(SHARED_PROJECTS, Map.of("pairs", pairs)).forEach(row -> result.put(
				(String) row.get("key"),
				Values.list(row, "projects").stream().map(p -> GraphNodes.as(p, Project.class)).toList()));
		return result;
	}

	private Optional<GraphPath> path(String cypher, String from, String to) {
		return this.reads.row(cypher, Map.of("from", from, "to", to)).map(row -> {
			List<GraphNode> nodes = Values.list(row, "nodes").stream().map(GraphNodes::from).toList();
			var links = Values.maps(row, "rels").stream()
				.map(r -> new GraphPath.PathLink((String) r.get("type"), (String) r.get("from"), (String) r.get("to"),
						GraphNodes.sources(r)))
				.toList();
			return new GraphPath(nodes, links);
		});
	}

	static String key(Entity a, Entity b) {
		return a.id() + " " + b.id();
	}

}
