package org.chinatechgraph.project;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.NodeLists;
import org.chinatechgraph.system.Filters;
import org.chinatechgraph.system.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Which projects a {@link ProjectFilter} selects: a Cypher predicate on {@code n} and its parameters. The project
 * list and the investment summary share it, so a filter means the same in both.
 */
@Component
public class ProjectSelection {

	/** The tests of every filter but the place; each is a parameter that, when null, lets every project through. */
	private static final String OTHER_TESTS = """

			AND ($sector IS NULL OR EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector {id: $sector}) })
			AND ($status IS NULL OR n.status = $status)
			AND ($minAmount IS NULL OR n[$amountKey] >= $minAmount)
			AND ($maxAmount IS NULL OR n[$amountKey] <= $maxAmount)
			AND ($signedFrom IS NULL OR n.signedEnd >= $signedFrom)
			AND ($signedTo IS NULL OR n.signedStart <= $signedTo)
			AND ($years IS NULL OR n.year IN $years)
			AND ($organization IS NULL OR EXISTS { MATCH (n)<-[:INVESTS_IN|DEVELOPS]-(:Entity {id: $organization}) })
			AND ($program IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(:Program {id: $program}) })""";


	/** The predicate; every filter is a parameter that, when null, lets every project through. */
	public static final String PREDICATE = NodeLists.NAME_MATCHES + """

			AND ($place IS NULL OR EXISTS { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: $place}) })""" + OTHER_TESTS;

	/** Every test of {@link #PREDICATE} but the place: for projects already reached from it ({@link #IN_PLACE}). */
	public static final String PREDICATE_BUT_PLACE = NodeLists.NAME_MATCHES + OTHER_TESTS;

	/**
	 * The projects inside {@code $place}, each once, reached from the place down its parts, parks and programs:
	 * the same projects as the {@code $place} test of {@link #PREDICATE}, found without looking at any other.
	 */
	public static final String IN_PLACE = """
			MATCH (:Entity {id: $place})%s(n:Project)
			WITH DISTINCT n""".formatted(Containment.DOWN);

	private final GraphQueries graph;

	ProjectSelection(GraphQueries graph) {
		this.graph = graph;
	}

	/** The parameters of {@link #PREDICATE}; names of places and sectors are resolved to ids first. */
	public Map<String, Object> parameters(ProjectFilter filter) {
		var f = filter == null ? ProjectFilter.NONE : filter;
		Map<String, Object> p = new HashMap<>();
		p.put("name", Filters.lowered(f.name()));
		p.put("place", this.graph.resolvePlace(f.place()));
		p.put("sector", this.graph.resolveSector(f.sector()));
		p.put("status", f.status() == null ? null : f.status().toLowerCase(Locale.ROOT).replace('_', ' '));
		p.put("amountKey", "investment" + (f.amount() == null ? "Cny" : f.amount().suffix()));
		p.put("minAmount", f.amount() == null ? null : f.amount().min());
		p.put("maxAmount", f.amount() == null ? null : f.amount().max());
		p.put("signedFrom", f.signed() == null ? null : f.signed().start());
		p.put("signedTo", f.signed() == null ? null : f.signed().end());
		p.put("years", Filters.orNull(f.years()));
		p.put("organization", known(f.organization(), "organization"));
		p.put("program", known(f.program(), "program"));
		return p;
	}

	private String known(String id, String kind) {
		if (id != null && this.graph.node(id).isEmpty()) {
			throw new BadRequestException("Unknown " + kind + " '" + id + "'");
		}
		return id;
	}

}
