package org.chinatechgraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of aggregate reads ({@link ReadCache}): the investment summary, the timeline, the largest investors,
 * the pages of lists.
 *
 * @param enabled whether answers are kept at all; with an external Neo4j they are kept only when
 * {@code external} is also true, as the service cannot see another client's writes there
 * @param external keep answers with an external Neo4j too, for a database only this service writes to
 * @param maxEntries how many answers are kept, the least recently used given up first; the table of projects keeps
 * as many of the answers it works out (at most 256 of each kind; 0: each is worked out again)
 * @param maxRows how many rows all kept answers may hold together; a larger answer is not kept
 * @param refreshEntries after the graph changed and then stayed unchanged for {@code refreshQuiet}, how many of the
 * answers asked most often are read again in the background, so that the next visitor finds them current (0: none)
 * @param refreshQuiet how long the graph must stay unchanged before they are
 * @param warmEntries how many of the questions asked most (statements and parameters, never answers) are kept in
 * the data directory, on each background refresh and at shutdown, and asked again in the background at the next
 * start, so that the first visitor after a restart finds their answers ready (0: none; embedded Neo4j only)
 * @param tableProjects the most projects the explorer's table of projects holds in memory (each project's year,
 * amounts, sectors, places and organizations, its place in each order of a list), read again in the background once the graph is
 * quiet, from which the summaries, the timeline, the rankings of organizations and the pages of project lists are
 * worked out without reading the graph; on a larger graph, or with 0, they read the graph, and so they do when the
 * table would take more than a quarter of the heap (about 1.2 KB a project)
 */
@ConfigurationProperties("ctg.read-cache")
public record ReadCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean external,
		@DefaultValue("1000") int maxEntries, @DefaultValue("200000") int maxRows,
		@DefaultValue("20") int refreshEntries, @DefaultValue("2s") Duration refreshQuiet,
		@DefaultValue("20") int warmEntries, @DefaultValue("1000000") int tableProjects) {
}
