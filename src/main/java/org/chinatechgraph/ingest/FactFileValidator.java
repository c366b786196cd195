package org.chinatechgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.FactFile.MoneyFact;
import org.chinatechgraph.ingest.FactFile.NodeFact;
import org.chinatechgraph.ingest.FactFile.RelationshipFact;
import org.chinatechgraph.system.PartialDate;

/** Checks a fact file before anything of it is written; every problem is reported, not just the first. */
final class FactFileValidator {

	private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9][a-z0-9-]{0,199}");

	/** Names are indexed, and an index key has a size limit; no real name comes near this. */
	private static final int LONGEST_NAME = 500;

	private static final Set<String> CURRENCIES = Set.of("CNY", "USD");

	private final List<String> problems = new ArrayList<>();

	static void validate(FactFile file, String name) {
		var validator = new FactFileValidator();
		validator.check(file);
		if (!validator.problems.isEmpty()) {
			throw new InvalidFactFileException(name, validator.problems);
		}
	}

	private void check(FactFile file) {
		var source = file.source();
		if (source == null) {
			this.problems.add("missing 'source'");
			return;
		}
		if (source.id() == null || !ID.matcher(source.id()).matches()
				|| !(source.id().startsWith("article:") || source.id().startsWith("source:"))) {
			this.problems.add("source id '" + source.id() + "' must look like article:<slug> or source:<slug> (a slug of at most 200 characters)");
		}
		if (!"news".equals(source.kind()) && !"reference".equals(source.kind())) {
			this.problems.add("source kind must be 'news' or 'reference', not '" + source.kind() + "'");
		}
		if (source.title() == null || source.title().isBlank()) {
			this.problems.add("source has no title");
		}
		date("source publishedOn", source.publishedOn());
		Set<String> listed = new HashSet<>();
		for (NodeFact node : file.nodes()) {
			checkNode(node, listed);
		}
		for (RelationshipFact rel : file.relationships()) {
			checkRelationship(rel, listed);
		}
	}

	private void checkNode(NodeFact node, Set<String> listed) {
		String where = "node '" + node.id() + "'";
		if (node.id() == null || !ID.matcher(node.id()).matches()) {
			this.problems.add(where + ": id must look like <kind>:<lowercase-slug> (at most 200 characters)");
			return;
		}
		if (!listed.add(node.id())) {
			this.problems.add(where + ": listed twice");
		}
		String expected = Labels.forId(node.id());
		if (expected == null) {
			this.problems.add(where + ": unknown id prefix; use one of " + Labels.BY_PREFIX.keySet());
		}
		else if (!expected.equals(node.label())) {
			this.problems.add(where + ": label '" + node.label() + "' does not match its id (expected " + expected + ")");
		}
		if (node.name() != null && node.name().isBlank()) {
			this.problems.add(where + ": blank name");
		}
		if (tooLong(node.name()) || tooLong(node.nameZh()) || node.aliases().stream().anyMatch(FactFileValidator::tooLong)) {
			this.problems.add(where + ": a name, alias or Chinese name longer than " + LONGEST_NAME + " characters");
		}
		date(where + " signedOn", node.signedOn());
		money(where + " investment", node.investment());
		if (node.code() != null && !node.code().matches("\\d{6}")) {
			this.problems.add(where + ": code must be 6 digits (GB/T 2260)");
		}
		if (node.evidence().stream().anyMatch(String::isBlank) || node.aliases().stream().anyMatch(String::isBlank)) {
			this.problems.add(where + ": blank alias or evidence");
		}
	}

	private void checkRelationship(RelationshipFact rel, Set<String> listed) {
		String where = "relationship " + rel.type() + " " + rel.from() + " -> " + rel.to();
		if (rel.type() == null || !Labels.RELATIONSHIP_TYPES.contains(rel.type())) {
			this.problems.add(where + ": unknown type; use one of " + Labels.RELATIONSHIP_TYPES);
		}
		for (String end : new String[] { rel.from(), rel.to() }) {
			if (!listed.contains(end)) {
				this.problems.add(where + ": '" + end + "' is not among the file's nodes");
			}
		}
		if (rel.from() != null && rel.from().equals(rel.to())) {
			this.problems.add(where + ": a node cannot relate to itself");
		}
		if (rel.evidence().isEmpty() || rel.evidence().stream().anyMatch(String::isBlank)) {
			this.problems.add(where + ": no evidence; a fact with no source sentence does not enter the graph");
		}
		date(where + " since", rel.since());
		money(where + " amount", rel.amount());
	}

	private static boolean tooLong(String name) {
		return name != null && name.length() > LONGEST_NAME;
	}

	private void date(String where, String value) {
		if (value == null) {
			return;
		}
		try {
			PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(where + ": " + ex.getMessage());
		}
	}

	private void money(String where, MoneyFact money) {
		if (money == null) {
			return;
		}
		if (money.amount() == null || money.amount().signum() <= 0) {
			this.problems.add(where + ": amount must be a positive number");
		}
		if (money.currency() == null || !CURRENCIES.contains(money.currency())) {
			this.problems.add(where + ": currency must be one of " + CURRENCIES);
		}
	}

}
