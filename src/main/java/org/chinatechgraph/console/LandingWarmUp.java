package org.chinatechgraph.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.graph.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Asks the explorer's own questions through the public API once the service is up, in the background, as the page
 * would: over HTTP on the loopback interface, so that the web server, the security chain and the GraphQL handler get
 * their first requests too (about 0.3 s of a first request's time here), or in-process when that address is not
 * served (TLS, or a server bound to another address). What it asks, the explorer's build writes from its
 * {@code queries.js} into {@value #QUESTIONS}:
 * <ul>
 * <li>the landing view's requests, no filter chosen, when the service keeps no questions from an earlier run (which
 * it asks instead, {@link ReadCache#keepsQuestions()}): on a first start nothing else would have read their
 * aggregates, and the first visitor would wait seconds for them (the seed graph: 1.6–3.6 s, 0.06–0.17 s after this);
 * <li>at every start, each filtered view's requests under a filter of each shape the page sends, with values of this
 * graph: Neo4j plans a statement the first time its text (and its parameters' types, and a list's size class) comes,
 * 0.2–0.7 s for these on the medium benchmark graph, and a visitor's first filter would pay for several at once.
 * </ul>
 * The commands, which serve no pages, ask nothing.
 */
@Component
class LandingWarmUp {

	static final String QUESTIONS = "static/explorer/warm-up.json";

	/** The values the filters are made of: the largest sector, the years, the provinces by investment. */
	private static final String VALUES = """
			{ sectors(first: 1, orderBy: {field: PROJECT_COUNT, direction: DESC}) { edges { node { id } } }
			  years: investmentSummary(groupBy: YEAR) { groups { key } }
			  provinces: investmentSummary(groupBy: PROVINCE) { groups { key } } }""";

	private static final Logger log = LoggerFactory.getLogger(LandingWarmUp.class);

	private static final JsonMapper JSON = JsonMapper.shared();

	/** One request of the landing view: the view that sends it, its document and its variables. */
	record Question(String view, String query, Map<String, Object> variables) {
	}

	/** A filtered view's request: its variables besides the filter; {@code province}: it is about one province. */
	record Document(String view, String query, Map<String, Object> variables, Boolean province) {

		boolean aboutAProvince() {
			return Boolean.TRUE.equals(this.province);
		}

	}

	/** A filter's shape: whether it has a sector, and how many of the last years (null: none). */
	record Shape(Boolean sector, Integer years) {

		boolean withSector() {
			return Boolean.TRUE.equals(this.sector);
		}

	}

	/** What {@value #QUESTIONS} holds. */
	record Questions(List<Question> landing, List<Document> documents, List<Shape> filters) {
	}

	private final ExecutionGraphQlService graphQl;

	private final ReadCache cache;

	private final ExplorerProperties properties;

	LandingWarmUp(ExecutionGraphQlService graphQl, ReadCache cache, ExplorerProperties properties) {
		this.graphQl = graphQl;
		this.cache = cache;
		this.properties = properties;
	}

	@EventListener
	public void serviceReady(ApplicationReadyEvent event) {
		if (this.properties.warmUp() && event.getApplicationContext() instanceof WebServerApplicationContext web) {
			var environment = web.getEnvironment();
			URI endpoint = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? null
					: URI.create("http://127.0.0.1:" + web.getWebServer().getPort()
							+ environment.getProperty("server.servlet.context-path", "")
							+ environment.getProperty("spring.graphql.http.path", "/graphql"));
			boolean landing = !this.cache.keepsQuestions();
			Thread.ofPlatform().daemon().name("landing-warm-up").start(() -> {
				if (landing) {
					warm(endpoint);
				}
				warmFilters(endpoint);
			});
		}
	}

	/**
	 * Asks each landing question once, one after the other, over HTTP at {@code endpoint} (null: in-process, as for
	 * any question HTTP did not answer); returns the views answered without an error.
	 */
	List<String> warm(URI endpoint) {
		Asker asker = new Asker(endpoint);
		return questions().landing().stream()
			.filter(question -> asker.ask(question) != null)
			.map(Question::view)
			.toList();
	}

	/**
	 * Asks each filtered view's requests under a filter of each shape, with this graph's values; returns the
	 * filters asked with each view answered without an error, as {@code view filter}.
	 */
	List<String> warmFilters(URI endpoint) {
		Asker asker = new Asker(endpoint);
		Map<String, Object> values = asker.ask(new Question("values", VALUES, Map.of()));
		if (values == null) {
			return List.of();
		}
		String sector = Values.maps(Objects.requireNonNullElse(Values.map(values, "sectors"), Map.of()), "edges")
			.stream()
			.map(edge -> (String) Values.map(edge, "node").get("id"))
			.findFirst()
			.orElse(null);
		List<Integer> years = keys(values, "years").stream().map(Integer::valueOf).sorted().toList();
		String province = keys(values, "provinces").stream().findFirst().orElse(null);
		List<String> answered = new ArrayList<>();
		Questions questions = questions();
		for (Shape shape : questions.filters()) {
			Map<String, Object> filter = new HashMap<>();
			if (shape.withSector()) {
				filter.put("sector", sector);
			}
			if (shape.years() != null && !years.isEmpty()) {
				filter.put("years", years.subList(Math.max(0, years.size() - shape.years()), years.size()));
			}
			if (filter.containsValue(null) || (shape.years() != null && years.isEmpty())) {
				continue; // the graph has no such value
			}
			for (Document document : questions.documents()) {
				if (document.aboutAProvince() && province == null) {
					continue;
				}
				Map<String, Object> variables = new HashMap<>(document.variables());
				Map<String, Object> own = new HashMap<>(filter);
				if (document.aboutAProvince()) {
					own.put("place", province);
					variables.put("province", province);
				}
				variables.put("filter", own);
				if (asker.ask(new Question(document.view(), document.query(), variables)) != null) {
					answered.add(document.view() + " " + own);
				}
			}
		}
		return answered;
	}

	/** The keys of a summary's groups, in its order, the group of no key left out. */
	private static List<String> keys(Map<String, Object> values, String summary) {
		return Values.maps(Objects.requireNonNullElse(Values.map(values, summary), Map.of()), "groups").stream()
			.map(group -> (String) group.get("key"))
			.filter(Objects::nonNull)
			.toList();
	}

	/** Asks over HTTP when it can, else in-process; an answer with errors counts as none. */
	private final class Asker {

		private final URI endpoint;

		private final HttpClient http;

		Asker(URI endpoint) {
			this.endpoint = endpoint;
			this.http = (endpoint == null) ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		}

		/** The data of the answer, or null when it was not answered without an error. */
		Map<String, Object> ask(Question question) {
			if (this.http != null) {
				Map<String, Object> data = overHttp(this.http, this.endpoint, question);
				if (data != null) {
					return data;
				}
			}
			try {
				var request = new DefaultExecutionGraphQlRequest(question.query(), null, question.variables(), Map.of(),
						"warm-up-" + question.view(), Locale.ROOT);
				var response = LandingWarmUp.this.graphQl.execute(request).block();
				if (response != null && response.getErrors().isEmpty() && response.getData() instanceof Map<?, ?> data) {
					return Values.map(data);
				}
				log.debug("The warm-up question of {} was answered with errors: {}", question.view(),
						response == null ? "none" : response.getErrors());
			}
			catch (RuntimeException ex) {
				log.debug("The warm-up question of {} was not answered", question.view(), ex);
			}
			return null;
		}

	}

	/** The data the service answered over HTTP, or null when it did not answer without an error. */
	static Map<String, Object> overHttp(HttpClient http, URI endpoint, Question question) {
		try {
			byte[] body = JSON.writeValueAsBytes(Map.of("query", question.query(), "variables", question.variables()));
			var response = http.send(HttpRequest.newBuilder(endpoint)
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return null;
			}
			Map<String, Object> answer = Values.map(JSON.readValue(response.body(), Map.class));
			return answer.containsKey("errors") || !(answer.get("data") instanceof Map<?, ?>) ? null
					: Values.map(answer, "data");
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The warm-up question of {} was not answered over HTTP", question.view(), ex);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** What {@value #QUESTIONS} holds, read once. */
	static Questions questions() {
		return Read.ONCE;
	}

	private static final class Read {

		static final Questions ONCE = read();

		private static Questions read() {
			try (InputStream in = new ClassPathResource(QUESTIONS).getInputStream()) {
				return JSON.readValue(in, Questions.class);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("No questions to ask at start ({}): {}", QUESTIONS, ex.toString());
				return new Questions(List.of(), List.of(), List.of());
			}
		}

	}

}
