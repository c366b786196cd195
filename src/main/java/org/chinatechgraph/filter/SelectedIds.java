package org.chinatechgraph.filter;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.chinatechgraph.system.SortOrder;

/**
 * The ids of the projects a selection selects, when they are known without reading the graph (the summary's table
 * of projects keeps every project's facts while the graph is unchanged), so that a list can start from them by the
 * unique index on ids instead of walking down from a place or testing a sector's thousands of projects.
 */
public interface SelectedIds {

	/**
	 * The ids of the projects {@code selection} selects, if known now and at most {@code most} of them, with a test of
	 * whether they are still current (no commit since).
	 */
	Optional<Known> projects(Selection selection, int most);

	/**
	 * One page of the projects {@code selection} selects, in {@code order}: the ids from {@code offset} on, at most
	 * {@code size} of them, and how many the selection selects in all, if known now; empty when not (the graph
	 * changed, or the order is one not known).
	 */
	default Optional<KnownPage> page(Selection selection, SortOrder order, int offset, int size) {
		return Optional.empty();
	}

	/** Ids of selected projects, and whether the graph is still at the version they were worked out at. */
	record Known(List<String> ids, BooleanSupplier current) {
	}

	/** A page's ids in order, how many projects are selected in all, and whether that is still current. */
	record KnownPage(long total, List<String> ids, BooleanSupplier current) {
	}

}
