package org.chinatechgraph.graph;

import java.util.Map;

/**
 * The nodes a filter selects, as the Cypher that finds them, for the shared read machinery ({@link NodeLists}) to put
 * in front of a page: {@link #match()} binds each node once to {@code n}, {@link #where()} tests what the match has
 * not made sure of. The filters build them ({@code filter.Selection}); the machinery needs no more of them.
 */
public interface NodeMatch {

	/** The clause that binds each node to test once to {@code n}. */
	String match();

	/** The tests the match does not make sure of, joined by AND; {@code true} when none. */
	String where();

	/** Whether the match starts from an anchor rather than reading the whole label. */
	boolean anchored();

	/** The parameters of the match and its tests. */
	Map<String, Object> parameters();

}
