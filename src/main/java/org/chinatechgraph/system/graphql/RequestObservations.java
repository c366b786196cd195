package org.chinatechgraph.system.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;

import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring for GraphQL's observations, with the ones per field fetched and per batch load only when field metrics
 * are asked for. Otherwise nothing is wrapped around the fields' fetchers (an observation that the registry then
 * drops still costs its creation on every field), and the batch loaders are left alone: to observe them, every
 * request's registry of batch loaders is copied into a new one, creating each of the service's ~40 loaders a second
 * time per request, whether the request uses them or not.
 */
final class RequestObservations extends GraphQlObservationInstrumentation {

	private final boolean fieldMetrics;

	RequestObservations(ObservationRegistry registry, ExecutionRequestObservationConvention requests,
			DataFetcherObservationConvention fields, boolean fieldMetrics) {
		super(registry, requests, fields, null);
		this.fieldMetrics = fieldMetrics;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return this.fieldMetrics ? super.instrumentExecutionInput(input, parameters, state) : input;
	}

	/**
	 * The request's observation, started as Spring for GraphQL starts it; without field metrics it is not also made
	 * the current observation of every field's fetcher. Spring for GraphQL sets and restores the context's observation
	 * around each fetcher it calls, about a tenth of a lookup's GraphQL work, for no field observation to nest under.
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		InstrumentationContext<ExecutionResult> request = super.beginExecution(parameters, state);
		if (!this.fieldMetrics) {
			parameters.getGraphQLContext().delete(ObservationThreadLocalAccessor.KEY);
		}
		return request;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return this.fieldMetrics ? super.instrumentDataFetcher(dataFetcher, parameters, state) : dataFetcher;
	}

}
