package org.chinatechgraph.security;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Identifies the caller of each GraphQL request and keeps it in the request's GraphQL context. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessInterceptor implements WebGraphQlInterceptor {

	private final Authenticator authenticator;

	AccessInterceptor(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = this.authenticator.identify(request.getHeaders());
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(Caller.KEY, caller);
			return input;
		});
		return chain.next(request);
	}

}
