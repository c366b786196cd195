package org.chinatechgraph.system;

/**
 * How many items a list field that takes no {@code first} can hold at most, from what the graph holds now (e.g.
 * the largest number of children of any place for {@code Place.children}). The complexity of a query counts such
 * a list this many times ({@link QueryLimitsInstrumentation}).
 */
public interface ListBounds {

	/** The most items {@code type.field} lists for one parent, or a negative number when it is not known. */
	int of(String type, String field);

}
