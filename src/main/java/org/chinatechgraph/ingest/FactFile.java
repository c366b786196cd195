package org.chinatechgraph.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One source and the facts it states, as written in a fact file ({@code facts/schema/fact-file.schema.json}).
 */
public record FactFile(@JsonProperty("$schema") String schema, SourceFact source, List<NodeFact> nodes,
		List<RelationshipFact> relationships) {

	public FactFile {
		nodes = nodes == null ? List.of() : List.copyOf(nodes);
		relationships = relationships == null ? List.of() : List.copyOf(relationships);
	}

	/** The article (or reference data set) the facts come from. */
	public record SourceFact(String id, String kind, String title, String publisher, String url, String file,
			String publishedOn, String note) {
	}

	/** A node as stated by the source; only {@code id} and {@code label} are needed to refer to a known node. */
	public record NodeFact(String id, String label, String name, List<String> aliases, String nameZh,
			String description, String status, String signedOn, Integer startYear, Integer completionYear,
			Integer phases, MoneyFact investment, Integer count, Integer year, String country, String level,
			String kind, String code, List<String> evidence) {

		public NodeFact {
			aliases = aliases == null ? List.of() : List.copyOf(aliases);
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}

	}

	/** A relationship with the sentence(s) that state it. */
	public record RelationshipFact(String type, String from, String to, MoneyFact amount, String kind, String since,
			String status, List<String> evidence) {

		public RelationshipFact {
			evidence = evidence == null ? List.of() : List.copyOf(evidence);
		}

	}

	/** An amount of money as the source states it; {@code amount} is in units of {@code currency}. */
	public record MoneyFact(java.math.BigDecimal amount, String currency, String text, Integer year) {
	}

}
