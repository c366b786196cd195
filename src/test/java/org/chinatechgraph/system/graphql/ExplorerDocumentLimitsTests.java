package org.chinatechgraph.system.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import org.chinatechgraph.graph.ListSizes;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.system.QueryLimits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL document the explorer sends (src/main/frontend/explorer/src/queries.js, read as it is) is valid
 * and within the limits: on the seed graph, each query is run over HTTP with the variables the explorer sends and
 * answers without an error; and each one's complexity is checked against bounds of a graph with hubs (every
 * relationship list up to {@value #HUB} long, as a firm on the medium benchmark graph can have thousands of links).
 */
class ExplorerDocumentLimitsTests extends ServiceTest {

	private static final Path QUERIES = Path.of("src/main/frontend/explorer/src/queries.js");

	/** The longest relationship list of the graph with hubs. */
	private static final int HUB = 5000;

	/** The most articles stating one relationship, in the graph with hubs. */
	private static final int SOURCES = 10;

	private static final Pattern CONSTANT = Pattern.compile("export const (\\w+) = (['`])(.*?)\\2;", Pattern.DOTALL);

	private static final Pattern LINK_QUERY = Pattern.compile("\\n  (\\w+): `(.*?)`,", Pattern.DOTALL);

	private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{(\\w+)}");

	private static final Pattern INCLUDE_VARIABLE = Pattern.compile("\\$(\\w+): Boolean = false");

	@Autowired
	private GraphQlSource source;

	@Autowired
	private QueryLimits limits;

	@Autowired
	private ListSizes listSizes;

	/** A document of the explorer, with a representative set of the variables it is sent with. */
	record Request(String name, String document, Map<String, Object> variables) {
	}

	@Test
	void everyQueryAnswersOnTheSeedGraph() throws IOException {
		List<Request> requests = requests();
		assertThat(requests).hasSizeGreaterThan(20);
		for (Request request : requests) {
			if (request.document().startsWith("mutation")) {
				continue; // checked below, not run: they write
			}
			this.graphQl.document(request.document())
				.variables(request.variables())
				.execute()
				.errors()
				.verify();
		}
	}

	/**
	 * The questions the service asks itself at start (warm-up.json, written by the explorer's build from queries.js)
	 * are documents of queries.js as it is now: a document changed without a new build fails here.
	 */
	@Test
	void theWarmUpQuestionsAreDocumentsOfTheExplorerAsItIs() throws IOException {
		var documents = requests().stream().map(Request::document).collect(java.util.stream.Collectors.toSet());
		var warmUp = tools.jackson.databind.json.JsonMapper.shared()
			.readTree(Files.readString(Path.of("src/main/resources/static/explorer/warm-up.json")));
		assertThat(warmUp.get("landing")).hasSize(4);
		assertThat(warmUp.get("documents")).isNotEmpty();
		for (String part : List.of("landing", "documents")) {
			for (var question : warmUp.get(part)) {
				assertThat(documents).as(part + " " + question.get("view").asString())
					.contains(question.get("query").asString());
			}
		}
	}

	@Test
	void everyDocumentIsValidAndWithinTheLimitsOnTheSeedGraphAndOnAGraphWithHubs() throws IOException {
		GraphQLSchema schema = this.source.schema();
		// where the seed graph bounds a list, a graph with hubs has much longer relationship lists
		ListBounds hubs = (type, field) -> {
			Lengths seed = this.listSizes.of(type, field);
			return switch (field) {
				case "sources" -> (seed == null) ? seed : seed.plus(Lengths.atMost(SOURCES));
				case "ancestors", "places", "programs" -> seed;
				default -> (seed == null) ? seed : Lengths.atMost(HUB);
			};
		};
		var seedCheck = new QueryLimitsInstrumentation(this.limits, provider(this.listSizes));
		var hubCheck = new QueryLimitsInstrumentation(this.limits, provider(hubs));
		List<String> refused = new ArrayList<>();
		for (Request request : requests()) {
			ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(schema,
					ExecutionInput.newExecutionInput(request.document()).variables(request.variables()).build());
			assertThat(parsed.getErrors()).as(request.name()).isEmpty();
			var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
					schema, parsed.getDocument(), null, RawVariables.of(request.variables()));
			for (var check : List.of(seedCheck, hubCheck)) {
				try {
					check.checkOperation(operation.getTopLevelFields(), schema, request.document().startsWith("mutation"));
				}
				catch (LimitExceededException ex) {
					refused.add(request.name() + (check == seedCheck ? " (seed)" : " (hubs)") + ": " + ex);
				}
			}
		}
		assertThat(refused).isEmpty();
	}

	private static org.springframework.beans.factory.ObjectProvider<ListBounds> provider(ListBounds bounds) {
		var factory = new StaticListableBeanFactory();
		factory.addBean("bounds", bounds);
		return factory.getBeanProvider(ListBounds.class);
	}

	/** Every document of queries.js, the entity page's links once per kind, each with its variables. */
	private List<Request> requests() throws IOException {
		String js = Files.readString(QUERIES);
		Map<String, String> constants = new LinkedHashMap<>();
		Matcher constant = CONSTANT.matcher(js);
		while (constant.find()) {
			constants.put(constant.group(1), substitute(constant.group(3), constants));
		}
		Map<String, String> linkQueries = new LinkedHashMap<>();
		String links = js.substring(js.indexOf("export const LINK_QUERIES"));
		links = links.substring(0, links.indexOf("\n};"));
		Matcher link = LINK_QUERY.matcher(links);
		while (link.find()) {
			linkQueries.put(link.group(1), substitute(link.group(2), constants));
		}
		assertThat(linkQueries).containsOnlyKeys("Project", "Organization", "Park", "Place", "Program", "Sector",
				"Article");
		Map<String, Object> filter = Map.of("years", List.of(2020, 2021, 2022, 2023, 2024, 2025), "sector",
				"sector:semiconductors");
		Map<String, Object> province = Map.of("place", "province:jiangsu");
		Map<String, Object> article = Map.of("input", Map.of("text", "Huawei invests in Kunshan."));
		Map<String, Map<String, Object>> variables = Map.ofEntries(
				Map.entry("PROVINCE_QUERY", Map.of("filter", filter)),
				Map.entry("SETUP_QUERY", Map.of()),
				Map.entry("CITY_QUERY", Map.of("filter", province, "province", "province:jiangsu")),
				Map.entry("DISTRICT_QUERY", Map.of("filter", Map.of("place", "province:beijing"), "province", "province:beijing")),
				Map.entry("PLACE_PROJECTS_QUERY", Map.of("filter", province)),
				Map.entry("TIMELINE_QUERY", Map.of("filter", Map.of())),
				Map.entry("ORGANIZATIONS_QUERY", Map.of("filter", filter)),
				Map.entry("SEARCH_QUERY", Map.of("text", "Kunshan")),
				Map.entry("PREVIEW", article),
				Map.entry("INGEST", article),
				Map.entry("MERGE", Map.of("keep", "company:a", "merge", "company:b")));
		List<Request> requests = new ArrayList<>();
		constants.forEach((name, document) -> {
			if (name.equals("ENTITY_QUERY")) {
				linkQueries.keySet().forEach(type -> requests.add(new Request(name + " " + type, document,
						Map.of("id", hub(type), "reports", 10))));
			}
			else if (document.startsWith("query") || document.startsWith("mutation")) {
				assertThat(variables).as(name).containsKey(name);
				requests.add(new Request(name, document, variables.get(name)));
			}
		});
		linkQueries.forEach((type, document) -> {
			Matcher kind = INCLUDE_VARIABLE.matcher(document);
			int kinds = 0;
			while (kind.find()) {
				kinds++;
				// the first page with the sentences, "Show more" without them
				requests.add(new Request(type + "Links " + kind.group(1) + " first 11", document,
						Map.of("id", hub(type), "first", 11, kind.group(1), true, "sentences", true)));
				requests.add(new Request(type + "Links " + kind.group(1) + " first 100", document,
						Map.of("id", hub(type), "first", 100, kind.group(1), true, "sentences", false)));
			}
			assertThat(kinds).as(type).isPositive();
		});
		return requests;
	}

	/** The node of a label with the most relationships in the seed graph. */
	private String hub(String label) {
		return (String) one("MATCH (n:" + label + ") RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC LIMIT 1",
				Map.of()).get("id");
	}

	private static String substitute(String text, Map<String, String> constants) {
		return SUBSTITUTION.matcher(text).replaceAll(m -> {
			assertThat(constants).as("a constant defined before its use").containsKey(m.group(1));
			return Matcher.quoteReplacement(constants.get(m.group(1)));
		});
	}

}
