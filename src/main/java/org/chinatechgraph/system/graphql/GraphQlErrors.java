package org.chinatechgraph.system.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.NotFoundException;
import org.chinatechgraph.system.QueryLimits;
import org.chinatechgraph.system.neo4j.DatabaseAvailability;
import org.chinatechgraph.system.web.RequestIds;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns exceptions into GraphQL errors with a clear message and a classification; never a stack trace. */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final QueryLimits limits;

	GraphQlErrors(QueryLimits limits) {
		this.limits = limits;
	}

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

	/**
	 * A query Neo4j stopped at a limit (its transaction's time or memory) is the client's to make smaller; the
	 * database being away is a clear, retryable error; anything else unexpected is an internal error with the
	 * request's id to find its detail in the log, never the detail itself. A request stopped on purpose (its answer
	 * grew past max-result-fields) is not unexpected: each field still pending then fails, hundreds at once, and
	 * none of them is logged (the answer becomes the one refusal of the limit).
	 */
	@GraphQlExceptionHandler
	GraphQLError unexpected(RuntimeException ex, DataFetchingEnvironment env) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AbortExecutionException stopped) {
				return error(env, ErrorType.BAD_REQUEST, "The request was stopped: " + stopped.getMessage());
			}
			// a client mistake found while binding arguments arrives wrapped
			if (cause instanceof BadRequestException badRequest) {
				return badRequest(badRequest, env);
			}
			if (cause instanceof NotFoundException notFound) {
				return notFound(notFound, env);
			}
		}
		String code = neo4jCode(ex);
		if (code.contains("TransactionTimedOut")) {
			return limited(env, QueryLimitsInstrumentation.Timeout.TIMEOUT, "query-timeout", this.limits.queryTimeout(),
					"The database stopped the query when it took longer than the limit query-timeout = "
							+ this.limits.queryTimeout());
		}
		if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("TransactionOutOfMemoryError")) {
			return limited(env, ErrorType.BAD_REQUEST, "transaction-memory", this.limits.transactionMemory(),
					"The database stopped the query when it needed more memory than it allows one transaction");
		}
		if (DatabaseAvailability.isUnavailable(ex)) {
			log.warn("Database unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, Unavailable.UNAVAILABLE, "The database is unavailable; try again shortly");
		}
		String requestId = env.getGraphQlContext().getOrDefault(RequestIds.KEY, RequestIds.current());
		String logged = MDC.get(RequestIds.KEY);
		MDC.put(RequestIds.KEY, requestId);
		try {
			log.error("Internal error in request {} while resolving {}", requestId, env.getExecutionStepInfo().getPath(),
					ex);
		}
		finally {
			if (logged == null) {
				MDC.remove(RequestIds.KEY);
			}
			else {
				MDC.put(RequestIds.KEY, logged);
			}
		}
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error in request " + requestId + "; the details are in the service log under that id")
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of(RequestIds.KEY, requestId))
			.build();
	}

	/** The Neo4j status code of the failure or one of its causes; empty when none has one. */
	private static String neo4jCode(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j.code();
			}
		}
		return "";
	}

	private static GraphQLError limited(DataFetchingEnvironment env, ErrorClassification type, String limit,
			Object maximum, String message) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of("limit", limit, "maximum", maximum.toString()))
			.build();
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
