package org.chinatechgraph.backup;

import java.util.List;

/**
 * The whole graph as fact files, one per source, in the order a restore loads them.
 *
 * @param files the fact files, in restore order
 * @param nodes how many nodes the graph had (sources included)
 * @param relationships how many relationships it had (provenance included)
 * @param warnings what the fact files could not carry; empty when a restore gives back the same graph
 */
public record GraphExport(List<ExportedFile> files, long nodes, long relationships, List<String> warnings) {
}
