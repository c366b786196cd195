package org.chinatechgraph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * A forward page of a list: {@code first} items after the opaque cursor {@code after}. Cursors are positions
 * in the list's order; a malformed one, or a negative page size, is a client mistake. The largest page size is
 * a {@link QueryLimits} limit, checked before the request runs, and the schema gives {@code first} its default.
 * {@code counted} says whether the request asks for the list's {@code totalCount}: counting every match costs a
 * pass over all of them, where a page alone needs only the first {@code offset + size + 1} in order.
 */
public record Page(int offset, int size, boolean counted) {

	/** The size when a client sends {@code first: null}. */
	public static final int DEFAULT_SIZE = 20;

	private static final String PREFIX = "ctg:";

	/** The page a list field is asked for; {@code selection} is what the request selects of the connection. */
	public static Page of(Integer first, String after, DataFetchingFieldSelectionSet selection) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 0) {
			throw new BadRequestException("first must not be negative, not " + size);
		}
		return new Page(after == null ? 0 : decode(after) + 1, size, selection.contains("totalCount"));
	}

	public static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new BadRequestException("Malformed cursor '" + cursor + "': use a cursor from a previous page");
	}

	/** The page's items, with the total the query counted, as a Relay connection. */
	public <T> Connection<T> connection(List<T> items, long total) {
		return connection(items, this.offset + items.size() < total, (int) total);
	}

	/**
	 * The page as a Relay connection from the items found at its position when the list was not counted: up to
	 * one more than its size, that one only saying there is a next page. Its {@code totalCount} is -1, never
	 * shown, since the request did not ask for it.
	 */
	public <T> Connection<T> connection(List<T> fetched) {
		boolean more = fetched.size() > this.size;
		return connection(more ? fetched.subList(0, this.size) : fetched, more, -1);
	}

	/** How many items to fetch at the page's position: one more than its size when the list is not counted. */
	public int fetchSize() {
		return this.counted ? this.size : this.size + 1;
	}

	private <T> Connection<T> connection(List<T> items, boolean hasNextPage, int total) {
		List<Connection.Edge<T>> edges = new java.util.ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Connection.Edge<>(cursor(this.offset + i), items.get(i)));
		}
		var info = new Connection.PageInfo(hasNextPage, this.offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, total);
	}

}
