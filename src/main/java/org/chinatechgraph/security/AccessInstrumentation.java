package org.chinatechgraph.security;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, as it begins and before any field is fetched, an operation its caller may not run: any request with
 * wrong credentials; a mutation (or subscription) without credentials; a query without credentials when reads
 * are not open. The refusal is an {@code UNAUTHORIZED} GraphQL error and nothing of the operation runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessInstrumentation extends SimplePerformantInstrumentation {

	static final String HOW = "send an API key (Authorization: Bearer <key> or X-API-Key: <key>)"
			+ " or a user's name and password (HTTP Basic)";

	private final Authenticator authenticator;

	AccessInstrumentation(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	/**
	 * Checked as each operation begins, not when its document is parsed: parsed documents are cached and shared
	 * between callers, while who may run an operation depends on the caller of each request.
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		Caller caller = context.getGraphQLContext().getOrDefault(Caller.KEY, Caller.ANONYMOUS);
		if (caller instanceof Caller.Rejected rejected) {
			throw refusal("Authentication failed (" + rejected.reason() + "): " + HOW);
		}
		if (caller instanceof Caller.Authenticated) {
			return super.beginExecuteOperation(parameters, state);
		}
		if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
			throw refusal("Authentication is required for mutations: " + HOW);
		}
		if (!this.authenticator.openReads()) {
			throw refusal("Authentication is required: " + HOW);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static AbortExecutionException refusal(String message) {
		return new AbortExecutionException(List.of(GraphQLError.newError()
			.errorType(ErrorType.UNAUTHORIZED)
			.message(message)
			.build()));
	}

}
