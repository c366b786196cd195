package org.chinatechgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.support.JsonSchemas;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ingest} command on a store it opens itself: a batch with bad files in it is previewed and then
 * committed file by file, the bad ones reported and skipped, and a second run changes nothing.
 */
@SystemTest
class IngestCommandTests {

	static final String ARTICLE = """
			---
			url: https://news.example.com/2022/09/chengdu-fab
			title: A power chip line for Chengdu
			publisher: Example Wire
			published: 2022-09-14
			---
			Chengdu Xinyuan Power Semiconductor Co., Ltd. signed an agreement with the Chengdu Hi-tech Zone on \
			September 12 to build a power chip packaging project, with a total investment of 2 billion yuan.
			The project is located in Shuangliu District, Chengdu City, Sichuan Province.
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int ingest(String... args) {
		this.out.reset();
		this.err.reset();
		List<String> line = new java.util.ArrayList<>(List.of("ingest"));
		line.addAll(List.of(args));
		return new Commands(ChinaTechGraphApplication.class).execute(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), line.toArray(String[]::new));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> documents() {
		var json = JsonMapper.builder().build();
		return this.out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
			.map(l -> (Map<String, Object>) json.readValue(l, Map.class)).toList();
	}

	@Test
	void previewsThenCommitsABatchGoingOnPastBadFiles() throws IOException {
		Path article = write("chengdu.md", ARTICLE);
		Path empty = write("empty.txt", "");
		Path undated = write("undated.txt", "A chip plant was signed in Wuhan this April.");
		Path binary = this.dir.resolve("scan.pdf");
		Files.write(binary, new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, 3 });
		Path badFacts = write("bad.json", "{\"source\": {\"id\": \"article:x\"}, \"nodes\": [], \"relationships\": []}");
		String store = "--ctg.embedded.data-dir=" + this.dir.resolve("store");

		// a logging setting given is taken over the command's own quiet default (it used to fail the command)
		int status = ingest("--dry-run", "--json", "--local", store, "--logging.level.root=ERROR", article.toString(),
				empty.toString(), undated.toString(), binary.toString(), badFacts.toString());

		assertThat(status).isEqualTo(1);
		var documents = documents();
		assertThat(documents).extracting(d -> d.get("outcome"))
			.containsExactly("PREVIEW", "FAILED", "FAILED", "FAILED", "FAILED");
		var schema = JsonSchemas.load("ingest-report.schema.json");
		for (String line : this.out.toString(StandardCharsets.UTF_8).lines().toList()) {
			assertThat(JsonSchemas.problems(schema, line)).isEmpty();
		}
		assertThat(problems(documents.get(1))).singleElement().asString().contains("empty.txt", "empty");
		assertThat(problems(documents.get(2))).singleElement().asString().contains("undated.txt", "publication date");
		assertThat(problems(documents.get(3))).singleElement().asString().contains("scan.pdf", "binary");
		assertThat(problems(documents.get(4))).singleElement().asString().contains("bad.json");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("5/5");
		var preview = documents.get(0);
		assertThat((List<Map<String, Object>>) preview.get("entities")).anySatisfy(e -> {
			assertThat(e.get("kind")).isEqualTo("Province");
			assertThat(e.get("match")).isEqualTo("province:sichuan");
		});

		assertThat(ingest("--local", store, article.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("[ADDED]", "1 of 1 file(s) ingested");

		assertThat(ingest("--json", "--local", store, article.toString(), empty.toString())).isEqualTo(1);
		assertThat(documents()).extracting(d -> d.get("outcome")).containsExactly("UNCHANGED", "FAILED");
	}

	@Test
	void goesThroughARunningServiceWithItsApiKey() throws IOException {
		Path article = write("chengdu.md", ARTICLE);
		List<String> settings = new java.util.ArrayList<>(TestCredentials.settings());
		settings.add("ctg.embedded.data-dir=" + this.dir.resolve("service-store"));
		settings.add("ctg.embedded.bolt-port=0");
		try (var service = RunningService.start(settings.toArray(String[]::new))) {
			assertThat(ingest("--json", "--service", service.baseUrl(), article.toString())).isEqualTo(1);
			assertThat(documents()).singleElement().satisfies(d -> {
				assertThat(d.get("outcome")).isEqualTo("FAILED");
				assertThat(problems(d)).singleElement().asString().contains("UNAUTHORIZED");
			});
			assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("through the service at");

			assertThat(ingest("--json", "--dry-run", "--service", service.baseUrl(), "--api-key",
					TestCredentials.API_KEY, article.toString())).isZero();
			assertThat(documents()).singleElement().satisfies(d -> assertThat(d.get("outcome")).isEqualTo("PREVIEW"));

			assertThat(ingest("--service", service.baseUrl(), "--api-key", TestCredentials.API_KEY,
					article.toString())).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("[ADDED]");
			service.graphQl().document("{ search(text: \"Xinyuan Power\") { entity { id } } }").execute()
				.path("search[*].entity.id").entityList(String.class)
				.satisfies(ids -> assertThat(ids).anyMatch(id -> id.startsWith("company:chengdu-xinyuan")));
		}
		assertThat(ingest("--service", "http://127.0.0.1:" + RunningService.freePort(), article.toString()))
			.isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no service answers");
	}

	@Test
	void saysHowToCallIt() {
		assertThat(ingest()).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("ingest: Missing required parameter: 'FILE'",
				"ingest --help");
		assertThat(ingest("--dry-rn", "x.txt")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("ingest: Unknown option: '--dry-rn'");
		assertThat(ingest("--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Usage:", "ingest", "--dry-run", "--json", "FILE");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> problems(Map<String, Object> document) {
		return (List<Object>) document.get("problems");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

}
