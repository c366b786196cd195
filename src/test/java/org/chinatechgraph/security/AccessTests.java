package org.chinatechgraph.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads are open; a mutation without valid credentials is refused with UNAUTHORIZED and changes nothing; with an
 * API key (as a bearer token or in X-API-Key) or a user's password it runs.
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
		HttpGraphQlTester tester = this.graphQl.mutate().header(parts[0], parts[1]).build();
		tester.document(RETRACT).execute().errors().satisfy(errors -> assertUnauthorized(errors, "failed"));
		tester.document("{ sectors { totalCount } }").execute().errors().satisfy(errors -> assertUnauthorized(errors, "failed"));
		assertThat(this.roundTrips.count()).isZero();
	}

	@Test
	void queriesNeedNoCredentialsAndAcceptThem() {
		this.graphQl.document("{ sectors { totalCount } }").execute().errors().verify();
		TestCredentials.authenticated(this.graphQl).document("{ sectors { totalCount } }").execute().errors().verify();
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

	@Test
	void ingestionEndpointsNeedCredentials() {
		var http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
		http.post().uri("/ingest/facts").exchange().expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
		http.post().uri("/ingest/facts").header("X-API-Key", "wrong").exchange().expectStatus().isUnauthorized();
		http.post().uri("/ingest/facts").header("X-API-Key", TestCredentials.API_KEY).exchange()
			.expectStatus().isNotFound();
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
		assertThatThrownBy(() -> new SecurityProperties(true, List.of(new SecurityProperties.ApiKey("a", "plain-key")),
				List.of())).hasMessageContaining("sha256");
		assertThatThrownBy(() -> new SecurityProperties(true, List.of(),
				List.of(new SecurityProperties.User("u", "{noop}secret")))).hasMessageContaining("bcrypt");
	}

	static void assertUnauthorized(List<ResponseError> errors, String says) {
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
			assertThat(error.getMessage()).contains("Authentication " + says);
		});
	}

}
