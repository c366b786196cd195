package org.chinatechgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.ExecutionStepInfo;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldsContainer;

import org.chinatechgraph.system.BadRequestException;

import org.dataloader.DataLoaderRegistry;

/**
 * The relationships a request asks below the nodes of a list page, fetched in the page's own statement and handed
 * to the {@link LinkFields} batch loaders before anyone asks them. {@code projects { edges { node { investors {
 * investor { ... on Organization { investments(first: 5) { ... } } } } } } }} is then one statement where it
 * would be three (the page, the investors, their investments), and its answer is the same: the same
 * relationships in the same order, with the same properties ({@link Projection}), built by the same
 * {@link LinkField}.
 * <p>
 * Every link field directly below the page's nodes is fetched with them. A link field further down is fetched only
 * when it is bounded ({@code first} given): a firm that invests everywhere may sit below many of a page's
 * projects, and where its whole list would be read once per place it appears, its batch load reads it once.
 */
public final class Prefetch {

	/** Nothing fetched with the page. */
	public static final Prefetch NONE = new Prefetch(null, List.of(), null, Map.of());

	/** One link field fetched with the page: its column in the statement's answer, and what is fetched below it. */
	private record Step(LinkField field, Integer first, String column, List<Step> below) {
	}

	private final Projection.Asked asked;

	private final List<Step> steps;

	private final DataLoaderRegistry loaders;

	private final Map<String, Object> parameters;

	private String cypher;

	private Prefetch(Projection.Asked asked, List<Step> steps, DataLoaderRegistry loaders, Map<String, Object> parameters) {
		this.asked = asked;
		this.steps = steps;
		this.loaders = loaders;
		this.parameters = parameters;
	}

	/**
	 * What to fetch with the page of the connection field {@code env} is fetching: the link fields the request asks
	 * below its {@code edges { node }}.
	 */
	public static Prefetch below(DataFetchingEnvironment env, LinkFields fields) {
		return of(env, fields, list -> {
			List<ExecutableNormalizedField> nodeFields = new ArrayList<>();
			named(list.getChildren(), "edges").forEach(edges -> named(edges.getChildren(), "node")
				.forEach(node -> nodeFields.addAll(node.getChildren())));
			return nodeFields;
		});
	}

	/**
	 * What to fetch with the node the lookup field {@code env} is fetching ({@code project(id:)}, ...): the link
	 * fields the request asks below it.
	 */
	public static Prefetch at(DataFetchingEnvironment env, LinkFields fields) {
		return of(env, fields, ExecutableNormalizedField::getChildren);
	}

	private static Prefetch of(DataFetchingEnvironment env, LinkFields fields,
			java.util.function.Function<ExecutableNormalizedField, List<ExecutableNormalizedField>> nodeFieldsOf) {
		GraphQLContext context = env.getGraphQlContext();
		Projection.Asked asked = (context != null) ? context.get(Projection.Asked.class) : null;
		ExecutionStepInfo step = env.getExecutionStepInfo();
		if (asked == null || !(step.getObjectType() instanceof GraphQLFieldsContainer parent)) {
			return NONE;
		}
		ExecutableNormalizedField list = asked.operation().getNormalizedField(env.getMergedField(), parent, step.getPath());
		if (list == null) {
			return NONE;
		}
		var planner = new Planner(fields);
		List<Step> steps = planner.steps(nodeFieldsOf.apply(list), 0);
		return steps.isEmpty() ? NONE : new Prefetch(asked, steps, env.getDataLoaderRegistry(), planner.limits);
	}

	/** The fields of {@code fields} that are {@code name}, under any alias. */
	private static List<ExecutableNormalizedField> named(List<ExecutableNormalizedField> fields, String name) {
		return fields.stream().filter(field -> field.getName().equals(name)).toList();
	}

	/** Whether anything is fetched with the page. */
	public boolean isEmpty() {
		return this.steps.isEmpty();
	}

	/**
	 * The clause that follows a page's {@code nodes} (a list of nodes) in a statement: it collects, as
	 * {@code links}, for each of the first {@code $prefetchCount} nodes its id and the relationships fetched.
	 */
	String cypher() {
		if (this.cypher == null) {
			StringBuilder text = new StringBuilder("CALL (nodes) {\n  UNWIND nodes[..$prefetchCount] AS n0\n");
			StringBuilder columns = new StringBuilder("id: n0.id");
			for (Step step : this.steps) {
				text.append(subquery(step, 0).indent(2));
				columns.append(", ").append(step.column()).append(": ").append(step.column());
			}
			this.cypher = text.append("  RETURN collect({").append(columns).append("}) AS links\n}\n").toString();
		}
		return this.cypher;
	}

