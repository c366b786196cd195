package org.chinatechgraph.system;

import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.system.web.RequestIds;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * How {@code /graphql} answers over HTTP, as the GraphQL-over-HTTP specification and Spring for GraphQL put it: the
 * media type the caller accepts, 400 for a request that never ran when it accepts
 * {@code application/graphql-response+json}, 200 otherwise, and a response whole and in order.
 */
class GraphQlAnswersTests extends ServiceTest {

	private static final String VALID = "{\"query\":\"{ sectors { totalCount } }\"}";

	private static final String INVALID = "{\"query\":\"{ noSuchField }\"}";

	@LocalServerPort
	int port;

	private WebTestClient.ResponseSpec post(String body, String accept) {
		var request = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (accept != null) {
			request.header("Accept", accept);
		}
		return request.bodyValue(body).exchange();
	}

	@Test
	void answersJsonWhenTheCallerAsksForNothingElse() {
		for (String accept : new String[] { null, "*/*", "application/json", "text/html, application/json" }) {
			post(VALID, accept).expectStatus().isOk()
				.expectHeader().contentType(MediaType.APPLICATION_JSON)
				.expectHeader().exists(RequestIds.HEADER)
				.expectBody().jsonPath("$.data.sectors.totalCount").isNumber().jsonPath("$.errors").doesNotExist();
		}
	}

	@Test
	void answersTheGraphQlResponseTypeToCallersThatAcceptIt() {
		post(VALID, "application/graphql-response+json").expectStatus().isOk()
			.expectHeader().contentType("application/graphql-response+json")
			.expectBody().jsonPath("$.data.sectors.totalCount").isNumber();
	}

	@Test
	void aRequestThatNeverRanIsABadRequestOnlyInTheGraphQlResponseType() {
		post(INVALID, "application/graphql-response+json").expectStatus().isBadRequest()
			.expectHeader().contentType("application/graphql-response+json")
			.expectBody().jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].message").value(m -> org.assertj.core.api.Assertions.assertThat((String) m)
				.contains("noSuchField"));
		post(INVALID, "application/json").expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_JSON)
			.expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("ValidationError");
	}

	@Test
	void anUnreadableAcceptHeaderIsRefused() {
		post(VALID, "not a media type").expectStatus().isEqualTo(406);
	}

}
