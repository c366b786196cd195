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
		registry.<ListLoadFetcher.Limited<String>, List<Source>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> ListLoadFetcher.Limited.byFirst(keys,
					(ids, first) -> graph.mentions(ids, first), List.of())));
	}

	@Bean
	RuntimeWiringConfigurer reportedInFields() {
		var reportedIn = new ListLoadFetcher<ListLoadFetcher.Limited<String>, Source>(LOADER, Source.class,
				env -> ListLoadFetcher.Limited.of(((Entity) env.getSource()).id(), env));
		return wiring -> ENTITY_TYPES.forEach(type -> wiring.type(type, fields -> fields.dataFetcher(LOADER, reportedIn)));
	}

}