	/** The parameters of {@link #cypher()}, for a page of {@code size} nodes. */
	Map<String, Object> parameters(int size) {
		Map<String, Object> all = new HashMap<>(this.parameters);
		all.put("prefetchCount", size);
		return all;
	}

	/**
	 * Hands what the statement fetched ({@code links}, as {@link #cypher()} collects it) to the batch loaders, for
	 * the page's {@code nodes} and, below them, for each other node fetched: the same objects the answer holds, so
	 * that the fields below find their answers by them.
	 */
	void prime(List<? extends GraphNode> nodes, List<Object> links) {
		Map<String, Map<String, Object>> byId = new HashMap<>();
		links.forEach(row -> byId.put((String) Values.map(row).get("id"), Values.map(row)));
		for (GraphNode node : nodes) {
			Map<String, Object> row = byId.get(node.id());
			if (row != null && node instanceof Entity entity) {
				prime(this.steps, entity, row);
			}
		}
	}

	private void prime(List<Step> steps, Entity parent, Map<String, Object> row) {
		for (Step step : steps) {
			LinkField field = step.field();
			if (!field.type().equals(parent.getClass().getSimpleName())) {
				continue; // no fetcher asks this field of such a node
			}
			List<Link> links = new ArrayList<>();
			for (Object item : Values.list(row, step.column())) {
				var fetched = Values.map(item);
				Link link = GraphQueries.link(field.relationship(), parent.id(), fetched);
				prime(step.below(), link.other(), fetched);
				links.add(link);
			}
			this.loaders.<ListLoadFetcher.Limited<Entity>, List<Object>>getDataLoader(field.loader())
				.prime(LinkFields.key(parent, step.first()), field.answer(parent, links));
		}
	}

	/**
	 * The subquery of a step and those below it. A node reached through a relationship may be of any kind, and
	 * only those the field below is on have that field: the others are not told apart in the statement (the steps
	 * below the page are bounded, so they cost at most their limit each) but left out when the answers are handed
	 * over.
	 */
	private String subquery(Step step, int depth) {
		Map<String, String> below = new LinkedHashMap<>();
		step.below().forEach(inner -> below.put(inner.column(), subquery(inner, depth + 1)));
		return GraphQueries.linkSubquery(step.field(), Projection.of(this.asked, step.field().type(), step.field().field()),
				depth, (step.first() == null) ? null : limitParameter(step.column()), below, step.column());
	}

	private static String limitParameter(String column) {
		return "prefetchLimit_" + column;
	}

	/** Turns the fields a request asks into steps, numbering their columns. */
	private static final class Planner {

		private final LinkFields fields;

		private final Map<String, Object> limits = new HashMap<>();

		private int columns;

		Planner(LinkFields fields) {
			this.fields = fields;
		}

		/** A link field and the {@code first} it is asked with. */
		private record Wanted(LinkField field, Integer first) {
		}

		List<Step> steps(List<ExecutableNormalizedField> asked, int depth) {
			// one step per field and first, however many times (and under however many aliases) it is asked
			Map<Wanted, List<ExecutableNormalizedField>> wanted = new LinkedHashMap<>();
			for (ExecutableNormalizedField child : asked) {
				for (String typeName : child.getObjectTypeNames()) {
					LinkField field = this.fields.at(typeName, child.getName()).orElse(null);
					if (field == null) {
						continue;
					}
					Integer first;
					try {
						first = LinkFields.first(field, child.getResolvedArguments().get("first"));
					}
					catch (BadRequestException ex) {
						continue; // refused by the field's own fetcher, where the error belongs
					}
					if (depth > 0 && first == null) {
						continue; // unbounded below the page: left to the batch load, which reads each list once
					}
					wanted.computeIfAbsent(new Wanted(field, first), k -> new ArrayList<>()).add(child);
				}
			}
			List<Step> steps = new ArrayList<>();
			wanted.forEach((want, fieldsAsked) -> {
				String column = "l" + this.columns++;
				if (want.first() != null) {
					this.limits.put(limitParameter(column), want.first());
				}
				steps.add(new Step(want.field(), want.first(), column,
						steps(otherNodeFields(want.field(), fieldsAsked), depth + 1)));
			});
			return steps;
		}

		/** The fields asked of the other nodes of a link field's answer. */
		private static List<ExecutableNormalizedField> otherNodeFields(LinkField field, List<ExecutableNormalizedField> asked) {
			List<ExecutableNormalizedField> below = new ArrayList<>();
			if (field.otherField() == null) {
				return below;
			}
			for (ExecutableNormalizedField link : asked) {
				if (LinkField.SELF.equals(field.otherField())) {
					below.addAll(link.getChildren());
				}
				else {
					named(link.getChildren(), field.otherField()).forEach(other -> below.addAll(other.getChildren()));
				}
			}
			return below;
		}

	}

}
