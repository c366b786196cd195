package org.chinatechgraph.summary;

import org.chinatechgraph.project.ProjectFilter;
import org.chinatechgraph.project.ProjectSelection;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code investmentSummary}: totals by province, city, sector or year over the projects a filter selects. */
@Controller
class SummaryController {

	private final ProjectSelection selection;

	private final SummaryQueries summaries;

	SummaryController(ProjectSelection selection, SummaryQueries summaries) {
		this.selection = selection;
		this.summaries = summaries;
	}

	@QueryMapping
	InvestmentSummary investmentSummary(@Argument SummaryGrouping groupBy, @Argument ProjectFilter filter,
			DataFetchingFieldSelectionSet asked) {
		return this.summaries.summary(groupBy, this.selection.of(filter), SummaryMeasures.of(asked));
	}

}
