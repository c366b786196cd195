package org.chinatechgraph.summary;

import java.math.BigDecimal;

import org.chinatechgraph.graph.Organization;

/** An organization and what it invests in the selected projects. */
record InvestorTotal(Organization organization, int projectCount, int projectsWithAmount, BigDecimal cny) {
}
