package org.chinatechgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A field answered by a batch loader of the request: it loads the key it takes from the field's environment and
 * tells schema inspection that the answer is a list of {@code element}. A plain fetcher, for fields asked once per
 * parent, where an annotated controller method would resolve its arguments on every call.
 *
 * @param <K> the loader's key
 * @param <E> what the list holds
 */
public final class ListLoadFetcher<K, E> implements SelfDescribingDataFetcher<CompletableFuture<List<E>>> {

	private final String loader;

	private final Class<E> element;

	private final Function<DataFetchingEnvironment, K> key;

	/** Loads through the loader named {@code loader} the key {@code key} takes from the environment. */
	public ListLoadFetcher(String loader, Class<E> element, Function<DataFetchingEnvironment, K> key) {
		this.loader = loader;
		this.element = element;
		this.key = key;
	}

	@Override
	public CompletableFuture<List<E>> get(DataFetchingEnvironment env) {
		Object first = env.getArgument("first");
		CompletableFuture<List<E>> all = env.<K, List<E>>getDataLoader(this.loader).load(this.key.apply(env));
		return (first == null) ? all : all.thenApply(list -> firstOf(list, (Integer) first));
	}

	/**
	 * A loader's key for a list field that takes {@code first}: the parent's key and how many items are asked
	 * (null: all), so that the loader cuts each list in its statement; keys with the same {@code first} load together.
	 */
	public record Limited<K>(K key, Integer first) {

		/** The key of {@code key} as the field {@code env} asks it. */
		public static <K> Limited<K> of(K key, DataFetchingEnvironment env) {
			return new Limited<>(key, env.getArgument("first"));
		}

		/** Loads the keys by {@code first}: {@code load} given the parents' keys and a {@code first}, for each. */
		public static <K, V> Map<Limited<K>, V> byFirst(java.util.Set<Limited<K>> keys,
				java.util.function.BiFunction<List<K>, Integer, Map<K, V>> load, V none) {
			Map<Limited<K>, V> result = new java.util.HashMap<>();
			keys.stream()
				.collect(java.util.stream.Collectors.groupingBy(k -> java.util.Optional.ofNullable(k.first())))
				.forEach((first, group) -> {
					Map<K, V> loaded = load.apply(group.stream().map(Limited::key).toList(), first.orElse(null));
					group.forEach(k -> result.put(k, loaded.getOrDefault(k.key(), none)));
				});
			return result;
		}

	}

	/**
	 * The first {@code first} items of {@code list}, for a field whose {@code first} (at most the max-page-size
	 * limit, checked before) keeps the answer short; the whole list when {@code first} is null.
	 */
	public static <T> List<T> firstOf(List<T> list, Integer first) {
		if (first == null) {
			return list;
		}
		if (first < 0) {
			throw new org.chinatechgraph.system.BadRequestException("first must not be negative, not " + first);
		}
		return (list.size() <= first) ? list : List.copyOf(list.subList(0, first));
	}

	@Override
	public String getDescription() {
		return "ListLoadFetcher[" + this.loader + "]";
	}

	@Override
	public ResolvableType getReturnType() {
		return ResolvableType.forClassWithGenerics(List.class, this.element);
	}

	@Override
	public boolean usesDataLoader() {
		return true;
	}

}
