package org.chinatechgraph.organization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Investment;
import org.chinatechgraph.graph.ListLoadFetcher;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Projection;
import org.chinatechgraph.system.BadRequestException;

import reactor.core.publisher.Mono;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import static org.chinatechgraph.graph.Lists.byParent;
import static org.chinatechgraph.graph.Lists.ids;

/**
 * {@code Organization.investments(first)}: the projects an organization invests in, all or the first {@code first}
 * by name. A firm that invests everywhere has thousands: the limit is applied in Cypher, per organization, in one
 * batch per request. A page of projects asks this field once per investor, so its fetcher is a plain one, not an
 * annotated controller method resolving its arguments on every call.
 */
@Configuration(proxyBeanMethods = false)
class InvestmentsWiring {

	private static final String LOADER = "organizationInvestments";

	private final GraphQueries graph;

	InvestmentsWiring(GraphQueries graph, BatchLoaderRegistry registry) {
		this.graph = graph;
		registry.<InvestmentsKey, List<Investment>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> investments(keys,
					Projection.of(env, "Organization", "investments"))));
	}

	@Bean
	RuntimeWiringConfigurer organizationInvestments() {
		var fetcher = new ListLoadFetcher<>(LOADER, Investment.class, InvestmentsWiring::key);
		return wiring -> wiring.type("Organization", fields -> fields.dataFetcher("investments", fetcher));
	}

	/** An organization and how many of its investments a request asks for (null: all). */
	record InvestmentsKey(Organization organization, Integer first) {
	}

	private Map<InvestmentsKey, List<Investment>> investments(Set<InvestmentsKey> keys, Projection projection) {
		Map<InvestmentsKey, List<Investment>> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(k -> Optional.ofNullable(k.first()))).forEach((first, group) -> {
			List<Organization> orgs = group.stream().map(InvestmentsKey::organization).toList();
			var links = first.isPresent() ? this.graph.outgoing(ids(orgs), "INVESTS_IN", first.get(), projection)
					: this.graph.outgoing(ids(orgs), "INVESTS_IN", projection);
			byParent(orgs, links, (o, link) -> new Investment(o, (Project) link.other(), link.money("amount"), link.sources()))
				.forEach((o, list) -> result.put(new InvestmentsKey(o, first.orElse(null)), list));
		});
		return result;
	}

	/** The organization and the page size asked, a negative one refused before anything is loaded. */
	private static InvestmentsKey key(DataFetchingEnvironment env) {
		Integer first = env.getArgument("first");
		// its upper bound is the max-page-size limit, checked before execution
		if (first != null && first < 0) {
			throw new BadRequestException("first must not be negative, not " + first);
		}
		return new InvestmentsKey(env.getSource(), first);
	}

}
