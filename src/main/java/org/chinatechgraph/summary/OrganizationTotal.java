package org.chinatechgraph.summary;

import org.chinatechgraph.graph.Organization;

/** An organization and how many of the selected projects it invests in or develops. */
record OrganizationTotal(Organization organization, int projectCount, int investedIn, int developed) {
}
