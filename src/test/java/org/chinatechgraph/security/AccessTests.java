package org.chinatechgraph.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.http.MediaType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads are open; a mutation without credentials is refused with UNAUTHORIZED, wrong credentials with HTTP 401, a
 * credential without the mutation's role with FORBIDDEN, and none of them changes anything; with an API key (as a
 * bearer token or in X-API-Key) or a user's password holding the role it runs.
 */
class AccessTests extends ServiceTest {

	private static final String RETRACT = "mutation { retractArticle(id: \"article:kiterocket-2020-04\") }";

	@Autowired
	FactLoader loader;

	@LocalServerPort
	int port;

	@BeforeEach
	void countFromZero() {
		this.roundTrips.reset();
	}

	@Test
	void aMutationWithoutCredentialsIsRefusedAndChangesNothing() {
		long articles = count("MATCH (a:Article) RETURN count(a)");
		this.roundTrips.reset();
		this.graphQl.document(RETRACT).execute().errors().satisfy(errors -> assertUnauthorized(errors, "is required"));
		assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isZero();
		assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(articles);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Authorization:Bearer not-the-key", "X-API-Key:not-the-key",
			"Authorization:Basic Y3VyYXRvcjp3cm9uZw==", "Authorization:Basic bm9ib2R5OmNvcnJlY3QgaG9yc2UgYmF0dGVyeSBzdGFwbGU=",
			"Authorization:Basic !!!", "Authorization:Digest x" })
	void wrongCredentialsAreRefusedForMutationsAndQueries(String header) {
		String[] parts = header.split(":", 2);
		for (String document : List.of(RETRACT, "{ sectors { totalCount } }")) {
			http().post().uri("/graphql").header(parts[0], parts[1]).contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", document)).exchange()
				.expectStatus().isUnauthorized()
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED")
				.jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message)
					.startsWith("Authentication failed").doesNotContain("not-the-key").doesNotContain(parts[1]))
				.jsonPath("$.data").doesNotExist();
		}
		assertThat(this.roundTrips.count()).isZero();
	}

	@Test
	void aCredentialWithoutTheMutationsRoleIsForbiddenAndChangesNothing() {
		long articles = count("MATCH (a:Article) RETURN count(a)");
		HttpGraphQlTester ingestOnly = this.graphQl.mutate().header("X-API-Key", TestCredentials.INGEST_ONLY_KEY).build();
		HttpGraphQlTester opsOnly = this.graphQl.mutate().header("X-API-Key", TestCredentials.OPS_ONLY_KEY).build();
		this.roundTrips.reset();
		ingestOnly.document(RETRACT).execute().errors().satisfy(errors -> assertForbidden(errors, "ingest-client", "CURATE"));
		ingestOnly.document("mutation { mergeEntities(keep: \"province:jiangxi\", merge: \"province:zhejiang\") { id } }")
			.execute().errors().satisfy(errors -> assertForbidden(errors, "ingest-client", "CURATE"));
		ingestOnly.document("mutation { dismissReview(id: \"province:jiangxi\") }").execute().errors()
			.satisfy(errors -> assertForbidden(errors, "ingest-client", "CURATE"));
		opsOnly.document("mutation { ingestFactFile(content: \"{}\", dryRun: true) { document } }").execute().errors()
			.satisfy(errors -> assertForbidden(errors, "ops-client", "INGEST"));
		opsOnly.document("mutation { previewArticle(input: {text: \"Kunshan signed a chip project.\"}) { document } }")
			.execute().errors().satisfy(errors -> assertForbidden(errors, "ops-client", "INGEST"));
		assertThat(this.roundTrips.count()).as("statements sent to Neo4j").isZero();
		assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(articles);
	}

	@Test
	void theIngestRolePreviewsWithoutTheCurateRole() {
		HttpGraphQlTester ingestOnly = this.graphQl.mutate().header("X-API-Key", TestCredentials.INGEST_ONLY_KEY).build();
		ingestOnly.document("mutation { previewArticle(input: {text: \"Kunshan signed a chip project.\", "
				+ "url: \"https://example.org/a\", title: \"A\", published: \"2024-05-17\"}) { document } }")
			.execute().errors().verify().path("previewArticle.document").hasValue();
	}

	@Test
	void queriesNeedNoCredentialsAndAcceptThem() {
		this.graphQl.document("{ sectors { totalCount } }").execute().errors().verify();
		TestCredentials.authenticated(this.graphQl).document("{ sectors { totalCount } }").execute().errors().verify();
	}

	@Test
	void credentialsLastOneRequestAndOpenNoSession() {
		String unknown = "{\"query\": \"mutation { retractArticle(id: \\\"article:no-such-article\\\") }\"}";
		var answer = http().post().uri("/graphql").header("X-API-Key", TestCredentials.API_KEY)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(unknown).exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist("Set-Cookie")
			.expectBody().jsonPath("$.data.retractArticle").isEqualTo(false)
			.returnResult();
		assertThat(answer.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		// the same client, without the key: nothing of the earlier request vouches for it
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(unknown).exchange()
			.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
	}

	@Test
	void everyKindOfCredentialsMayMutate() {
		String unknown = "mutation { retractArticle(id: \"article:no-such-article\") }";
		for (HttpGraphQlTester tester : List.of(TestCredentials.authenticated(this.graphQl),
				this.graphQl.mutate().header("X-API-Key", TestCredentials.API_KEY).build(),
				this.graphQl.mutate().header("Authorization", TestCredentials.basic()).build())) {
			tester.document(unknown).execute().path("retractArticle").entity(Boolean.class).isEqualTo(false);
		}
	}

	@Test
	void retractingAnArticleTakesItOutAndLoadingItPutsItBack() throws IOException {
		String checksum = "MATCH (n) RETURN count(n) * 1000003 + sum(size(keys(n)))";
		long before = count(checksum);
		TestCredentials.authenticated(this.graphQl).document(RETRACT).execute().path("retractArticle")
			.entity(Boolean.class).isEqualTo(true);
		try {
			assertThat(count("MATCH (a:Article {id: 'article:kiterocket-2020-04'}) RETURN count(a)")).isZero();
			assertThat(count(checksum)).isNotEqualTo(before);
		}
		finally {
			var seed = new ClassPathResource("facts/seed/000-kiterocket-2020-04.json");
			this.loader.load(seed.getContentAsByteArray(), seed.getFilename());
		}
		assertThat(count(checksum)).isEqualTo(before);
	}

	private WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	@Test
	void hashSecretPrintsWhatToConfigure() {
		var out = new ByteArrayOutputStream();
		HashSecret.print(TestCredentials.API_KEY, new PrintStream(out, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("sha256: " + TestCredentials.apiKeySha256());
		String hash = printed.substring(printed.indexOf("$2a$")).strip();
		assertThat(BCrypt.checkpw(TestCredentials.API_KEY, hash)).isTrue();
		assertThat(printed).doesNotContain(TestCredentials.API_KEY + "\n");
	}

	@Test
	void secretsMustBeConfiguredAsHashes() {
		assertThatThrownBy(() -> new SecurityProperties(true, List.of(new SecurityProperties.ApiKey("a", "plain-key", List.of())),
				List.of())).hasMessageContaining("sha256");
		assertThatThrownBy(() -> new SecurityProperties(true, List.of(),
				List.of(new SecurityProperties.User("u", "{noop}secret", List.of())))).hasMessageContaining("bcrypt");
	}

	static void assertForbidden(List<ResponseError> errors, String caller, String role) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
			assertThat(error.getMessage()).startsWith(caller + " may not run").endsWith("needs the role " + role);
		});
	}

	static void assertUnauthorized(List<ResponseError> errors, String says) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
			assertThat(error.getMessage()).contains("Authentication " + says);
		});
	}

}
