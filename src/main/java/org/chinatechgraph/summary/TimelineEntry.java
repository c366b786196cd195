package org.chinatechgraph.summary;

import java.math.BigDecimal;

import org.chinatechgraph.graph.Sector;

/**
 * The projects of one sector signed in one month (or one year, when their sources give no month or the timeline is
 * by year).
 * @param sector null for projects in no sector, and for the entry of the other sectors
 * @param otherSectors whether this entry adds up the sectors beyond the largest ones the timeline stacks
 */
record TimelineEntry(int year, Integer month, Sector sector, boolean otherSectors, int projectCount, BigDecimal cny) {
}
