package org.chinatechgraph.summary;

import java.util.List;

import org.chinatechgraph.project.ProjectFilter;
import org.chinatechgraph.project.ProjectSelection;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code projectTimeline} and {@code topInvestors}: the explorer's timeline and its list of largest investors. */
@Controller
class ExplorerController {

	private final ProjectSelection selection;

	private final ExplorerQueries queries;

	ExplorerController(ProjectSelection selection, ExplorerQueries queries) {
		this.selection = selection;
		this.queries = queries;
	}

	@QueryMapping
	List<TimelineEntry> projectTimeline(@Argument ProjectFilter filter, @Argument TimelinePeriod by,
			@Argument Integer sectors) {
		if (sectors != null && (sectors < 1 || sectors > 100)) {
			throw new BadRequestException("sectors must be between 1 and 100, not " + sectors);
		}
		return Timeline.shape(this.queries.timeline(this.selection.of(filter)),
				by == null ? TimelinePeriod.AUTO : by, sectors);
	}

	@QueryMapping
	List<InvestorTotal> topInvestors(@Argument ProjectFilter filter, @Argument Integer first) {
		int size = first == null ? 10 : first;
		if (size < 1 || size > 100) {
			throw new BadRequestException("first must be between 1 and 100, not " + size);
		}
		return this.queries.investors(this.selection.of(filter), size);
	}

}
