package org.chinatechgraph.project;

import java.util.List;

import org.chinatechgraph.system.AmountRange;
import org.chinatechgraph.system.DateRange;

/** The filters of the project list and of the investment summary; every one given must hold. */
public record ProjectFilter(String name, String place, String sector, String status, AmountRange amount,
		DateRange signed, List<Integer> years, String organization, String program) {

	public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null, null);

}
