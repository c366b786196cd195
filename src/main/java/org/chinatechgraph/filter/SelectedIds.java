package org.chinatechgraph.filter;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

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

	/** Ids of selected projects, and whether the graph is still at the version they were worked out at. */
	record Known(List<String> ids, BooleanSupplier current) {
	}

}
