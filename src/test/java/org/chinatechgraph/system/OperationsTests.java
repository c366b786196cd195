package org.chinatechgraph.system;

import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on: health probes, Prometheus metrics by operation (to the ops role only), and a request id on
 * every request.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests extends ServiceTest {

	@LocalServerPort
	int port;

	private WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void livenessAndReadinessAreUp() {
		http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
		http().get().uri("/actuator/health/readiness").header("X-API-Key", TestCredentials.OPS_ONLY_KEY).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void onlyTheHealthStatusIsPublic() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			http().get().uri(path).exchange().expectStatus().isOk()
				.expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
				.jsonPath("$.details").doesNotExist();
		}
		for (String path : new String[] { "/actuator/prometheus", "/actuator", "/actuator/info" }) {
			http().get().uri(path).exchange().expectStatus().isUnauthorized()
				.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
			http().get().uri(path).header("X-API-Key", TestCredentials.INGEST_ONLY_KEY).exchange()
				.expectStatus().isForbidden();
			http().get().uri(path).header("X-API-Key", "wrong-key").exchange().expectStatus().isUnauthorized();
		}
		http().get().uri("/actuator/health").header("X-API-Key", TestCredentials.INGEST_ONLY_KEY).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.components").doesNotExist();
		http().get().uri("/actuator/health").header("X-API-Key", TestCredentials.OPS_ONLY_KEY).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void prometheusHasRequestTimesAndErrorsByOperation() {
		this.graphQl.document("query SectorCount { sectors { totalCount } }").execute().errors().verify();
		this.graphQl.document("query MissingProject { project(id: \"project:none\") { id } }").execute();
		this.graphQl.document("query WithBatchLoads { projects(first: 3) { edges { node { investors { investor { id } } } } } }")
			.execute().errors().verify();
		String metrics = http().get().uri("/actuator/prometheus").header("X-API-Key", TestCredentials.OPS_ONLY_KEY)
			.exchange().expectStatus().isOk()
			.returnResult(String.class).getResponseBody().collectList().block().stream()
			.reduce("", String::concat);
		assertThat(metrics).containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"SectorCount\"[^}]*outcome=\"SUCCESS\"")
			.containsPattern("graphql_errors_total\\{classification=\"NOT_FOUND\",operation=\"MissingProject\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"WithBatchLoads\"")
			// per-field and per-batch-load timers are off unless ctg.performance.field-metrics asks for them
			.doesNotContain("graphql_datafetcher")
			.doesNotContain("graphql_dataloader");
	}

	@Test
	void everyResponseCarriesARequestId() {
		http().get().uri("/actuator/health").header("X-Request-Id", "abc-123").exchange()
			.expectHeader().valueEquals("X-Request-Id", "abc-123");
		String generated = http().post().uri("/graphql").header("X-Request-Id", "bad id\twith<stuff>")
			.header("Content-Type", "application/json").bodyValue("{\"query\":\"{ __typename }\"}").exchange()
			.returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
		assertThat(generated).matches("[0-9a-f-]{36}");
	}

	@Test
	void logLinesOfARequestCarryItsId(CapturedOutput output) {
		http().post().uri("/graphql").header("X-Request-Id", "log-line-id-42")
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ sectors { totalCount } }\"}").header("X-API-Key", "wrong-key").exchange();
		assertThat(output.getAll()).containsPattern("\\[log-line-id-42\\].*Refused credentials: unknown API key")
			.doesNotContain("wrong-key");
	}

}
