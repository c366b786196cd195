package org.chinatechgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Values;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;
import org.chinatechgraph.ingest.article.InvalidArticleException;
import org.chinatechgraph.ingest.pipeline.IngestReport;
import org.chinatechgraph.ingest.pipeline.Ingestion;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ingest [--dry-run] [--json] FILE...}: articles ({@code .txt}, {@code .md}) and fact files ({@code .json}),
 * through the running service when one answers (with an API key), else on the store opened here. Each file is
 * reported on its own; a bad file is reported and the batch goes on; the exit status is 1 when any file failed.
 */
@Command(name = "ingest", header = "Add articles and fact files to the graph",
		mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
		description = { "Adds articles and fact files to the graph: through the running service when one answers "
				+ "(with an API key), else on the store opened here. Each file is one transaction and one report; a bad "
				+ "file is reported and the batch goes on (exit status 1)." },
		footer = StoreCommand.SETTINGS)
final class IngestCommand extends StoreCommand {

	private static final String ARTICLE_MUTATION = """
			mutation($input: ArticleInput!) { %s(input: $input) { document } }
			""";

	private static final String FACTS_MUTATION = """
			mutation($content: String!, $name: String, $dryRun: Boolean) {
			  ingestFactFile(content: $content, name: $name, dryRun: $dryRun) { document }
			}
			""";

	@Parameters(paramLabel = "FILE", arity = "1..*",
			description = "an article (.txt or .md, optionally opening with a front-matter block) or a fact file "
					+ "(.json)")
	List<String> files;

	@Option(names = "--dry-run", description = "show what would be added; write nothing")
	boolean dryRun;

	@Option(names = "--json", description = "one JSON document per file (facts/schema/ingest-report.schema.json)")
	boolean json;

	@Option(names = "--url", paramLabel = "URL", description = "the article's url")
	String url;

	@Option(names = "--title", paramLabel = "T", description = "the article's title")
	String title;

	@Option(names = "--publisher", paramLabel = "P", description = "the article's publisher")
	String publisher;

	@Option(names = "--published", paramLabel = "YYYY-MM-DD",
			description = "the article's date, or YYYY-MM or YYYY when it gives no more (these four fill in or override "
					+ "its front matter)")
	String published;

	@Mixin
	ServiceOptions serviceOptions = new ServiceOptions();

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	IngestCommand(Class<?> application, PrintStream out, PrintStream err) {
		super(application, out, err);
	}

	@Override
	public Integer call() {
		List<String> settings = settings();
		var metadata = new ArticleMetadata(this.url, this.title, this.publisher, this.published);
		String address = this.serviceOptions.address();
		var client = this.serviceOptions.client();
		boolean remote = this.serviceOptions.remote(client);
		if (!remote && this.serviceOptions.service != null && !this.serviceOptions.local) {
			this.err.println("ingest: no service answers at " + address);
			return Commands.FAILED;
		}
		ConfigurableApplicationContext context = null;
		Ingestion ingestion = null;
		if (!remote) {
			try {
				context = LocalStore.open(this.application, settings);
				ingestion = context.getBean(Ingestion.class);
			}
			catch (RuntimeException ex) {
				this.err.println("ingest: " + LocalStore.explain(ex));
				return Commands.FAILED;
			}
		}
		else {
			this.err.println("ingest: through the service at " + client.base());
		}
		int failed = 0;
		var progress = new Progress(this.err, this.files.size());
		var printer = new ReportPrinter(this.out);
		try {
			int done = 0;
			for (String operand : this.files) {
				progress.step(done, operand);
				Map<String, Object> report = remote ? remote(client, operand, metadata, this.dryRun)
						: local(ingestion, operand, metadata, this.dryRun);
				done++;
				if ("FAILED".equals(report.get("outcome"))) {
					failed++;
				}
				if (this.json) {
					this.out.println(this.jsonMapper.writeValueAsString(report));
				}
				else {
					printer.print(report);
				}
				this.out.flush();
				progress.step(done, operand);
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
		if (!this.json) {
			this.out.println();
			this.out.println((this.files.size() - failed) + " of " + this.files.size() + " file(s) "
					+ (this.dryRun ? "previewed" : "ingested") + (failed > 0 ? ", " + failed + " failed" : ""));
		}
		return failed > 0 ? Commands.FAILED : Commands.DONE;
	}

	private Map<String, Object> local(Ingestion ingestion, String operand, ArticleMetadata metadata, boolean dryRun) {
		try {
			byte[] content = Files.readAllBytes(Path.of(operand));
			IngestReport report;
			if (isFactFile(operand)) {
				report = dryRun ? ingestion.previewFacts(content, operand) : ingestion.ingestFacts(content, operand);
			}
			else {
				ArticleDocument document = ArticleReader.read(operand, content, metadata);
				report = dryRun ? ingestion.preview(document) : ingestion.ingest(document);
			}
			return toMap(report);
		}
		catch (IOException ex) {
			return failed(operand, "cannot read the file: " + ex.getMessage());
		}
		catch (InvalidArticleException | InvalidFactFileException ex) {
			return failed(operand, ex.getMessage());
		}
		catch (RuntimeException ex) {
			return failed(operand, "not ingested: " + ex.getMessage());
		}
	}

	private Map<String, Object> remote(ServiceClient client, String operand, ArticleMetadata metadata,
			boolean dryRun) {
		byte[] content;
		try {
			content = Files.readAllBytes(Path.of(operand));
		}
		catch (IOException ex) {
			return failed(operand, "cannot read the file: " + ex.getMessage());
		}
		ServiceClient.Result result;
		String name = Path.of(operand).getFileName().toString();
		if (isFactFile(operand)) {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("content", new String(content, StandardCharsets.UTF_8));
			variables.put("name", name);
			variables.put("dryRun", dryRun);
			result = client.execute(FACTS_MUTATION, variables);
		}
		else {
			try {
				ArticleReader.read(operand, content, metadata);
			}
			catch (InvalidArticleException ex) {
				return failed(operand, ex.getMessage());
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("text", new String(content, StandardCharsets.UTF_8));
			input.put("name", name);
			input.put("url", metadata.url());
			input.put("title", metadata.title());
			input.put("publisher", metadata.publisher());
			input.put("published", metadata.published());
			result = client.execute(ARTICLE_MUTATION.formatted(dryRun ? "previewArticle" : "ingestArticle"),
					Map.of("input", input));
		}
		if (!result.errors().isEmpty() || result.data() == null) {
			return failed(operand, String.join("; ", result.errors()));
		}
		var field = Values.map(result.data().values().iterator().next());
		var report = new LinkedHashMap<>(Values.map(field, "document"));
		report.put("file", operand);
		return report;
	}

	private static boolean isFactFile(String operand) {
		return operand.toLowerCase().endsWith(".json");
	}

	private Map<String, Object> failed(String operand, String problem) {
		return toMap(IngestReport.failed(operand, List.of(problem)));
	}

	private Map<String, Object> toMap(IngestReport report) {
		return Values.map(this.jsonMapper.convertValue(report, LinkedHashMap.class));
	}

}
