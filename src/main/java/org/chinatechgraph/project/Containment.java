package org.chinatechgraph.project;

/**
 * How projects sit inside places: a project is located in a park or place, or is part of a program or of
 * another project, and places are part of larger ones, at most eight links up (design.md). Organizations are
 * located in places too, and schools are part of universities, but no project lies inside an organization:
 * a walk down from a place that steps only onto places, parks, programs and projects reaches the same projects
 * without visiting the hundreds of thousands of firms located there.
 */
public final class Containment {

	/** From a node down to what lies inside it (append {@code (n:Project)}): one to eight links. */
	public static final String DOWN = "(()<-[:LOCATED_IN|PART_OF]-(:Place|Park|Program|Project)){1,8}";

	private Containment() {
	}

}
