package org.chinatechgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import org.springframework.stereotype.Repository;

/**
 * Runs a list query as one Cypher statement that counts every match and returns one sorted page of them, or,
 * when the request does not ask for the count, only finds the first matches in order up to the page's end (a
 * top-k sort, not a sort of every match). With a {@link Prefetch}, the same statement also collects the
 * relationships the request asks below the page's nodes (each template's {@code %4$s} and {@code %5$s}). The
 * statement is put together from fixed fragments of the calling feature (its filter and its sort expressions);
 * what users type only ever reaches Cypher as parameters.
 */
@Repository
public class NodeLists {

	/** The test of a set {@code $name}: part of the name or of an alias, any case (the parameter is lower case). */
	public static final String NAME_CONTAINS = """
			(toLower(n.name) CONTAINS $name OR any(a IN n.aliases WHERE toLower(a) CONTAINS $name)
			 OR n.nameZh CONTAINS $name)""";

	/** A filter on {@code $name} that lets every node through when it is null. */
	public static final String NAME_MATCHES = "($name IS NULL OR " + NAME_CONTAINS + ")";

	private static final String TEMPLATE = """
			CALL () { MATCH (n:%1$s) WHERE %2$s RETURN count(n) AS total }
			CALL () {
			  MATCH (n:%1$s) WHERE %2$s
			  WITH %3$s SKIP $skip LIMIT $limit
			  RETURN collect(n) AS nodes
			}
			%4$sRETURN total, [n IN nodes | n {.*, labels: labels(n)}] AS page%5$s
			""";

	/**
	 * A list whose matches are reached from one node (a place and what lies inside it), not from a whole label:
	 * one pass collects the matches (a bounded part of the graph), counts them and sorts out the page.
	 */
	private static final String ANCHORED_TEMPLATE = """
			CALL () {
			  %1$s
			  WHERE %2$s
			  WITH %3$s
			  RETURN count(n) AS total, collect(n)[$skip..$skip + $limit] AS nodes
			}
			%4$sRETURN total, [n IN nodes | n {.*, labels: labels(n)}] AS page%5$s
			""";

	/**
	 * A page of a list whose count is not asked for, its matches found by %1$s (a label's or an anchor's
	 * {@code MATCH}): they are sorted only as far as the page's end.
	 */
	private static final String UNCOUNTED_TEMPLATE = """
			%1$s
			WHERE %2$s
			WITH %3$s SKIP $skip LIMIT $limit
			WITH collect(n) AS nodes
			%4$sRETURN [n IN nodes | n {.*, labels: labels(n)}] AS page%5$s
			""";

	/**
	 * A page whose nodes are known by their ids, in order (and the count of all matches known with them): each found
	 * by the unique index on ids, nothing else read.
	 */
	private static final String IDS_TEMPLATE = """
			CALL () {
			  UNWIND range(0, size($ids) - 1) AS i
			  MATCH (n:Entity&%1$s {id: $ids[i]})
			  WITH n ORDER BY i
			  RETURN collect(n) AS nodes
			}
			%2$sRETURN [n IN nodes | n {.*, labels: labels(n)}] AS page%3$s
			""";

	private final ReadCache reads;

	NodeLists(ReadCache reads) {
		this.reads = reads;
	}

	/**
	 * A list's definition: the label it lists, its filter (a Cypher predicate on {@code n} using parameters),
	 * a sort expression per sort field, and the order used when a request gives none.
	 */
	public record Definition(String label, String filter, Map<String, String> sortExpressions, SortOrder defaultOrder) {

		public Definition(String label, String filter, Map<String, String> sortExpressions) {
			this(label, filter, sortExpressions, new SortOrder("NAME", "ASC"));
		}

		/** The same list with another filter (a fixed Cypher predicate on {@code n}). */
		public Definition withFilter(String other) {
			return new Definition(this.label, other, this.sortExpressions, this.defaultOrder);
		}

