package org.chinatechgraph.graph;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.stereotype.Component;

/**
 * Keeps the operation about to run, in its normalized form, in the request's context, where the batch loads
 * find which fields are asked below theirs (see {@link Projection}). The form is the one the limits check has
 * already built for the same operation: nothing is computed twice.
 */
@Component
class AskedFields extends SimplePerformantInstrumentation {

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		context.getGraphQLContext()
			.put(Projection.Asked.class,
					new Projection.Asked(context.getNormalizedQueryTree().get(), context.getGraphQLSchema()));
		return super.beginExecuteOperation(parameters, state);
	}

}
