package org.chinatechgraph.filter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.graph.Containment;
import org.chinatechgraph.graph.NodeLists;

/**
 * One condition of a filter, as a typed value: what must hold of each node {@code n} a list or an aggregate
 * selects. Each knows its test on {@code n} (a fixed Cypher predicate reading its own parameters) and, when an
 * index or a relationship leads straight to the nodes it lets through, its anchor: a clause that finds exactly
 * those nodes, each once, without looking at any other. {@link Selection} puts them together.
 * <p>
 * Values given by a request reach Cypher only as parameters; the labels written into the text are the calling
 * code's ({@code Project}, {@code Organization}).
 */
public sealed interface Condition {

	/** The parameters its Cypher reads. */
	Map<String, Object> parameters();

	/** Whether the node {@code n}, of {@code label}, passes. */
	String test(String label);

	/** The clause that finds the nodes of {@code label} that pass, each once, as {@code n}; null when none does. */
	default Anchor anchor(String label) {
		return null;
	}

	/**
	 * A clause that finds nodes from an index or from one node found by its unique id. Its rank orders anchors by
	 * how few nodes they lead to in general, lowest first (see {@link Selection}); parameters of its own, if any, are
	 * given only when it is the one taken.
	 */
	record Anchor(int rank, String clause, Map<String, Object> parameters) {

		Anchor(int rank, String clause) {
			this(rank, clause, Map.of());
		}

	}

	/**
	 * Part of the name, an alias or the Chinese name, any case ({@code lowered} is lower case). Its anchor is the
	 * full-text index {@code entity_search}, asked for the nodes with a word holding each piece of the text
	 * ({@link NameQuery}): every node that passes, and some that do not, so the anchor tests them too. It comes
	 * after every anchor but a status's: those are taken first, and the name tested on what they find. Text
	 * with no letter or digit, or in a script the index folds otherwise, has no anchor. The query is worked out once,
	 * when the condition is made ({@code query}: null when there is none), not each time a selection weighs its
	 * anchors.
	 */
	record NameContains(String lowered, String query) implements Condition {

		public NameContains(String lowered) {
			this(lowered, NameQuery.of(lowered));
		}

		public Map<String, Object> parameters() {
			return Map.of("name", this.lowered);
		}

		public String test(String label) {
			return NodeLists.NAME_CONTAINS;
		}

		public Anchor anchor(String label) {
			if (this.query == null) {
				return null;
			}
			return new Anchor(7, """
					CALL db.index.fulltext.queryNodes('entity_search', $nameQuery) YIELD node AS n
					WITH n WHERE n:%s AND %s
					WITH n""".formatted(label, NodeLists.NAME_CONTAINS), Map.of("nameQuery", this.query));
		}

	}

	/**
	 * One of the nodes of these ids, as worked out beforehand without reading the graph ({@link SelectedIds}): the
	 * anchor of lowest rank, found by the unique index on ids. The ids travel as one text, split in the statement:
	 * Neo4j plans a statement again when a list parameter's size passes into another range (tens, hundreds...), and a
	 * filter's projects may number from none to thousands, so a list would be planned anew (0.2–0.7 s on the medium
	 * graph) for many filters; a text is planned once.
	 */
	record AmongIds(List<String> ids) implements Condition {

		/** Between two ids in the text: a control character no id holds (ids are checked when loaded). */
		static final String SEPARATOR = "\u001f";

		public Map<String, Object> parameters() {
			return Map.of("ids", String.join(SEPARATOR, this.ids), "idSeparator", SEPARATOR);
		}

		public String test(String label) {
			return "n.id IN split($ids, $idSeparator)";
		}

		public Anchor anchor(String label) {
			return new Anchor(0, "UNWIND CASE $ids WHEN '' THEN [] ELSE split($ids, $idSeparator) END AS selectedId\n"
					+ "MATCH (n:Entity&" + label + " {id: selectedId})");
		}

	}

