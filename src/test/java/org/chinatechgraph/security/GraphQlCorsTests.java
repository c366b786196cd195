package org.chinatechgraph.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security chain's CORS rules are Spring for GraphQL's {@code spring.graphql.cors.*}, on the GraphQL path
 * only, and nothing when none is set.
 */
class GraphQlCorsTests {

	@Test
	void theConfiguredOriginsMayCallTheGraphQlPathOnly() {
		var environment = new MockEnvironment()
			.withProperty("spring.graphql.cors.allowed-origins", "https://analysis.example.org")
			.withProperty("spring.graphql.cors.allowed-methods", "GET,POST")
			.withProperty("spring.graphql.cors.exposed-headers", "X-Request-Id");
		var source = SecurityConfiguration.graphQlCors(environment);

		var graphQl = source.getCorsConfiguration(new MockHttpServletRequest("OPTIONS", "/graphql"));
		assertThat(graphQl).isNotNull();
		assertThat(graphQl.checkOrigin("https://analysis.example.org")).isEqualTo("https://analysis.example.org");
		assertThat(graphQl.checkOrigin("https://attacker.example.com")).isNull();
		assertThat(graphQl.getAllowedMethods()).containsExactly("GET", "POST");
		assertThat(graphQl.getExposedHeaders()).containsExactly("X-Request-Id");

		assertThat(source.getCorsConfiguration(new MockHttpServletRequest("OPTIONS", "/actuator/health"))).isNull();
		assertThat(source.getCorsConfiguration(new MockHttpServletRequest("OPTIONS", "/"))).isNull();
	}

	@Test
	void aMovedGraphQlPathTakesItsRules() {
		var environment = new MockEnvironment().withProperty("spring.graphql.http.path", "/api/graphql")
			.withProperty("spring.graphql.cors.allowed-origins", "https://analysis.example.org");
		var source = SecurityConfiguration.graphQlCors(environment);

		assertThat(source.getCorsConfiguration(new MockHttpServletRequest("POST", "/api/graphql"))).isNotNull();
		assertThat(source.getCorsConfiguration(new MockHttpServletRequest("POST", "/graphql"))).isNull();
	}

	@Test
	void noOriginIsAllowedByDefault() {
		var source = SecurityConfiguration.graphQlCors(new MockEnvironment());

		assertThat(source.getCorsConfiguration(new MockHttpServletRequest("OPTIONS", "/graphql"))).isNull();
	}

}
