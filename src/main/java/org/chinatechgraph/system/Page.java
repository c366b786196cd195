package org.chinatechgraph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A forward page of a list: {@code first} items after the opaque cursor {@code after}. Cursors are positions
 * in the list's order; a malformed one, or a negative page size, is a client mistake. The largest page size is
 * a {@link QueryLimits} limit, checked before the request runs, and the schema gives {@code first} its default.
 */
public record Page(int offset, int size) {

	/** The size when a client sends {@code first: null}. */
	public static final int DEFAULT_SIZE = 20;

	private static final String PREFIX = "ctg:";

	public static Page of(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 0) {
			throw new BadRequestException("first must not be negative, not " + size);
		}
		return new Page(after == null ? 0 : decode(after) + 1, size);
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
		List<Connection.Edge<T>> edges = new java.util.ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Connection.Edge<>(cursor(this.offset + i), items.get(i)));
		}
		var info = new Connection.PageInfo(this.offset + items.size() < total, this.offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, info, (int) total);
	}

}
