package org.chinatechgraph.summary;

/** The bars of the timeline: a month each, a year each, or months unless there would be too many. */
enum TimelinePeriod {

	MONTH, YEAR,

	/** By month when the selected projects were signed in at most {@link #AUTO_MONTHS} months, else by year. */
	AUTO;

	static final int AUTO_MONTHS = 60;

}
