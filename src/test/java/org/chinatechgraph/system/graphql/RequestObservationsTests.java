package org.chinatechgraph.system.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which observations a request creates, with and without {@code ctg.performance.field-metrics}. */
class RequestObservationsTests {

	/** The names of the observations created while one query with two fetched fields runs. */
	private static List<String> observedRunning(boolean fieldMetrics) {
		List<String> created = new ArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(context -> true) // without a handler the registry observes nothing
			.observationPredicate((name, context) -> created.add(name));
		DataFetcher<String> fetcher = env -> "answer";
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: String b: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("a", fetcher).dataFetcher("b", fetcher))
					.build());
		var graphQl = GraphQL.newGraphQL(schema)
			.instrumentation(new RequestObservations(registry, null, null, fieldMetrics))
			.build();
		var result = graphQl.execute(ExecutionInput.newExecutionInput("{ a b }").build());
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<java.util.Map<String, Object>>getData()).containsEntry("a", "answer").containsEntry("b", "answer");
		return created;
	}

	@Test
	void withoutFieldMetricsOnlyTheRequestIsObserved() {
		assertThat(observedRunning(false)).containsExactly("graphql.request");
	}

	@Test
	void withFieldMetricsEachFetchIsObserved() {
		assertThat(observedRunning(true)).contains("graphql.request")
			.filteredOn("graphql.datafetcher"::equals)
			.hasSize(2);
	}

	@Test
	void withoutFieldMetricsNoFetcherRunsUnderTheRequestsObservationWhichStillStops() {
		for (boolean fieldMetrics : new boolean[] { false, true }) {
			List<String> stopped = new ArrayList<>();
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<>() {
				@Override
				public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
					return true;
				}

				@Override
				public void onStop(io.micrometer.observation.Observation.Context context) {
					stopped.add(context.getName());
				}
			});
			List<Boolean> seen = new ArrayList<>();
			DataFetcher<String> fetcher = env -> {
				seen.add(env.getGraphQlContext().hasKey(
						io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor.KEY));
				return "answer";
			};
			var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: String }"),
					RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("a", fetcher)).build());
			var graphQl = GraphQL.newGraphQL(schema)
				.instrumentation(new RequestObservations(registry, null, null, fieldMetrics))
				.build();
			assertThat(graphQl.execute(ExecutionInput.newExecutionInput("{ a }").build()).getErrors()).isEmpty();
			assertThat(seen).as("field metrics " + fieldMetrics).containsExactly(fieldMetrics);
			assertThat(stopped).as("field metrics " + fieldMetrics).contains("graphql.request");
		}
	}

}
