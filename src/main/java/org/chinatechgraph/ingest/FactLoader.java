package org.chinatechgraph.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.GraphChanged;
import org.chinatechgraph.graph.Values;
import org.chinatechgraph.system.PartialDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one loader of the graph: the seed graph, reference data and every later fact file go through it. A file
 * is one transaction, all of it or none; loading the same file again changes nothing; a changed version of a
 * source replaces what that source stated and keeps what other sources state.
 */
@Service
public class FactLoader {

	private final Neo4jClient neo4j;

	private final FactRows rows;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	FactLoader(Neo4jClient neo4j, ExchangeRates rates, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.events = events;
		this.rows = new FactRows(rates);
		this.json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/** What loading a file did. */
	public record LoadResult(String sourceId, Outcome outcome, int nodes, int relationships) {
	}

	public enum Outcome {

		/** The source was new. */
		ADDED,
		/** The source was known with other content; its facts were replaced. */
		REPLACED,
		/** The source was known with the same content; nothing changed. */
		UNCHANGED

	}

	public FactFile parse(byte[] content, String name) {
		try {
			return this.json.readValue(content, FactFile.class);
		}
		catch (RuntimeException ex) {
			throw new InvalidFactFileException(name, List.of(ParseProblems.describe(ex)));
		}
	}

	/** Parses and checks a fact file without touching the graph; throws with every problem found. */
	public FactFile check(byte[] content, String name) {
		FactFile file = parse(content, name);
		FactFileValidator.validate(file, name);
		return file;
	}

	@Transactional
	public LoadResult load(byte[] content, String name) {
		return load(parse(content, name), sha256(content), name);
	}

	/**
	 * Loads facts already parsed; {@code hash} identifies their content, so that the same content loaded again
	 * changes nothing and other content for the same source replaces what it stated.
	 */
	@Transactional
	public LoadResult load(FactFile file, String hash, String name) {
		FactFileValidator.validate(file, name);
		String articleId = file.source().id();
		String known = this.neo4j.query(FactStatements.ARTICLE_HASH)
			.bind(articleId).to("id")
			.fetchAs(String.class)
			.one()
			.orElse(null);
		if (hash.equals(known)) {
			return new LoadResult(articleId, Outcome.UNCHANGED, 0, 0);
		}
		if (known != null) {
			run(FactStatements.RETRACT_RELATIONSHIPS, Map.of("articleId", articleId));
			run(FactStatements.RETRACT_MENTIONS, Map.of("articleId", articleId));
		}
		Integer sourceYear = file.source().publishedOn() == null ? null
				: PartialDate.parse(file.source().publishedOn()).year();
		run(FactStatements.MERGE_ARTICLE, Map.of("id", articleId, "props", this.rows.article(file.source(), hash)));
		// one statement per kind of node and per type of relationship, with the labels and the type written in
		this.rows.nodes(file.nodes(), sourceYear).stream()
			.collect(Collectors.groupingBy(row -> String.join(":", labels(row)), LinkedHashMap::new, Collectors.toList()))
			.forEach((labels, group) -> run(FactStatements.MERGE_NODES.formatted(labels),
					Map.of("articleId", articleId, "rows", group)));
		List<String> unnamed = List.copyOf(this.neo4j.query(FactStatements.UNNAMED_NODES)
			.bind(file.nodes().stream().map(FactFile.NodeFact::id).toList()).to("ids")
			.fetchAs(String.class)
			.all());
		if (!unnamed.isEmpty()) {
			throw new InvalidFactFileException(name,
					unnamed.stream().map(id -> "node '" + id + "' has no name and is not in the graph yet").toList());
		}
		this.rows.relationships(file.relationships(), sourceYear).stream()
			.collect(Collectors.groupingBy(row -> (String) row.get("type"), LinkedHashMap::new, Collectors.toList()))
			.forEach((type, group) -> {
				if (!Labels.RELATIONSHIP_TYPES.contains(type)) {
					throw new IllegalStateException("unknown relationship type " + type);
				}
				String cypher = "PARTNERS_WITH".equals(type) ? FactStatements.MERGE_PARTNERSHIPS
						: FactStatements.MERGE_RELATIONSHIPS.formatted(type);
				run(cypher, Map.of("articleId", articleId, "rows", group));
			});
		this.events.publishEvent(new GraphChanged(articleId));
		return new LoadResult(articleId, known == null ? Outcome.ADDED : Outcome.REPLACED, file.nodes().size(),
				file.relationships().size());
	}

	/** Takes a source out of the graph with everything only it states; false when it was not there. */
	@Transactional
	public boolean retract(String articleId) {
		boolean known = this.neo4j.query(FactStatements.ARTICLE_HASH).bind(articleId).to("id").fetch().one().isPresent();
		if (known) {
			run(FactStatements.RETRACT_RELATIONSHIPS, Map.of("articleId", articleId));
			run(FactStatements.RETRACT_MENTIONS, Map.of("articleId", articleId));
			run(FactStatements.DELETE_ARTICLE, Map.of("articleId", articleId));
			this.events.publishEvent(new GraphChanged(articleId));
		}
		return known;
	}

	private static List<String> labels(Map<String, Object> row) {
		return Values.<String>list(row, "labels");
	}

	private void run(String cypher, Map<String, Object> parameters) {
		this.neo4j.query(cypher).bindAll(parameters).run();
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
