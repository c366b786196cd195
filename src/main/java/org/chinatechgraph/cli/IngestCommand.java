package org.chinatechgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.ingest.InvalidFactFileException;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;
import org.chinatechgraph.ingest.article.InvalidArticleException;
import org.chinatechgraph.ingest.pipeline.IngestReport;
import org.chinatechgraph.ingest.pipeline.Ingestion;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ingest [--dry-run] [--json] FILE...}: articles ({@code .txt}, {@code .md}) and fact files ({@code .json}),
 * through the running service when one answers (with an API key), else on the store opened here. Each file is
 * reported on its own; a bad file is reported and the batch goes on; the exit status is 1 when any file failed.
 */
final class IngestCommand {

	static final String USAGE = """
			usage: ingest [--dry-run] [--json] [--url URL] [--title T] [--publisher P] [--published YYYY-MM-DD]
			              [--service http://host:port] [--api-key KEY] [--local] [--ctg.embedded.data-dir=DIR] FILE...
			  FILE             an article (.txt or .md, optionally opening with a front-matter block) or a fact file (.json)
			  --dry-run        show what would be added; write nothing
			  --json           one JSON document per file (facts/schema/ingest-report.schema.json)
			  --url, --title, --publisher, --published   the article's metadata (fills in or overrides its front matter)
			  --service        the running service (default $CTG_SERVICE_URL or http://localhost:8080, used if it answers)
			  --api-key        the service's API key for writes (default $CTG_API_KEY)
			  --local          open the store here even if a service answers
			""";

	private static final String ARTICLE_MUTATION = """
			mutation($input: ArticleInput!) { %s(input: $input) { document } }
			""";

	private static final String FACTS_MUTATION = """
			mutation($content: String!, $name: String, $dryRun: Boolean) {
			  ingestFactFile(content: $content, name: $name, dryRun: $dryRun) { document }
			}
			""";

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	private final JsonMapper json = JsonMapper.builder().build();

	IngestCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		CommandLine line = CommandLine.parse(args, Set.of("dry-run", "json", "local", "help"),
				Set.of("url", "title", "publisher", "published", "service", "api-key"));
		if (line.has("help") || line.operands().isEmpty()) {
			this.err.print(USAGE);
			return line.has("help") ? 0 : 2;
		}
		boolean dryRun = line.has("dry-run");
		var metadata = new ArticleMetadata(line.option("url"), line.option("title"), line.option("publisher"),
				line.option("published"));
		String service = firstSet(line.option("service"), System.getenv("CTG_SERVICE_URL"), "http://localhost:8080");
		var client = new ServiceClient(service, firstSet(line.option("api-key"), System.getenv("CTG_API_KEY"), null));
		boolean remote = !line.has("local") && client.isUp();
		if (!remote && line.option("service") != null && !line.has("local")) {
			this.err.println("ingest: no service answers at " + service);
			return 1;
		}
		ConfigurableApplicationContext context = null;
		Ingestion ingestion = null;
		if (!remote) {
			try {
				context = LocalStore.open(this.application, line.settings());
				ingestion = context.getBean(Ingestion.class);
			}
			catch (RuntimeException ex) {
				this.err.println("ingest: " + LocalStore.explain(ex));
				return 1;
			}
		}
		else {
			this.err.println("ingest: through the service at " + client.base());
		}
		int failed = 0;
		var progress = new Progress(this.err, line.operands().size());
		var printer = new ReportPrinter(this.out);
		try {
			int done = 0;
			for (String operand : line.operands()) {
				progress.step(done, operand);
				Map<String, Object> report = remote ? remote(client, operand, metadata, dryRun)
						: local(ingestion, operand, metadata, dryRun);
				done++;
				if ("FAILED".equals(report.get("outcome"))) {
					failed++;
				}
				if (line.has("json")) {
					this.out.println(this.json.writeValueAsString(report));
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
		if (!line.has("json")) {
			this.out.println();
			this.out.println((line.operands().size() - failed) + " of " + line.operands().size() + " file(s) "
					+ (dryRun ? "previewed" : "ingested") + (failed > 0 ? ", " + failed + " failed" : ""));
		}
		return failed > 0 ? 1 : 0;
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

	@SuppressWarnings("unchecked")
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
		var field = (Map<String, Object>) result.data().values().iterator().next();
		var report = new LinkedHashMap<>((Map<String, Object>) field.get("document"));
		report.put("file", operand);
		return report;
	}

	private static boolean isFactFile(String operand) {
		return operand.toLowerCase().endsWith(".json");
	}

	private Map<String, Object> failed(String operand, String problem) {
		return toMap(IngestReport.failed(operand, List.of(problem)));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> toMap(IngestReport report) {
		return this.json.convertValue(report, LinkedHashMap.class);
	}

	private static String firstSet(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
