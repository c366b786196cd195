package org.chinatechgraph.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.Sector;

/**
 * Shapes the timeline's entries by month and sector, as Neo4j counts them, into what was asked: by year if so, and
 * with the largest sectors of the selection in stacks of their own and the rest added up in one entry per period.
 * A project has one signing date, so the entries of one sector add up exactly to its year; a project in two of the
 * other sectors counts in their entry twice, as it counts in each of its sectors' stacks.
 */
final class Timeline {

	private Timeline() {
	}

	/**
	 * @param months the entries by year, month and sector, oldest first
	 * @param by the period of a bar ({@link TimelinePeriod#AUTO}: months, unless the entries span more than
	 * {@link TimelinePeriod#AUTO_MONTHS} of them)
	 * @param stacks how many sectors have a stack of their own (the largest by projects, then by name); null for all
	 */
	static List<TimelineEntry> shape(List<TimelineEntry> months, TimelinePeriod by, Integer stacks) {
		if (by == TimelinePeriod.AUTO) {
			long periods = months.stream().map(e -> e.year() * 100 + (e.month() == null ? 0 : e.month())).distinct().count();
			by = (periods <= TimelinePeriod.AUTO_MONTHS) ? TimelinePeriod.MONTH : TimelinePeriod.YEAR;
		}
		Set<String> stacked = largestSectors(months, stacks);
		Map<Key, TimelineEntry> shaped = new LinkedHashMap<>();
		for (TimelineEntry entry : months) {
			Integer month = (by == TimelinePeriod.YEAR) ? null : entry.month();
			boolean other = entry.sector() != null && !stacked.contains(entry.sector().id());
			Sector sector = other ? null : entry.sector();
			shaped.merge(new Key(entry.year(), month, sector == null ? null : sector.id(), other),
					new TimelineEntry(entry.year(), month, sector, other, entry.projectCount(), entry.cny()),
					(a, b) -> new TimelineEntry(a.year(), a.month(), a.sector(), other,
							a.projectCount() + b.projectCount(), a.cny().add(b.cny())));
		}
		List<TimelineEntry> ordered = new ArrayList<>(shaped.values());
		ordered.sort(Comparator.comparingInt(TimelineEntry::year)
			.thenComparing(e -> e.month() == null ? 0 : e.month())
			// a period's sectors by name, then the other sectors, then the projects in none
			.thenComparing(e -> e.sector() == null ? (e.otherSectors() ? 1 : 2) : 0)
			.thenComparing(e -> e.sector() == null ? "" : Objects.requireNonNullElse(e.sector().name(), e.sector().id())));
		return ordered;
	}

	private static Set<String> largestSectors(List<TimelineEntry> months, Integer stacks) {
		Map<String, Integer> projects = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (TimelineEntry entry : months) {
			if (entry.sector() != null) {
				projects.merge(entry.sector().id(), entry.projectCount(), Integer::sum);
				names.putIfAbsent(entry.sector().id(), Objects.requireNonNullElse(entry.sector().name(), entry.sector().id()));
			}
		}
		Comparator<String> largest = Comparator.comparing((String id) -> projects.get(id)).reversed()
			.thenComparing(names::get);
		return projects.keySet()
			.stream()
			.sorted(largest)
			.limit(stacks == null ? Long.MAX_VALUE : stacks)
			.collect(Collectors.toSet());
	}

	private record Key(int year, Integer month, String sector, boolean other) {
	}

}
