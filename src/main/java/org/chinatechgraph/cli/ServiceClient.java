package org.chinatechgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chinatechgraph.graph.Values;

import tools.jackson.databind.json.JsonMapper;

/** A running service reached over HTTP: whether it answers, and GraphQL operations sent with an API key. */
final class ServiceClient {

	private final URI base;

	private final String apiKey;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	ServiceClient(String base, String apiKey) {
		this.base = URI.create(base.endsWith("/") ? base : base + "/");
		this.apiKey = apiKey;
	}

	URI base() {
		return this.base;
	}

	/** True when a China Tech Graph service answers at the base address. */
	boolean isUp() {
		try {
			var response = this.http.send(HttpRequest.newBuilder(this.base.resolve("actuator/health/liveness"))
				.timeout(Duration.ofSeconds(2))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"status\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The result of one operation: its data, or the messages of its errors. */
	record Result(Map<String, Object> data, List<String> errors) {
	}

	Result execute(String document, Map<String, Object> variables) {
		var builder = HttpRequest.newBuilder(this.base.resolve("graphql"))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (this.apiKey != null && !this.apiKey.isBlank()) {
			builder.header("Authorization", "Bearer " + this.apiKey);
		}
		try {
			var response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, Object> body;
			try {
				body = Values.map(this.json.readValue(response.body(), Map.class));
			}
			catch (RuntimeException ex) {
				return new Result(null, List.of("the service answered HTTP " + response.statusCode()
						+ " with no GraphQL response"));
			}
			List<Map<String, Object>> errors = Values.maps(body, "errors");
			return new Result(Values.map(body, "data"), errors.stream().map(e -> {
				var extensions = Objects.requireNonNullElse(Values.map(e, "extensions"), Map.<String, Object>of());
				Object classification = extensions.get("classification");
				return (classification == null ? "" : classification + ": ") + e.get("message");
			}).toList());
		}
		catch (IOException ex) {
			return new Result(null, List.of("cannot reach the service at " + this.base + ": " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(null, List.of("interrupted"));
		}
	}

}
