package org.chinatechgraph.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A forward page of a list: {@code first} items after the opaque cursor {@code after}. Cursors are positions
 * in the list's order; a malformed one, or a page size out of range, is a client mistake.
 */
public record Page(int offset, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private static final String PREFIX = "ctg:";

	public static Page of(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (size < 0 || size > MAX_SIZE) {
			throw new BadRequestException("first must be between 0 and " + MAX_SIZE + ", not " + size);
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
