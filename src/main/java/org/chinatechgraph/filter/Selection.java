package org.chinatechgraph.filter;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.NodeMatch;

/**
 * The nodes of one label that a filter selects, as the Cypher that finds them: {@link #match()} binds each once to
 * {@code n}, and {@link #where()} tests what the match has not already made sure of. Every filtered read puts
 * these two in front of what it does with the nodes (a page, a count, a summary), so a filter means the same
 * everywhere, and is found the same way.
 * <p>
 * <b>Where the match starts.</b> When a condition has an anchor ({@link Condition#anchor(String)}), the match starts
 * from it and never reads the whole label; the other conditions become tests of the nodes it reaches. Of several
 * anchors it takes the one of lowest rank, a fixed order that is right in general for this graph: a program
 * (a batch of tens of projects), then an organization (its own investments and developments: even the firms that
 * invest everywhere hold a few percent of all projects), then a place (a province holds about a thirtieth of the
 * projects, a city or a park far fewer), then a sector (a dozen or so share all projects, the largest a third),
 * then years (each about a tenth, through the {@code project_year} index; up to three of them: more are a test),
 * then a signing window of both ends within three years (through {@code project_signed_start}), then a name,
 * through the full-text index (a word such as "park" or "semiconductor" may be in a good part of all names, and the
 * index finds more than the name's test lets through), and last a status (a fifth of the projects or more, through
 * the {@code project_status} index). Choosing by measured sizes instead
 * (degrees, read from the degree store, would give a sector's, a program's and an organization's, not a place's:
 * what lies inside it is a walk) would take one more round trip per request for a choice that rarely differs.
 * Without an anchor, the match reads the label, with every test in its {@code WHERE}, where the planner may still
 * use an index on what the tests compare (amounts, open signing windows).
 * <p>
 * <b>Why Cypher text and not the Cypher-DSL.</b> Neo4j's Cypher-DSL is on the class path (through Spring Data
 * Neo4j), but the statements it would feed are the service's fixed templates, which use Cypher 25 (quantified path
 * patterns, scoped {@code CALL}, {@code COUNT} and {@code COLLECT} subqueries) and read best as the Cypher they run.
 * A condition here is a record with two fixed fragments, so one small class puts them together, and the
 * statements stay greppable and comparable with what EXPLAIN shows.
 *
 * @param label the label of the nodes selected, fixed by the calling code
 * @param conditions every condition that must hold; none selects the whole label
 */
public record Selection(String label, List<Condition> conditions) implements NodeMatch {

	public Selection {
		Objects.requireNonNull(label);
		conditions = List.copyOf(conditions);
	}

	/** The condition the match starts from, if any has an anchor. */
	public Condition anchor() {
		return this.conditions.stream()
			.filter(c -> c.anchor(this.label) != null)
			.min(Comparator.comparingInt(c -> c.anchor(this.label).rank()))
			.orElse(null);
	}

	/** Whether the match starts from an anchor rather than from the whole label. */
	@Override
	public boolean anchored() {
		return anchor() != null;
	}

	/** The clause that binds each node to test once to {@code n}; a {@code WHERE} may follow it. */
	@Override
	public String match() {
		Condition anchor = anchor();
		return anchor == null ? "MATCH (n:" + this.label + ")" : anchor.anchor(this.label).clause();
	}

	/** The tests of the conditions the match does not make sure of, joined by AND; {@code true} when none. */
	@Override
	public String where() {
		Condition anchor = anchor();
		String tests = this.conditions.stream()
			.filter(c -> c != anchor)
			.map(c -> c.test(this.label))
			.collect(Collectors.joining("\n  AND "));
		return tests.isEmpty() ? "true" : tests;
	}

	/** The match and its tests: each selected node bound to {@code n}, once. */
	public String cypher() {
		return match() + "\nWHERE " + where();
	}

	/** The parameters of the conditions, and of the anchor taken. */
	@Override
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		this.conditions.forEach(c -> parameters.putAll(c.parameters()));
		Condition anchor = anchor();
		if (anchor != null) {
			parameters.putAll(anchor.anchor(this.label).parameters());
		}
		return parameters;
	}

}
