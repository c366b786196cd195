package org.chinatechgraph.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, right after parsing and before anything else, an operation its caller may not run: any request with
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

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Caller caller = parameters.getGraphQLContext().getOrDefault(Caller.KEY, Caller.ANONYMOUS);
		if (caller instanceof Caller.Rejected rejected) {
			throw refusal("Authentication failed (" + rejected.reason() + "): " + HOW);
		}
		if (caller instanceof Caller.Authenticated) {
			return documentAndVariables;
		}
		boolean writes = false;
		for (var operation : documentAndVariables.getDocument().getDefinitionsOfType(OperationDefinition.class)) {
			String name = parameters.getOperation();
			if (name == null || name.equals(operation.getName())) {
				writes |= operation.getOperation() != OperationDefinition.Operation.QUERY;
			}
		}
		if (writes) {
			throw refusal("Authentication is required for mutations: " + HOW);
		}
		if (!this.authenticator.openReads()) {
			throw refusal("Authentication is required: " + HOW);
		}
		return documentAndVariables;
	}

	private static AbortExecutionException refusal(String message) {
		return new AbortExecutionException(List.of(GraphQLError.newError()
			.errorType(ErrorType.UNAUTHORIZED)
			.message(message)
			.build()));
	}

}
