package org.chinatechgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence the seed fact files quote is, word for word, in the article they name: the curated graph
 * states nothing its sources do not. The articles live beside the repository ({@code seeds.dir}).
 */
class SeedEvidenceTests {

	private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));

	@Test
	void everyQuotedSentenceIsInItsArticle() throws IOException {
		assertThat(SEEDS).as("the seed articles, at %s", SEEDS.toAbsolutePath()).isDirectory();
		List<Path> files;
		try (var listing = Files.list(Path.of("facts/seed"))) {
			files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
		}
		assertThat(files).hasSize(5);
		var json = JsonMapper.builder().build();
		for (Path file : files) {
			JsonNode facts = json.readTree(file.toFile());
			String article = Files.readString(SEEDS.resolve(facts.get("source").get("file").asString()),
					StandardCharsets.UTF_8);
			List<String> quotes = new ArrayList<>();
			facts.get("nodes").forEach(node -> node.path("evidence").forEach(e -> quotes.add(e.asString())));
			facts.get("relationships").forEach(rel -> rel.path("evidence").forEach(e -> quotes.add(e.asString())));
			assertThat(quotes).as(file.toString()).isNotEmpty()
				.allSatisfy(quote -> assertThat(article).as(file.toString()).contains(quote));
		}
	}

}
