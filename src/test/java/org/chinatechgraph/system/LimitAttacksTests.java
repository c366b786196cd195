package org.chinatechgraph.system;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of the limits' issue: a cached document whose second operation goes over a limit is refused when
 * that operation runs, whichever ran first.
 */
class LimitAttacksTests extends ServiceTest {

	@LocalServerPort
	int port;

	/** The depth check of an operation of a cached document, whichever operation ran first. */
	@Test
	void aCachedDocumentIsCheckedForTheOperationThatRuns() {
		String deep = "place(id: \"district:nanhu\") { " + "parent { ".repeat(12) + "id" + " }".repeat(12) + " }";
		String document = "query A { place(id: \"province:guangdong\") { id } } query B { " + deep + " }";
		assertThat(post(document, "A")).doesNotContain("\"errors\"").contains("province:guangdong");
		String body = post(document, "B");
		assertThat(body).contains("\"limit\":\"max-depth\"").contains("14 levels deep").doesNotContain("\"data\"");
		// and the other way round: the deep operation first, refused, then the shallow one runs
		String other = "query B { " + deep + " } query A { place(id: \"province:guangdong\") { id } }";
		assertThat(post(other, "B")).contains("\"limit\":\"max-depth\"");
		assertThat(post(other, "A")).doesNotContain("\"errors\"");
	}

	@Test
	void aCachedDocumentIsCheckedForTheRootFieldsOfTheOperationThatRuns() {
		String wide = IntStream.range(0, 11).mapToObj(i -> "sectors { totalCount }").collect(Collectors.joining(" "));
		String document = "query A { sectors { totalCount } } query B { " + wide + " }";
		assertThat(post(document, "A")).doesNotContain("\"errors\"");
		assertThat(post(document, "B")).contains("\"limit\":\"max-root-fields\"").doesNotContain("\"data\"");
	}

	private String post(String document, String operationName) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", document);
		if (operationName != null) {
			request.put("operationName", operationName);
		}
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
			.responseTimeout(java.time.Duration.ofMinutes(5))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.returnResult(String.class)
			.getResponseBodyContent() instanceof byte[] bytes ? new String(bytes) : "";
	}

}
