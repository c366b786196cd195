package org.chinatechgraph.system;

import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * The cursors of every list: opaque positions in the list's order (see {@link Page}). Being the application's
 * cursor strategy, it also keeps Spring's Window/Slice connection adapter away: the lists build their own
 * connections, with {@code totalCount}.
 */
@Component
class OffsetCursorStrategy implements CursorStrategy<Integer> {

	@Override
	public boolean supports(Class<?> targetType) {
		return Integer.class.equals(targetType);
	}

	@Override
	public String toCursor(Integer position) {
		return Page.cursor(position);
	}

	@Override
	public Integer fromCursor(String cursor) {
		return Page.decode(cursor);
	}

}
