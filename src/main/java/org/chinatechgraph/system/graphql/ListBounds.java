package org.chinatechgraph.system.graphql;

/**
 * How long the lists of a list field are in the graph as it is now (e.g. how many children each place has, for
 * {@code Place.children}). The complexity of a query counts a list without {@code first} by them
 * ({@link QueryLimitsInstrumentation}): the lists of {@code n} distinct parents hold at most the {@code n} longest
 * such lists together; and the list of a node a user names by its id is as long as that node's.
 */
public interface ListBounds {

	/** The lengths of the lists {@code type.field} answers, or null when they are not known. */
	Lengths of(String type, String field);

	/**
	 * The length of the list {@code type.field} answers for the one node a user named ({@code node}: its id, name or
	 * an alias), or null when not known; by default, the longest list of the field.
	 */
	default Lengths of(String type, String field, String node) {
		Lengths all = of(type, field);
		return (all == null) ? null : Lengths.atMost(all.max());
	}

}
