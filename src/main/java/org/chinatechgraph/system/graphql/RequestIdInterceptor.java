package org.chinatechgraph.system.graphql;

import graphql.execution.ExecutionId;
import org.chinatechgraph.system.web.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Makes the HTTP request's id the GraphQL execution's id and puts it in the GraphQL context. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object id = request.getAttributes().get(RequestIds.KEY);
		if (id instanceof String requestId) {
			request.executionId(ExecutionId.from(requestId));
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(RequestIds.KEY, requestId);
				return input;
			});
		}
		return chain.next(request);
	}

}
