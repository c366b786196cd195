package org.chinatechgraph.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.GraphNode;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;
import org.chinatechgraph.ingest.article.InvalidArticleException;
import org.chinatechgraph.security.Curates;
import org.chinatechgraph.security.Ingests;
import org.chinatechgraph.system.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import tools.jackson.databind.json.JsonMapper;

/** Ingestion over GraphQL: the same preview and commit as the {@code ingest} command. */
@Controller
class IngestController {

	private final Ingestion ingestion;

	private final IngestQueries queries;

	private final GraphQueries graph;

	private final JsonMapper json = JsonMapper.builder().build();

	IngestController(Ingestion ingestion, IngestQueries queries, GraphQueries graph) {
		this.ingestion = ingestion;
		this.queries = queries;
		this.graph = graph;
	}

	/** An article as a mutation receives it, with the items of its preview a reviewer left out. */
	record ArticleInput(String text, String name, String url, String title, String publisher, String published,
			List<String> exclude) {

		ArticleDocument read() {
			String file = this.name == null || this.name.isBlank() ? "article" : this.name;
			try {
				return ArticleReader.read(file, this.text.getBytes(StandardCharsets.UTF_8),
						new ArticleMetadata(this.url, this.title, this.publisher, this.published));
			}
			catch (InvalidArticleException ex) {
				throw new BadRequestException(ex.getMessage());
			}
		}

	}

	@MutationMapping
	@Ingests
	public IngestReport previewArticle(@Argument ArticleInput input) {
		return this.ingestion.preview(input.read(), input.exclude() == null ? List.of() : input.exclude());
	}

	@MutationMapping
	@Ingests
	public IngestReport ingestArticle(@Argument ArticleInput input) {
		return this.ingestion.ingest(input.read(), input.exclude() == null ? List.of() : input.exclude());
	}

	@MutationMapping
	@Ingests
	public IngestReport ingestFactFile(@Argument String content, @Argument String name, @Argument Boolean dryRun) {
		String file = name == null || name.isBlank() ? "facts.json" : name;
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		try {
			return Boolean.TRUE.equals(dryRun) ? this.ingestion.previewFacts(bytes, file)
					: this.ingestion.ingestFacts(bytes, file);
		}
		catch (InvalidFactFileException ex) {
			throw new BadRequestException(ex.getMessage());
		}
	}

	@SchemaMapping(typeName = "IngestReport")
	Map<?, ?> document(IngestReport report) {
		return this.json.convertValue(report, Map.class);
	}

	/** A node on the review queue and the nodes it may duplicate. */
	record ReviewEntry(GraphNode node, List<GraphNode> candidates) {
	}

	@QueryMapping
	List<ReviewEntry> reviewQueue(@Argument Integer first) {
		int limit = first == null ? 20 : first;
		if (limit < 0 || limit > 100) {
			throw new BadRequestException("first must be between 0 and 100");
		}
		var rows = this.queries.reviewQueue(limit);
		var ids = rows.stream()
			.flatMap(row -> java.util.stream.Stream.concat(java.util.stream.Stream.of((String) row.get("id")),
					((List<?>) row.get("candidates")).stream().map(String::valueOf)))
			.distinct()
			.toList();
		var nodes = this.graph.nodes(ids);
		return rows.stream()
			.filter(row -> nodes.containsKey((String) row.get("id")))
			.map(row -> new ReviewEntry(nodes.get((String) row.get("id")),
					((List<?>) row.get("candidates")).stream().map(c -> nodes.get(String.valueOf(c))).toList()))
			.toList();
	}

	@MutationMapping
	@Curates
	public boolean dismissReview(@Argument String id) {
		return this.queries.dismiss(id);
	}

}
