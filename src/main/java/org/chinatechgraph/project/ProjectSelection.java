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

	/**
	 * The test of each filter, by the parameter it reads, for when that parameter is set. Fixed Cypher: what users
	 * type only ever reaches it as parameters.
	 */
	private static final Map<String, String> TESTS = tests(
			"name", NodeLists.NAME_CONTAINS,
			"place", "EXISTS { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(:Entity {id: $place}) }",
			"sector", "EXISTS { MATCH (n)-[:IN_SECTOR]->(:Sector {id: $sector}) }",
			"status", "n.status = $status",
			"minAmount", "n[$amountKey] >= $minAmount",
			"maxAmount", "n[$amountKey] <= $maxAmount",
			"signedFrom", "n.signedEnd >= $signedFrom",
			"signedTo", "n.signedStart <= $signedTo",
			"years", "n.year IN $years",
			"organization", "EXISTS { MATCH (n)<-[:INVESTS_IN|DEVELOPS]-(:Entity {id: $organization}) }",
			"program", "EXISTS { MATCH (n)-[:PART_OF]->(:Program {id: $program}) }");

	/** The predicate of every filter; each lets every project through when its parameter is null. */
	public static final String PREDICATE = TESTS.entrySet()
		.stream()
		.map(test -> "($" + test.getKey() + " IS NULL OR " + test.getValue() + ")")
		.collect(java.util.stream.Collectors.joining("\n\tAND "));

	/**
	 * The projects inside {@code $place}, each once, reached from the place down its parts, parks and programs:
	 * the same projects as the {@code $place} test of {@link #PREDICATE}, found without looking at any other
	 * (the list then needs the other tests only).
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

	/**
	 * The tests of only the filters these parameters set ({@code true} when none is), without the null guard
	 * each has in {@link #PREDICATE}: the same selection, without evaluating a test per project that lets every
	 * project through, nor a guard the planner must keep for a parameter it cannot see is set. For statements
	 * that read many projects (lists, the investment summary); a handful of distinct statements result, each planned
	 * once.
	 */
	public static String predicate(Map<String, Object> parameters) {
		String set = TESTS.entrySet().stream()
			.filter(test -> parameters.get(test.getKey()) != null)
			.map(Map.Entry::getValue)
			.collect(java.util.stream.Collectors.joining("\n\tAND "));
		return set.isEmpty() ? "true" : set;
	}

	private static Map<String, String> tests(String... keysAndTests) {
		Map<String, String> tests = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndTests.length; i += 2) {
			tests.put(keysAndTests[i], keysAndTests[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(tests);
	}

	private String known(String id, String kind) {
		if (id != null && this.graph.node(id).isEmpty()) {
			throw new BadRequestException("Unknown " + kind + " '" + id + "'");
		}
		return id;
	}

}
