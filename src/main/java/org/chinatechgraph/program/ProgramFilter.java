package org.chinatechgraph.program;

import java.util.List;

/** The filters of the program list. */
record ProgramFilter(String name, String place, List<Integer> years) {
}
