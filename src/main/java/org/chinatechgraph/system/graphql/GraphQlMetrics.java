package org.chinatechgraph.system.graphql;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * GraphQL request metrics by operation: Spring's {@code graphql.request} timer gets the operation's name as a tag,
 * and {@code graphql.errors} counts the errors of each operation by classification. Operation names are the
 * client's choice, so only the first {@value #MAX_NAMES} distinct plain names get their own series; any other is
 * {@code other}, and an unnamed operation is {@code anonymous}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlMetrics {

	static final String OPERATION_TAG = "graphql.operation.name";

	static final int MAX_NAMES = 200;

	private static final String OPERATION_KEY = GraphQlMetrics.class.getName() + ".operation";

	private static final Pattern PLAIN = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	@Bean
	ExecutionRequestObservationConvention operationNameConvention() {
		return new DefaultExecutionRequestObservationConvention() {

			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of(OPERATION_TAG, tag(executedOperation(context.getExecutionInput().getGraphQLContext(),
							context.getExecutionInput().getOperationName()))));
			}

		};
	}

	@Bean
	SimplePerformantInstrumentation errorCounter(MeterRegistry registry) {
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				var context = parameters.getExecutionContext();
				String name = context.getOperationDefinition().getName();
				if (name != null) {
					context.getGraphQLContext().put(OPERATION_KEY, name);
				}
				return super.beginExecuteOperation(parameters, state);
			}

			@Override
			public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
					InstrumentationExecutionParameters parameters, InstrumentationState state) {
				String operation = tag(executedOperation(parameters.getGraphQLContext(), parameters.getOperation()));
				for (GraphQLError error : result.getErrors()) {
					String classification = error.getErrorType() == null ? "unknown" : error.getErrorType().toString();
					registry.counter("graphql.errors", "operation", operation, "classification", classification)
						.increment();
				}
				return CompletableFuture.completedFuture(result);
			}

		};
	}

	/** The executed operation's name, which the request need not give when its document has one operation. */
	private static String executedOperation(GraphQLContext context, String requested) {
		return requested != null ? requested : context.get(OPERATION_KEY);
	}

	String tag(String operationName) {
		if (operationName == null || operationName.isEmpty()) {
			return "anonymous";
		}
		if (!PLAIN.matcher(operationName).matches()) {
			return "other";
		}
		if (this.names.contains(operationName) || (this.names.size() < MAX_NAMES && this.names.add(operationName))) {
			return operationName;
		}
		return "other";
	}

}
