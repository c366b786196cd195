package org.chinatechgraph.place;

import java.util.List;

/** The filters of the place list. */
record PlaceFilter(String name, List<String> levels, String within, String codePrefix) {
}
