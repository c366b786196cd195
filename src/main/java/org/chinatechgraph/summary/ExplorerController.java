package org.chinatechgraph.summary;

import java.util.List;

import org.chinatechgraph.project.ProjectFilter;
import org.chinatechgraph.project.ProjectSelection;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code projectTimeline}, {@code topInvestors} and {@code topOrganizations}: the explorer's timeline, its largest
 * investors and its most connected organizations.
 */
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
		return this.queries.investors(this.selection.of(filter), size(first));
	}

	@QueryMapping
	List<OrganizationTotal> topOrganizations(@Argument ProjectFilter filter, @Argument Integer first) {
		return this.queries.organizations(this.selection.of(filter), size(first));
	}

	private static int size(Integer first) {
		int size = first == null ? 10 : first;
		if (size < 1 || size > 100) {
			throw new BadRequestException("first must be between 1 and 100, not " + size);
		}
		return size;
	}

}
