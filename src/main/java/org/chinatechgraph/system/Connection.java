package org.chinatechgraph.system;

import java.util.List;

/** A Relay connection: one page of a list, its page info and the size of the whole list. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