		String orderBy(SortOrder requested) {
			SortOrder order = requested == null ? this.defaultOrder : requested;
			String expression = this.sortExpressions.get(order.field());
			if (expression == null) {
				throw new BadRequestException("Cannot sort by " + order.field());
			}
			String direction = order.descending() ? " DESC" : " ASC";
			// The key is worked out once per node (a count is a subquery); rows without a value come last either
			// way; the id breaks ties so pages never overlap.
			return "n, " + expression + " AS sortKey ORDER BY sortKey IS NULL, sortKey" + direction + ", n.id";
		}

	}

	/** One page of the list, sorted as asked ({@code order} may be null: the list's default). */
	public <T extends GraphNode> Connection<T> page(Definition definition, Map<String, Object> parameters,
			SortOrder order, Page page) {
		return page(definition, parameters, order, page, Prefetch.NONE);
	}

	/**
	 * One page of the list, sorted as asked, with what {@code prefetch} fetches below its nodes in the same
	 * statement.
	 */
	public <T extends GraphNode> Connection<T> page(Definition definition, Map<String, Object> parameters,
			SortOrder order, Page page, Prefetch prefetch) {
		String cypher = page.counted() ? TEMPLATE.formatted(definition.label(), definition.filter(),
				definition.orderBy(order), clause(prefetch), column(prefetch))
				: UNCOUNTED_TEMPLATE.formatted("MATCH (n:" + definition.label() + ")", definition.filter(),
						definition.orderBy(order), clause(prefetch), column(prefetch));
		return run(cypher, parameters, page, prefetch);
	}

	/**
	 * One page of the nodes a {@link NodeMatch} (a filter's selection) selects, sorted as asked: read from the selection's anchor in one
	 * pass that counts them and sorts out the page when it has one, else as {@link #page(Definition, Map,
	 * SortOrder, Page, Prefetch)} reads a label, with the selection's tests as the filter.
	 */
	public <T extends GraphNode> Connection<T> page(Definition definition, NodeMatch selection, SortOrder order,
			Page page, Prefetch prefetch) {
		if (!selection.anchored()) {
			return page(definition.withFilter(selection.where()), selection.parameters(), order, page, prefetch);
		}
		String template = page.counted() ? ANCHORED_TEMPLATE : UNCOUNTED_TEMPLATE;
		return run(template.formatted(selection.match(), selection.where(), definition.orderBy(order),
				clause(prefetch), column(prefetch)), selection.parameters(), page, prefetch);
	}

	/**
	 * The page whose nodes are {@code ids}, in their order, out of {@code total} matches: the ids from the page's
	 * offset on, up to its fetch size.
	 */
	public <T extends GraphNode> Connection<T> page(Definition definition, List<String> ids, long total, Page page,
			Prefetch prefetch) {
		Map<String, Object> parameters = Map.of("ids", ids);
		return run(IDS_TEMPLATE.formatted(definition.label(), clause(prefetch), column(prefetch)), parameters, page,
				prefetch, total);
	}

	private static String clause(Prefetch prefetch) {
		return prefetch.isEmpty() ? "" : prefetch.cypher();
	}

	private static String column(Prefetch prefetch) {
		return prefetch.isEmpty() ? "" : ", links";
	}

	private <T extends GraphNode> Connection<T> run(String cypher, Map<String, Object> parameters, Page page,
			Prefetch prefetch) {
		return run(cypher, parameters, page, prefetch, null);
	}

	/** Runs a page's statement; {@code knownTotal}, when given, is the count (the statement then has none). */
	@SuppressWarnings("unchecked") // the definition's label says which record each node becomes
	private <T extends GraphNode> Connection<T> run(String cypher, Map<String, Object> parameters, Page page,
			Prefetch prefetch, Long knownTotal) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("skip", page.offset());
		all.put("limit", page.fetchSize());
		if (!prefetch.isEmpty()) {
			all.putAll(prefetch.parameters(page.size()));
		}
		var row = this.reads.rows(cypher, all).getFirst();
		List<T> items = Values.list(row, "page").stream().map(n -> (T) GraphNodes.from(n)).toList();
		if (!prefetch.isEmpty()) {
			prefetch.prime(items, Values.list(row, "links"));
		}
		if (!page.counted()) {
			return page.connection(items);
		}
		return page.connection(items, knownTotal != null ? knownTotal : ((Number) row.get("total")).longValue());
	}

}
