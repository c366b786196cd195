package org.chinatechgraph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Entity;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.ListLoadFetcher;
import org.chinatechgraph.graph.Source;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

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
		var reportedIn = new ListLoadFetcher<String, Source>(LOADER, Source.class, env -> ((Entity) env.getSource()).id());
		return wiring -> ENTITY_TYPES.forEach(type -> wiring.type(type, fields -> fields.dataFetcher(LOADER, reportedIn)));
	}

}
