package org.chinatechgraph.console;

/**
 * What the landing page shows of the graph: whether Neo4j answers, where Bolt is, and how much the graph holds.
 *
 * @param up whether the database answered
 * @param bolt the Bolt URL of the database
 * @param problem why it did not answer, when it did not
 * @param counts the graph's counts, when it answered
 */
record GraphStatus(boolean up, String bolt, String problem, Counts counts) {

	record Counts(long projects, long organizations, long places, long parks, long programs, long sectors,
			long articles, long relationships) {
	}

}
