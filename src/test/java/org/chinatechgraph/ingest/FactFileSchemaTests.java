package org.chinatechgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.chinatechgraph.support.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact file the repository ships is valid against the published fact-file schema. */
class FactFileSchemaTests {

	static Stream<Path> factFiles() throws IOException {
		return Stream.of("facts/seed", "facts/reference")
			.flatMap(dir -> {
				try {
					return Files.list(Path.of(dir));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.filter(p -> p.toString().endsWith(".json"))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("factFiles")
	void isValidAgainstTheSchema(Path file) throws IOException {
		assertThat(JsonSchemas.problems(JsonSchemas.load("fact-file.schema.json"), Files.readString(file)))
			.as(file.toString())
			.isEmpty();
	}

	@Test
	void rejectsAFileThatBreaksIt() {
		assertThat(JsonSchemas.problems(JsonSchemas.load("fact-file.schema.json"), """
				{"source": {"id": "article:x", "kind": "blog", "title": "T"}, "nodes": [{"label": "Company"}], "relationships": []}
				""")).hasSizeGreaterThanOrEqualTo(2);
	}

}
