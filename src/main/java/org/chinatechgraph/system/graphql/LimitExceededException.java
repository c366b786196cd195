package org.chinatechgraph.system.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import org.chinatechgraph.system.QueryLimits;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request refused for going over one of the {@link QueryLimits}, before it runs: a {@code BAD_REQUEST} whose
 * message and {@code extensions.limit} name the limit, and whose {@code extensions.maximum} gives its value.
 */
public final class LimitExceededException extends AbortExecutionException {

	LimitExceededException(GraphQLError error) {
		super(List.of(error));
	}

	/**
	 * @param limit the limit's configuration name under {@code ctg.limits}, e.g. {@code max-depth}
	 * @param maximum its value
	 * @param what what went over it, e.g. "The query nests 12 levels deep"
	 */
	public static LimitExceededException of(String limit, Object maximum, String what) {
		return new LimitExceededException(error(limit, maximum, what));
	}

	static GraphQLError error(String limit, Object maximum, String what) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(what + ", over the limit " + limit + " = " + maximum)
			.extensions(Map.of("limit", limit, "maximum", maximum.toString()))
			.build();
	}

}
