package org.chinatechgraph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Source;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * {@code reportedIn} on every kind of entity: the articles that report it, with the sentences that name it.
 * One batch loader serves every type, so a page of mixed results costs one query.
 */
@Configuration(proxyBeanMethods = false)
class ReportedInWiring {

	static final List<String> ENTITY_TYPES = List.of("Project", "Organization", "Place", "Park", "Program", "Sector");

	private static final String LOADER = "reportedIn";

	ReportedInWiring(BatchLoaderRegistry registry, GraphQueries graph) {
		registry.<String, List<Source>>forName(LOADER).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			Map<String, List<Source>> mentions = new HashMap<>(graph.mentions(ids));
			ids.forEach(id -> mentions.putIfAbsent(id, List.of()));
			return mentions;
		}));
	}

	@Bean
	RuntimeWiringConfigurer reportedInFields() {
		var reportedIn = new ReportedInFetcher();
		return wiring -> ENTITY_TYPES.forEach(type -> wiring.type(type, fields -> fields.dataFetcher(LOADER, reportedIn)));
	}

	/** Loads through the batch loader, and tells schema inspection what it returns. */
	private static final class ReportedInFetcher implements SelfDescribingDataFetcher<CompletableFuture<List<Source>>> {

		@Override
		public CompletableFuture<List<Source>> get(DataFetchingEnvironment env) {
			return env.<String, List<Source>>getDataLoader(LOADER).load(((Entity) env.getSource()).id());
		}

		@Override
		public String getDescription() {
			return "ReportedInWiring[reportedIn]";
		}

		@Override
		public ResolvableType getReturnType() {
			return ResolvableType.forClassWithGenerics(List.class, Source.class);
		}

		@Override
		public boolean usesDataLoader() {
			return true;
		}

	}

}
