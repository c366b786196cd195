package org.chinatechgraph.organization;

import java.util.List;

/** The filters of the organization list. */
record OrganizationFilter(String name, List<String> types, String place, String sector, String country) {
}
