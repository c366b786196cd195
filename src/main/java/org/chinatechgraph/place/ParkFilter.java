package org.chinatechgraph.place;

/** The filters of the park list. */
record ParkFilter(String name, String place, String sector) {
}
