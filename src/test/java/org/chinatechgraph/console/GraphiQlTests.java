package org.chinatechgraph.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL at /graphiql, in Chromium: a tab per example operation, each one runs, and the docs show the schema. */
@SystemTest
class GraphiQlTests extends ConsoleTest {

	@Test
	void opensATabPerExampleAndEveryOneRuns() throws IOException {
		List<String> operations = exampleOperations();
		Chromium chromium = chromium();
		chromium.open(url("/graphiql"));
		chromium.waitFor(30, "a tab per example", driver -> tabs(chromium).size() == operations.size());
		assertThat(tabs(chromium)).extracting(WebElement::getText).containsExactlyElementsOf(operations);

		for (int i = 0; i < operations.size(); i++) {
			String name = operations.get(i);
			tabs(chromium).get(i).click();
			chromium.waitFor(10, name + " in the editor", driver -> chromium.find(".graphiql-tab-active").getText()
				.equals(name) && chromium.find(".graphiql-query-editor").getText().contains("query " + name));
			chromium.find(".graphiql-execute-button").click();
			String result = chromium.waitFor(30, name + " answers",
					driver -> resultText(chromium).contains("\"data\"") ? resultText(chromium) : null);
			assertThat(result).as(name).doesNotContain("\"errors\"");
			if (name.equals("TianyouToJiangxi")) {
				assertThat(result).contains("company:dongguan-tianyou-semiconductor");
				chromium.screenshot("graphiql-tianyou-to-jiangxi");
			}
		}
		assertNoConsoleErrors(message -> false);
	}

	@Test
	void docsExplorerShowsTheSchema() {
		Chromium chromium = chromium();
		chromium.open(url("/graphiql/"));
		chromium.waitFor(30, "GraphiQL", driver -> !chromium.findAll("[aria-label='Show Documentation Explorer']").isEmpty());
		chromium.find("[aria-label='Show Documentation Explorer']").click();
		chromium.waitFor(30, "the schema's root type",
				driver -> chromium.find(".graphiql-doc-explorer").getText().contains("query: Query"));
		chromium.find(".graphiql-doc-explorer").findElement(By.linkText("Query")).click();
		chromium.waitFor(10, "the fields of Query", driver -> chromium.find(".graphiql-doc-explorer").getText()
			.contains("investmentSummary"));
		assertThat(chromium.find(".graphiql-doc-explorer").getText()).contains("projects", "search", "connection");
		chromium.screenshot("graphiql-docs");
		assertNoConsoleErrors(message -> false);
	}

	private static List<WebElement> tabs(Chromium chromium) {
		return chromium.findAll(".graphiql-tab .graphiql-tab-button");
	}

	private static String resultText(Chromium chromium) {
		return chromium.find(".result-window").getText();
	}

	/** The operation names of graphql/examples/*.graphql, by file name: GraphiQL titles each tab so. */
	private static List<String> exampleOperations() throws IOException {
		Pattern operation = Pattern.compile("^(?:query|mutation)\\s+(\\w+)", Pattern.MULTILINE);
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql/examples/*.graphql");
		List<String> names = new ArrayList<>();
		for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
			Matcher matcher = operation.matcher(file.getContentAsString(StandardCharsets.UTF_8));
			assertThat(matcher.find()).as("%s names its operation", file.getFilename()).isTrue();
			names.add(matcher.group(1));
		}
		return names;
	}

}
