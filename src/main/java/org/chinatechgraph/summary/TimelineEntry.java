package org.chinatechgraph.summary;

import java.math.BigDecimal;

import org.chinatechgraph.graph.Sector;

/**
 * The projects of one sector signed in one month (or one year, when their sources give no month).
 * @param sector null for projects in no sector
 */
record TimelineEntry(int year, Integer month, Sector sector, int projectCount, BigDecimal cny) {
}
