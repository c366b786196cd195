package org.chinatechgraph.system;

import java.util.UUID;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.chinatechgraph.ingest.InvalidFactFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns exceptions into GraphQL errors with a clear message and a classification; never a stack trace. */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/** The classification of errors raised while the database cannot be reached. */
	enum Unavailable implements ErrorClassification {

		UNAVAILABLE

	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError invalidFacts(InvalidFactFileException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * The database being away is a clear, retryable error; anything else unexpected is an internal error with
	 * an id to find its detail in the log, never the detail itself.
	 */
	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			// a client mistake found while binding arguments arrives wrapped
			if (cause instanceof BadRequestException badRequest) {
				return badRequest(badRequest, env);
			}
			if (cause instanceof NotFoundException notFound) {
				return notFound(notFound, env);
			}
		}
		if (DatabaseAvailability.isUnavailable(ex)) {
			log.warn("Database unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, Unavailable.UNAVAILABLE, "The database is unavailable; try again shortly");
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} while resolving {}", errorId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error " + errorId + "; the details are in the service log");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
