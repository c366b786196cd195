package org.chinatechgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code merge} and {@code unmerge} commands on a store they open themselves. */
@SystemTest
class MergeCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(boolean undo, String... args) {
		this.out.reset();
		this.err.reset();
		List<String> line = new ArrayList<>(List.of(undo ? "unmerge" : "merge"));
		line.addAll(List.of(args));
		return new Commands(ChinaTechGraphApplication.class).execute(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), line.toArray(String[]::new));
	}

	@Test
	void mergesAndUndoesAndSaysWhatWentWrong() {
		String store = "--ctg.embedded.data-dir=" + this.dir.resolve("store");

		assertThat(run(false, "--local", store, "university:peking-university",
				"university:national-university-of-defense-technology")).isZero();
		String said = this.out.toString(StandardCharsets.UTF_8);
		assertThat(said).contains("university:national-university-of-defense-technology merged into "
				+ "university:peking-university");
		var undo = Pattern.compile("unmerge (merge:\\S+)").matcher(said);
		assertThat(undo.find()).isTrue();

		assertThat(run(true, "--local", store, undo.group(1))).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("is back beside university:peking-university");

		assertThat(run(true, "--local", store, undo.group(1))).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("already undone");
		assertThat(run(false, "--local", store, "province:jiangxi")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("merge: Missing required parameter: 'MERGED_ID'",
				"merge --help");
	}

}
