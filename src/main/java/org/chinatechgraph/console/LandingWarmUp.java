package org.chinatechgraph.console;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chinatechgraph.graph.ReadCache;
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
 * Asks the explorer's landing questions (the documents and variables the page sends first, no filter chosen, written
 * by the explorer's build from its {@code queries.js} into {@value #QUESTIONS}) through the public API once the
 * service is up, in the background, as the page would: over HTTP on the loopback interface, so that the web server,
 * the security chain and the GraphQL handler get their first request too (about 0.3 s of a first request's time
 * here), or in-process when that address is not served (TLS, or a server bound to another address). On a first
 * start nothing else would have read their aggregates or planned their statements, and the first visitor would wait
 * seconds for them (the seed graph: 3.6 s, against 0.2 s after the warm-up). A service that keeps questions from an
 * earlier run asks those instead ({@link ReadCache#keepsQuestions()}); the commands, which serve no pages, ask
 * nothing.
 */
@Component
class LandingWarmUp {

	static final String QUESTIONS = "static/explorer/landing.json";

	private static final Logger log = LoggerFactory.getLogger(LandingWarmUp.class);

	/** One request of the landing view: the view that sends it, its document and its variables. */
	record Question(String view, String query, Map<String, Object> variables) {
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
		if (this.properties.warmUp() && !this.cache.keepsQuestions()
				&& event.getApplicationContext() instanceof WebServerApplicationContext web) {
			var environment = web.getEnvironment();
			URI endpoint = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? null
					: URI.create("http://127.0.0.1:" + web.getWebServer().getPort()
							+ environment.getProperty("server.servlet.context-path", "")
							+ environment.getProperty("spring.graphql.http.path", "/graphql"));
			Thread.ofPlatform().daemon().name("landing-warm-up").start(() -> warm(endpoint));
		}
	}

	/**
	 * Asks each landing question once, one after the other, over HTTP at {@code endpoint} (null: in-process, as for
	 * any question HTTP did not answer); returns the views answered without an error.
	 */
	List<String> warm(URI endpoint) {
		List<String> answered = new ArrayList<>();
		HttpClient http = (endpoint == null) ? null
				: HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (Question question : questions()) {
			if (http != null && overHttp(http, endpoint, question)) {
				answered.add(question.view());
				continue;
			}
			try {
				var request = new DefaultExecutionGraphQlRequest(question.query(), null, question.variables(), Map.of(),
						"landing-warm-up-" + question.view(), Locale.ROOT);
				var response = this.graphQl.execute(request).block();
				if (response != null && response.getErrors().isEmpty()) {
					answered.add(question.view());
				}
				else {
					log.debug("The landing question of {} was answered with errors: {}", question.view(),
							response == null ? "none" : response.getErrors());
				}
			}
			catch (RuntimeException ex) {
				log.debug("The landing question of {} was not answered", question.view(), ex);
			}
		}
		return answered;
	}

	/** Whether the service answered the question over HTTP without an error. */
	static boolean overHttp(HttpClient http, URI endpoint, Question question) {
		try {
			byte[] body = JsonMapper.shared()
				.writeValueAsBytes(Map.of("query", question.query(), "variables", question.variables()));
			var response = http.send(HttpRequest.newBuilder(endpoint)
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && !JsonMapper.shared().readTree(response.body()).has("errors");
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The landing question of {} was not answered over HTTP", question.view(), ex);
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static List<Question> questions() {
		try (InputStream in = new ClassPathResource(QUESTIONS).getInputStream()) {
			return List.of(JsonMapper.shared().readValue(in, Question[].class));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("No landing questions to ask at start ({}): {}", QUESTIONS, ex.toString());
			return List.of();
		}
	}

}
