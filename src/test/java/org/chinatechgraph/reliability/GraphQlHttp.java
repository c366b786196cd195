package org.chinatechgraph.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of {@code /graphql} on loopback, as any client would send requests: raw bodies, any content
 * type, a time limit on each request.
 */
final class GraphQlHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final URI endpoint;

	private final Duration timeout;

	private final String authorization;

	GraphQlHttp(int port, Duration timeout) {
		this(port, timeout, null);
	}

	/** A client that sends the given {@code Authorization} header with every request. */
	GraphQlHttp(int port, Duration timeout, String authorization) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.timeout = timeout;
		this.authorization = authorization;
	}

	/** What came back: the status (0 when the time ran out or the connection failed), the body and the time taken. */
	record Reply(int status, String body, long micros, String failure) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		boolean timedOut() {
			return this.failure != null && this.failure.startsWith("timeout");
		}

	}

	/** Posts a GraphQL request as JSON. */
	Reply query(String document, Map<String, Object> variables) {
		Map<String, Object> body = variables == null ? Map.of("query", document)
				: Map.of("query", document, "variables", variables);
		return post(JSON.writeValueAsBytes(body), "application/json");
	}

	Reply query(String document) {
		return query(document, null);
	}

	/** Posts any bytes with any content type (null: none). */
	Reply post(byte[] body, String contentType) {
		var request = HttpRequest.newBuilder(this.endpoint)
			.timeout(this.timeout)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return send(request.build());
	}

	Reply get(String query) {
		return send(HttpRequest.newBuilder(URI.create(this.endpoint + "?query="
				+ java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(this.timeout).GET().build());
	}

	private Reply send(HttpRequest request) {
		long start = System.nanoTime();
		try {
			var response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body(), (System.nanoTime() - start) / 1000, null);
		}
		catch (HttpTimeoutException ex) {
			return new Reply(0, "", (System.nanoTime() - start) / 1000, "timeout: " + ex.getMessage());
		}
		catch (IOException ex) {
			return new Reply(0, "", (System.nanoTime() - start) / 1000, "io: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Reply(0, "", (System.nanoTime() - start) / 1000, "interrupted");
		}
	}

}
