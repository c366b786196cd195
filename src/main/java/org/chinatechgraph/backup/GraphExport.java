package org.chinatechgraph.backup;

import java.util.List;

/**
 * The whole graph as fact files, one per source, in the order a restore loads them.
 *
 * @param files the fact files, in restore order
 * @param nodes how many nodes the graph had (sources included)
 * @param relationships how many relationships it had (provenance included)
 * @param aliases the order of each node's aliases and which source brought in which, set back after a restore
 * @param warnings what the fact files could not carry; empty when a restore gives back the same graph
 */
public record GraphExport(List<ExportedFile> files, long nodes, long relationships, AliasState aliases,
		List<String> warnings) {
}
