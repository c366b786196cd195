package org.chinatechgraph.security;

import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page of another site can make a user's browser send, once the user has typed a password for the service
 * (the browser then adds it to every request): a form post, a {@code text/plain} post, a JSON post, a link with a
 * query. None of them changes the graph; the same requests from the service's own pages, and from programs (which
 * send no {@code Origin}), work as before. Every answer carries the security headers.
 */
class CrossSiteTests extends ServiceTest {

	private static final String RETRACT = "mutation { retractArticle(id: \"article:kiterocket-2020-04\") }";

	private static final String EVIL = "http://127.0.0.2:9999";

	@LocalServerPort
	int port;

	private WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	private long articles() {
		return count("MATCH (a:Article {id: 'article:kiterocket-2020-04'}) RETURN count(a)");
	}

	@ParameterizedTest(name = "{0} from another site, Sec-Fetch-Site {2}")
	@CsvSource({ "application/x-www-form-urlencoded, form, cross-site", "text/plain, json, cross-site",
			"application/json, json, cross-site", "text/plain, json, same-site", "application/json, json, ''",
			"multipart/form-data; boundary=x, form, cross-site" })
	void aCrossSitePostCannotMutateWithTheUsersPassword(String contentType, String body, String site) {
		String payload = body.equals("form") ? "query=" + java.net.URLEncoder.encode(RETRACT, java.nio.charset.StandardCharsets.UTF_8)
				: "{\"query\": \"" + RETRACT.replace("\"", "\\\"") + "\"}";
		var request = http().post().uri("/graphql").header("Authorization", TestCredentials.basic())
			.header("Origin", EVIL).header("Content-Type", contentType);
		if (!site.isEmpty()) {
			request = request.header("Sec-Fetch-Site", site);
		}
		request.bodyValue(payload).exchange()
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
		assertThat(articles()).isEqualTo(1);
	}

	@Test
	void aLinkCannotRunAMutation() {
		http().get().uri(uri -> uri.path("/graphql").queryParam("query", "{query}").build(RETRACT))
			.header("Authorization", TestCredentials.basic()).header("Sec-Fetch-Site", "cross-site")
			.exchange().expectStatus().value(status -> assertThat(status).isGreaterThanOrEqualTo(400));
		assertThat(articles()).isEqualTo(1);
	}

	@Test
	void theServicesOwnPagesAndProgramsStillMutate() {
		String unknown = "{\"query\": \"mutation { retractArticle(id: \\\"article:no-such-article\\\") }\"}";
		String own = "http://127.0.0.1:" + this.port;
		http().post().uri("/graphql").header("Authorization", TestCredentials.basic()).header("Origin", own)
			.header("Sec-Fetch-Site", "same-origin").contentType(MediaType.APPLICATION_JSON).bodyValue(unknown)
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.data.retractArticle").isEqualTo(false);
		http().post().uri("/graphql").header("Authorization", TestCredentials.basic()).header("Origin", own)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(unknown)
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.data.retractArticle").isEqualTo(false);
		http().post().uri("/graphql").header("X-API-Key", TestCredentials.API_KEY)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(unknown)
			.exchange().expectStatus().isOk().expectBody().jsonPath("$.data.retractArticle").isEqualTo(false);
	}

	@Test
	void aCrossSiteQueryIsStillAnsweredButNotReadableWithoutCors() {
		http().get().uri("/graphql?query={q}", "{ sectors { totalCount } }").header("Origin", EVIL)
			.header("Sec-Fetch-Site", "cross-site").exchange()
			.expectHeader().doesNotExist("Access-Control-Allow-Origin");
	}

	@Test
	void answersCarryTheSecurityHeaders() {
		for (String path : new String[] { "/", "/graphiql", "/actuator/health" }) {
			http().get().uri(path).exchange()
				.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader().valueEquals("X-Frame-Options", "DENY")
				.expectHeader().valueEquals("Referrer-Policy", "same-origin")
				.expectHeader().valueEquals("Cross-Origin-Resource-Policy", "same-origin");
		}
		http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ __typename }\"}")
			.exchange().expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueMatches("Cache-Control", ".*no-store.*");
	}

}
