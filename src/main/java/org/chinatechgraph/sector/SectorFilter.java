package org.chinatechgraph.sector;

/** The filter of the sector list. */
record SectorFilter(String name) {
}
