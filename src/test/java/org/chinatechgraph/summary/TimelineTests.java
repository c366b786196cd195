package org.chinatechgraph.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.graph.Sector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline's shapes from the entries by month and sector that Neo4j counts: by year when there are too many
 * months to draw, and the largest sectors stacked with the others added up, all sums kept.
 */
class TimelineTests {

	private static final Sector CHIPS = new Sector("sector:chips", "Chips", List.of(), null);

	private static final Sector LED = new Sector("sector:led", "LED", List.of(), null);

	private static final Sector SOLAR = new Sector("sector:solar", "Solar", List.of(), null);

	private static TimelineEntry entry(int year, Integer month, Sector sector, int projects, long cny) {
		return new TimelineEntry(year, month, sector, false, projects, BigDecimal.valueOf(cny).setScale(2));
	}

	private static List<TimelineEntry> months(int count) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(entry(2000 + i / 12, 1 + i % 12, CHIPS, 1, 10));
		}
		return entries;
	}

	@Test
	void automaticallyByMonthUpToSixtyMonthsThenByYear() {
		assertThat(Timeline.shape(months(60), TimelinePeriod.AUTO, 10)).hasSize(60)
			.allSatisfy(e -> assertThat(e.month()).isNotNull());
		List<TimelineEntry> years = Timeline.shape(months(61), TimelinePeriod.AUTO, 10);
		assertThat(years).extracting(e -> e.year() + ":" + e.month() + ":" + e.projectCount())
			.containsExactly("2000:null:12", "2001:null:12", "2002:null:12", "2003:null:12", "2004:null:12",
					"2005:null:1");
	}

	@Test
	void byYearAddsUpEachSectorsMonthsAndTheYearOnlyEntries() {
		var shaped = Timeline.shape(List.of(entry(2020, null, CHIPS, 1, 5), entry(2020, 3, CHIPS, 2, 20),
				entry(2020, 3, LED, 1, 7), entry(2020, 9, CHIPS, 1, 1), entry(2020, 9, null, 4, 0)),
				TimelinePeriod.YEAR, null);
		assertThat(shaped).extracting(e -> (e.sector() == null ? "none" : e.sector().id()) + " " + e.projectCount()
				+ " " + e.cny().longValue())
			.containsExactly("sector:chips 4 26", "sector:led 1 7", "none 4 0");
	}

	@Test
	void theSectorsBeyondTheLargestAreOneEntryPerPeriodAfterTheNamedOnes() {
		var shaped = Timeline.shape(List.of(entry(2021, 1, CHIPS, 5, 50), entry(2021, 1, LED, 2, 20),
				entry(2021, 1, SOLAR, 1, 10), entry(2021, 1, null, 3, 0), entry(2021, 2, SOLAR, 4, 40)),
				TimelinePeriod.MONTH, 1);
		assertThat(shaped).extracting(e -> e.month() + " "
				+ (e.sector() != null ? e.sector().id() : e.otherSectors() ? "other" : "none") + " " + e.projectCount()
				+ " " + e.cny().longValue())
			.as("chips (5) is the largest; LED and solar (2 + 1 + 4) are the others")
			.containsExactly("1 sector:chips 5 50", "1 other 3 30", "1 none 3 0", "2 other 4 40");
	}

}
