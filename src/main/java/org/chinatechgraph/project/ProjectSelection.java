package org.chinatechgraph.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chinatechgraph.filter.Condition;
import org.chinatechgraph.filter.Selection;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.system.Filters;

import org.springframework.stereotype.Component;

/**
 * Which projects a {@link ProjectFilter} selects, as a {@link Selection}: one condition per filter given (none for
 * a filter left out or empty), names of places and sectors resolved to ids first. The project list, the
 * investment summary and the explorer's aggregates share it, so a filter means the same in each, and each starts
 * from the same anchor.
 */
@Component
public class ProjectSelection {

	private final GraphQueries graph;

	ProjectSelection(GraphQueries graph) {
		this.graph = graph;
	}

	/** The projects {@code filter} selects (null: every project). */
	public Selection of(ProjectFilter filter) {
		var f = filter == null ? ProjectFilter.NONE : filter;
		List<Condition> conditions = new ArrayList<>();
		String name = Filters.lowered(f.name());
		if (name != null) {
			conditions.add(new Condition.NameContains(name));
		}
		if (f.place() != null) {
			conditions.add(new Condition.Inside(this.graph.resolvePlace(f.place())));
		}
		if (f.sector() != null) {
			conditions.add(new Condition.InSector(this.graph.resolveSector(f.sector())));
		}
		if (f.status() != null) {
			conditions.add(new Condition.WithStatus(f.status().toLowerCase(Locale.ROOT).replace('_', ' ')));
		}
		if (f.amount() != null && (f.amount().min() != null || f.amount().max() != null)) {
			conditions.add(new Condition.AmountBetween("investment" + f.amount().suffix(), f.amount().min(),
					f.amount().max()));
		}
		if (f.signed() != null && (f.signed().start() != null || f.signed().end() != null)) {
			conditions.add(new Condition.SignedBetween(f.signed().start(), f.signed().end()));
		}
		if (Filters.orNull(f.years()) != null) {
			conditions.add(new Condition.InYears(f.years()));
		}
		if (f.organization() != null) {
			conditions.add(new Condition.OfOrganization(this.graph.requireId(f.organization(), "organization")));
		}
		if (f.program() != null) {
			conditions.add(new Condition.InProgram(this.graph.requireId(f.program(), "program")));
		}
		return new Selection("Project", conditions);
	}

}
