package org.chinatechgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chinatechgraph.system.BadRequestException;

import reactor.core.publisher.Mono;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Answers every {@link LinkField} the features declare: a batch loader per field, keyed by the parent and the
 * {@code first} asked, that reads the relationships of all the parents of a request in one statement, and a plain
 * data fetcher that asks it. A page of a list may have filled a loader already ({@link Prefetch}); the fetcher then
 * finds its answer there.
 */
@Configuration(proxyBeanMethods = false)
public class LinkFields {

	/** A parent and how many of its relationships a request asks for (null: all). */
	public static ListLoadFetcher.Limited<Entity> key(Entity parent, Integer first) {
		return new ListLoadFetcher.Limited<>(parent, first);
	}

	private final GraphQueries graph;

	private final Map<FieldCoordinates, LinkField> fields;

	LinkFields(GraphQueries graph, BatchLoaderRegistry registry, List<LinkField.Group> groups) {
		this.graph = graph;
		this.fields = groups.stream()
			.flatMap(group -> group.fields().stream())
			.collect(Collectors.toUnmodifiableMap(f -> FieldCoordinates.coordinates(f.type(), f.field()), f -> f));
		this.fields.values()
			.forEach(field -> registry.<ListLoadFetcher.Limited<Entity>, List<Object>>forName(field.loader())
				.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(field, keys,
						Projection.of(env, field.type(), field.field())))));
	}

	@Bean
	RuntimeWiringConfigurer linkFieldFetchers() {
		return wiring -> this.fields.values()
			.forEach(field -> wiring.type(field.type(), fields -> fields.dataFetcher(field.field(),
					new ListLoadFetcher<>(field.loader(), field.element(), env -> key(field, env)))));
	}

	/** The link field at {@code type.field}, if that field is one. */
	Optional<LinkField> at(String type, String field) {
		return Optional.ofNullable(this.fields.get(FieldCoordinates.coordinates(type, field)));
	}

	private Map<ListLoadFetcher.Limited<Entity>, List<Object>> load(LinkField field,
			Set<ListLoadFetcher.Limited<Entity>> keys, Projection projection) {
		return ListLoadFetcher.Limited.byFirst(keys, (parents, first) -> {
			var links = this.graph.links(field, Lists.ids(parents), first, projection);
			Map<Entity, List<Object>> answers = new HashMap<>();
			parents.forEach(parent -> answers.put(parent, field.answer(parent, links.getOrDefault(parent.id(), List.of()))));
			return answers;
		}, List.of());
	}

	/** The parent and the page size asked, a negative one refused before anything is loaded. */
	private static ListLoadFetcher.Limited<Entity> key(LinkField field, DataFetchingEnvironment env) {
		return key(env.getSource(), first(field, env.getArgument("first")));
	}

	/** The {@code first} of a field that takes it (its upper bound is the max-page-size limit, checked before). */
	static Integer first(LinkField field, Object first) {
		if (!field.limited() || first == null) {
			return null;
		}
		int value = (Integer) first;
		if (value < 0) {
			throw new BadRequestException("first must not be negative, not " + value);
		}
		return value;
	}

}