	/** Anywhere inside the place, park or program of this id ({@link Containment}). */
	record Inside(String place) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("place", this.place);
		}

		public String test(String label) {
			return Containment.inside(label, "place");
		}

		public Anchor anchor(String label) {
			return new Anchor(3, "MATCH (:Entity {id: $place})" + Containment.down(label) + "(n:" + label
					+ ")\nWITH DISTINCT n");
		}

	}

	/**
	 * In the sector of this id: a project in it, or an organization in it or investing in or developing a project
	 * in it.
	 */
	record InSector(String sector) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("sector", this.sector);
		}

		public String test(String label) {
			if (label.equals("Organization")) {
				return """
						(EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: $sector}) }
						 OR EXISTS { (n)-[:INVESTS_IN|DEVELOPS]->(:Project)-[:IN_SECTOR]->(:Sector {id: $sector}) })""";
			}
			return "EXISTS { (n)-[:IN_SECTOR]->(:Sector {id: $sector}) }";
		}

		public Anchor anchor(String label) {
			if (label.equals("Organization")) {
				return new Anchor(4, """
						MATCH (s:Entity&Sector {id: $sector})
						CALL (s) {
						  MATCH (s)<-[:IN_SECTOR]-(n:Organization) RETURN n
						  UNION
						  MATCH (s)<-[:IN_SECTOR]-(:Project)<-[:INVESTS_IN|DEVELOPS]-(n:Organization) RETURN n
						}
						WITH DISTINCT n""");
			}
			// the loader merges relationships: a project is linked to a sector once
			return new Anchor(4, "MATCH (:Entity&Sector {id: $sector})<-[:IN_SECTOR]-(n:" + label + ")");
		}

	}

	/** Invested in or developed by the node (an organization, or a park) of this id. */
	record OfOrganization(String organization) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("organization", this.organization);
		}

		public String test(String label) {
			return "EXISTS { (n)<-[:INVESTS_IN|DEVELOPS]-(:Entity {id: $organization}) }";
		}

		public Anchor anchor(String label) {
			return new Anchor(2, "MATCH (:Entity {id: $organization})-[:INVESTS_IN|DEVELOPS]->(n:" + label
					+ ")\nWITH DISTINCT n");
		}

	}

	/** Part of the program of this id. */
	record InProgram(String program) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("program", this.program);
		}

		public String test(String label) {
			return "EXISTS { (n)-[:PART_OF]->(:Program {id: $program}) }";
		}

		public Anchor anchor(String label) {
			return new Anchor(1, "MATCH (:Entity&Program {id: $program})<-[:PART_OF]-(n:" + label + ")\nWITH DISTINCT n");
		}

	}

	/**
	 * Counted under one of these years; projects' years are indexed ({@code project_year}). A few years are an
	 * anchor (each holds about a tenth of the projects); a longer range holds most of them, and reading them from
	 * the index one by one, then each up to its groups, costs more than reading the label: on the medium graph a
	 * summary by province over twelve years took 1.1 s from the index and 0.3 s without it.
	 */
	record InYears(List<Integer> years) implements Condition {

		/** The most years that still anchor a match. */
		static final int ANCHOR_YEARS = 3;

		public Map<String, Object> parameters() {
			return Map.of("years", this.years);
		}

		public String test(String label) {
			return "n.year IN $years";
		}

		public Anchor anchor(String label) {
			return label.equals("Project") && this.years.size() <= ANCHOR_YEARS ? new Anchor(5, """
					MATCH (n:Project) USING INDEX n:Project(year)
					WHERE n.year IN $years
					WITH n""") : null;
		}

	}

	/**
	 * Of this status (as the graph writes it: lower case, words apart). Projects' statuses are indexed
	 * ({@code project_status}); a status is the last anchor, taken only when no other is given: a handful of
	 * statuses share all projects, so one holds a fifth of them or more, yet reading those from the index costs less
	 * than reading every project and testing its status (medium graph, 20 projects of a status by name with their
	 * count: 44 ms from the label, 30 ms from the index).
	 */
	record WithStatus(String status) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("status", this.status);
		}

		public String test(String label) {
			return "n.status = $status";
		}

		public Anchor anchor(String label) {
			return label.equals("Project") ? new Anchor(8, """
					MATCH (n:Project) USING INDEX n:Project(status)
					WHERE n.status = $status
					WITH n""") : null;
		}

	}

	/**
	 * An amount, in the currency of the property {@code key} (one of the graph's two normalised amounts), within the
	 * bounds given (either may be null). The property is written into the test, not passed as a key, so that the
	 * planner can read a range of it from its index ({@code project_amount_cny}) where that is cheaper than
	 * reading every project.
	 */
	record AmountBetween(String key, Double min, Double max) implements Condition {

		/** The properties an amount is compared in. */
		static final Set<String> KEYS = Set.of("investmentCny", "investmentUsd");

		public AmountBetween {
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException("No amount property " + key);
			}
		}

		public Map<String, Object> parameters() {
			Map<String, Object> p = new HashMap<>();
			p.put("minAmount", this.min);
			p.put("maxAmount", this.max);
			return p;
		}

		public String test(String label) {
			String min = this.min == null ? null : "n." + this.key + " >= $minAmount";
			String max = this.max == null ? null : "n." + this.key + " <= $maxAmount";
			return min == null ? (max == null ? "true" : max) : (max == null ? min : min + " AND " + max);
		}

	}

	/**
	 * Signed within the dates given (either may be null), partial dates overlapping them. A window of both ends and
	 * at most {@link InYears#ANCHOR_YEARS} years is an anchor, like that many years: a range of the
	 * {@code project_signed_start} index. A signing date spans at most a year (a date given as a year: its first day to its last), so a project
	 * that ends in the window starts at most a year before it; the anchor reads the starts from a year before the
	 * window to its end and keeps, by the test, the projects that overlap it. A longer or open window is a test: it holds
	 * most projects, which cost less read from the label than one by one from the index.
	 */
	record SignedBetween(LocalDate from, LocalDate to) implements Condition {

		public Map<String, Object> parameters() {
			Map<String, Object> p = new HashMap<>();
			p.put("signedFrom", this.from);
			p.put("signedTo", this.to);
			return p;
		}

		public Anchor anchor(String label) {
			if (!label.equals("Project") || this.from == null || this.to == null
					|| this.to.isAfter(this.from.plusYears(InYears.ANCHOR_YEARS))) {
				return null;
			}
			return new Anchor(6, """
					MATCH (n:Project) USING INDEX n:Project(signedStart)
					WHERE n.signedStart >= $signedStartsFrom AND n.signedStart <= $signedTo AND n.signedEnd >= $signedFrom
					WITH n""", Map.of("signedStartsFrom", this.from.minusYears(1)));
		}

		public String test(String label) {
			String from = this.from == null ? null : "n.signedEnd >= $signedFrom";
			String to = this.to == null ? null : "n.signedStart <= $signedTo";
			return from == null ? (to == null ? "true" : to) : (to == null ? from : from + " AND " + to);
		}

	}

	/** Carrying one of these labels (kinds of organization). */
	record OfLabels(List<String> labels) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("types", this.labels);
		}

		public String test(String label) {
			return "any(l IN labels(n) WHERE l IN $types)";
		}

	}

	/** Of this country. */
	record OfCountry(String country) implements Condition {

		public Map<String, Object> parameters() {
			return Map.of("country", this.country);
		}

		public String test(String label) {
			return "n.country = $country";
		}

	}

}
