package org.chinatechgraph.security;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A field its caller may not run, refused by method security before it runs: {@code UNAUTHORIZED} when no
 * credentials came, {@code FORBIDDEN} when they lack the field's role. Ahead of the service's other handlers, which
 * would take the refusal for an unexpected error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessErrors {

	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		String field = env.getField().getName();
		boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken
				|| !caller.isAuthenticated();
		var error = GraphQLError.newError()
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation());
		if (anonymous) {
			return error.errorType(ErrorType.UNAUTHORIZED)
				.message("Authentication is required for " + field + ": " + Refusals.HOW)
				.build();
		}
		return error.errorType(ErrorType.FORBIDDEN)
			.message(caller.getName() + " may not run " + field + ": it needs the role " + roleOf(ex))
			.build();
	}

	/** The role the refused field asks, read from the expression its annotation holds. */
	private static String roleOf(AccessDeniedException ex) {
		String rule = (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision)
						? decision.getExpression().getExpressionString() : "";
		for (Role role : Role.values()) {
			if (rule.contains("'" + role.name() + "'")) {
				return role.name();
			}
		}
		return "that the field asks";
	}

}
