package org.chinatechgraph.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.cli.Commands;
import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.GraphDump;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export to fact files and restore from them give back the very same graph: every node with its labels and
 * properties, every relationship with its type, endpoints and properties (sources and sentences in their order,
 * money, dates), every source with its content hash. The commands say clearly when they cannot run.
 */
@SystemTest
class BackupRoundTripTests {

	/** Two sources stating the same investment and partnership (the second one the other way round), then the first corrected. */
	private static final String X = """
			{"source": {"id": "article:backup-test-x", "kind": "news", "title": "Maker signs for a plant",
			            "publisher": "Test Wire", "url": "https://example.org/x", "publishedOn": "2021-03"},
			 "nodes": [
			   {"id": "company:backup-test-maker", "label": "Company", "name": "Backup Test Maker", "aliases": ["BTM"],
			    "nameZh": "测试制造", "country": "CN", "evidence": ["Backup Test Maker (BTM) signed."]},
			   {"id": "project:backup-test-plant", "label": "Project", "name": "Backup test plant", "status": "signed",
			    "signedOn": "2021-03-05", "phases": 2, "investment": {"amount": 12500000.75, "currency": "USD", "text": "USD 12.5 million"},
			    "evidence": ["The plant was signed on 5 March."]},
			   {"id": "province:zhejiang", "label": "Province"},
			   {"id": "university:peking-university", "label": "University"}],
			 "relationships": [
			   {"type": "INVESTS_IN", "from": "company:backup-test-maker", "to": "project:backup-test-plant",
			    "amount": {"amount": 300000000, "currency": "CNY", "text": "300 million yuan", "year": 2021},
			    "evidence": ["Maker puts in 300 million yuan."%s]},
			   {"type": "LOCATED_IN", "from": "project:backup-test-plant", "to": "province:zhejiang", "evidence": ["It is in Zhejiang."]},
			   {"type": "PARTNERS_WITH", "from": "company:backup-test-maker", "to": "university:peking-university",
			    "kind": "joint lab", "status": "active", "since": "2021-03", "evidence": ["They run a joint lab."]}]}
			""";

	private static final String Y = """
			{"source": {"id": "article:backup-test-y", "kind": "news", "title": "More on the plant", "publishedOn": "2022-01-10"},
			 "nodes": [
			   {"id": "company:backup-test-maker", "label": "Company", "aliases": ["Maker Co.", "BTM"], "evidence": ["Maker Co. again."]},
			   {"id": "project:backup-test-plant", "label": "Project", "evidence": []},
			   {"id": "university:peking-university", "label": "University", "evidence": ["PKU says so."]}],
			 "relationships": [
			   {"type": "INVESTS_IN", "from": "company:backup-test-maker", "to": "project:backup-test-plant",
			    "evidence": ["Y confirms the money.", "And again."]},
			   {"type": "PARTNERS_WITH", "from": "university:peking-university", "to": "company:backup-test-maker",
			    "kind": "cooperation agreement", "evidence": ["PKU signed with the maker."]}]}
			""";

	@Test
	void exportAndRestoreGiveBackTheSameGraph(@TempDir Path work) throws Exception {
		Path original = work.resolve("original");
		Path export = work.resolve("export");
		Path restored = work.resolve("restored");
		GraphDump before;
		GraphExport exported;
		try (var service = RunningService.start("ctg.embedded.data-dir=" + original, "ctg.embedded.bolt-port=0")) {
			var loader = service.context().getBean(FactLoader.class);
			loader.load(bytes(X.formatted("")), "x.json");
			loader.load(bytes(Y), "y.json");
			loader.load(bytes(X.formatted(", \"Corrected: 300 million yuan in two tranches.\"")), "x.json");
			assertThat(sources(service)).as("the corrected source now comes last")
				.containsExactly("article:backup-test-y", "article:backup-test-x");
			before = GraphDump.of(service.context().getBean(Neo4jClient.class));

			exported = service.context().getBean(GraphExporter.class).exportTo(export);

			assertThat(exported.warnings()).isEmpty();
			var held = run("export", work.resolve("elsewhere").toString(),
					"--ctg.embedded.data-dir=" + original);
			assertThat(held.status()).as("export of a store a running service holds").isEqualTo(1);
			assertThat(held.err()).contains("the store is in use").contains("Stop it first");
		}
		assertThat(Files.readString(export.resolve("manifest.tsv"))).contains("article:backup-test-x");
		assertThat(exported.nodes() + exported.relationships()).isEqualTo(before.size());

		var restore = run("restore", export.toString(), "--ctg.embedded.data-dir=" + restored);
		assertThat(restore.status()).as(restore.err()).isZero();
		assertThat(restore.out()).contains("Restored " + exported.files().size() + " sources");
		var again = run("restore", export.toString(), "--ctg.embedded.data-dir=" + restored);
		assertThat(again.status()).isEqualTo(1);
		assertThat(again.err()).contains("not empty");

		var dbms = new DatabaseManagementServiceBuilder(restored).build();
		try {
			GraphDump after = GraphDump.of(dbms);
			assertThat(after.lines()).containsExactlyElementsOf(before.lines());
		}
		finally {
			dbms.shutdown();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> sources(RunningService service) {
		return (List<Object>) service.context()
			.getBean(Neo4jClient.class)
			.query("MATCH ({id: 'company:backup-test-maker'})-[r:INVESTS_IN]->() RETURN r.sources AS sources")
			.fetch()
			.one()
			.orElseThrow()
			.get("sources");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	record Outcome(int status, String out, String err) {
	}

	/** Runs a command as {@code main} would, capturing what it prints. */
	private static synchronized Outcome run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var capturedOut = new ByteArrayOutputStream();
		var capturedErr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
			int status = new Commands(ChinaTechGraphApplication.class).run(args);
			return new Outcome(status, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
			out.print(capturedOut.toString(StandardCharsets.UTF_8));
			err.print(capturedErr.toString(StandardCharsets.UTF_8));
		}
	}

}
