package org.chinatechgraph.system.graphql;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring for GraphQL's observations, without the one per batch load unless field metrics are asked for. To
 * observe batch loads it copies every request's registry of batch loaders into a new one, creating each of the
 * service's ~40 loaders a second time per request, whether the request uses them or not.
 */
final class RequestObservations extends GraphQlObservationInstrumentation {

	private final boolean batchLoads;

	RequestObservations(ObservationRegistry registry, ExecutionRequestObservationConvention requests,
			DataFetcherObservationConvention fields, boolean batchLoads) {
		super(registry, requests, fields, null);
		this.batchLoads = batchLoads;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return this.batchLoads ? super.instrumentExecutionInput(input, parameters, state) : input;
	}

}
