package org.chinatechgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import tools.jackson.databind.JsonNode;

/**
 * Draws GraphQL queries from the schema, shaped to make answers large: up to {@value #MAX_ROOTS} aliased root
 * fields (lookups of the graph's best-connected nodes, lists, traversals, searches, summaries), each walked down
 * to at most {@value #MAX_DEPTH} levels, choosing at each level among the type's fields with lists first, then
 * objects, then scalars; a list that takes {@code first} is given one (1, 5, 20 or 100) half the time. Abstract
 * types are entered through an inline fragment on one of their object types. The same seed draws the same
 * queries.
 */
public final class QueryShapes {

	public static final int MAX_DEPTH = 10;

	public static final int MAX_ROOTS = 10;

	/** The labels whose nodes root lookups name, each a GraphQL type of the same name. */
	public static final List<String> LABELS = List.of("Project", "Organization", "Park", "Place", "Program", "Sector",
			"Article");

	private static final List<Integer> PAGE_SIZES = List.of(1, 5, 20, 100);

	private final GraphQLSchema schema;

	private final Map<String, List<String>> ids;

	private final Random random;

	/**
	 * @param ids for each of {@link #LABELS}, ids of its nodes to look up (e.g. {@link #hubsCypher}'s)
	 */
	public QueryShapes(GraphQLSchema schema, Map<String, List<String>> ids, long seed) {
		this.schema = schema;
		this.ids = ids;
		this.random = new Random(seed);
	}

	/** The best-connected nodes of a label, by their number of relationships: where lists are longest. */
	public static String hubsCypher(String label) {
		return "MATCH (n:" + label + ") RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 5";
	}

	/** The next query. */
	public String next() {
		int roots = 1 + this.random.nextInt(MAX_ROOTS);
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < roots; i++) {
			query.append(" a").append(i).append(": ").append(root());
		}
		return query.append(" }").toString();
	}

	private String root() {
		String organization = id("Organization");
		return switch (this.random.nextInt(14)) {
			case 0, 1, 2, 3, 4, 5 -> {
				String label = pick(LABELS.subList(0, 6));
				yield field(Character.toLowerCase(label.charAt(0)) + label.substring(1) + "(id: \"" + id(label) + "\")",
						label);
			}
			case 6 -> field("article(id: \"" + id("Article") + "\")", "Article");
			case 7 -> {
				String list = pick(List.of("projects", "organizations", "places", "parks", "programs", "sectors",
						"articles"));
				String args = this.random.nextBoolean() ? "(first: " + pick(PAGE_SIZES) + ")" : "";
				yield field(list + args, typeOf(this.schema.getQueryType().getFieldDefinition(list)));
			}
			case 8 -> field("partners(id: \"" + organization + "\", hops: " + (1 + this.random.nextInt(6)) + ")",
					"PartnerReach");
			case 9 -> field("coInvestors(id: \"" + organization + "\")", "CoInvestor");
			case 10 -> field("connection(from: \"" + organization + "\", to: \"" + id("Place") + "\")", "GraphPath");
			case 11 -> field("search(text: \"" + pick(List.of("semiconductor", "park", "technology", "zhejiang", "company"))
					+ "\", first: " + pick(PAGE_SIZES) + ")", "SearchHit");
			case 12 -> field("investmentSummary(groupBy: " + pick(List.of("PROVINCE", "CITY", "SECTOR", "YEAR")) + ")",
					"InvestmentSummary");
			default -> field("node(id: \"" + id(pick(LABELS)) + "\")", "Node");
		};
	}

	private String field(String call, String type) {
		return call + " { " + selection((GraphQLNamedType) this.schema.getType(type), 2) + " }";
	}

	/** The selection of a value of {@code type} whose fields stand at {@code level} (the root's are at 1). */
	private String selection(GraphQLNamedType type, int level) {
		if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) {
			List<GraphQLObjectType> objects = (type instanceof GraphQLUnionType union)
					? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
					: this.schema.getImplementations((GraphQLInterfaceType) type);
			GraphQLObjectType object = pick(objects);
			return "__typename ... on " + object.getName() + " { " + selection(object, level) + " }";
		}
		List<GraphQLFieldDefinition> lists = new ArrayList<>();
		List<GraphQLFieldDefinition> objects = new ArrayList<>();
		List<GraphQLFieldDefinition> scalars = new ArrayList<>();
		for (GraphQLFieldDefinition field : ((GraphQLFieldsContainer) type).getFieldDefinitions()) {
			if (field.getArguments().stream().anyMatch(QueryShapes::required)) {
				continue;
			}
			boolean composite = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer
					|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLUnionType;
			if (!composite) {
				scalars.add(field);
			}
			else if (level < MAX_DEPTH) {
				(GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType())) ? lists : objects).add(field);
			}
		}
		StringBuilder selection = new StringBuilder();
		int wanted = 1 + this.random.nextInt(3);
		List<GraphQLFieldDefinition> chosen = new ArrayList<>();
		for (int i = 0; i < wanted; i++) {
			int draw = this.random.nextInt(6);
			List<GraphQLFieldDefinition> from = (draw < 3 && !lists.isEmpty()) ? lists
					: (draw < 5 && !objects.isEmpty()) ? objects : scalars;
			if (from.isEmpty()) {
				from = !lists.isEmpty() ? lists : !objects.isEmpty() ? objects : scalars;
			}
			if (from.isEmpty()) {
				break;
			}
			chosen.add(from.remove(this.random.nextInt(from.size())));
		}
		if (chosen.isEmpty()) {
			return "__typename";
		}
		for (GraphQLFieldDefinition field : chosen) {
			selection.append(selection.isEmpty() ? "" : " ").append(field.getName());
			if (field.getArgument("first") != null && this.random.nextBoolean()) {
				selection.append("(first: ").append(pick(PAGE_SIZES)).append(")");
			}
			GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
			if (named instanceof GraphQLFieldsContainer || named instanceof GraphQLUnionType) {
				selection.append(" { ").append(selection((GraphQLNamedType) named, level + 1)).append(" }");
			}
		}
		return selection.toString();
	}

	private static boolean required(GraphQLArgument argument) {
		return argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue();
	}

	private static String typeOf(GraphQLFieldDefinition field) {
		return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
	}

	private String id(String label) {
		List<String> known = this.ids.getOrDefault(label, List.of());
		return known.isEmpty() ? "unknown:none" : pick(known);
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** How many fields an answer's {@code data} holds: every member of every object in it. */
	public static long fields(JsonNode node) {
		long count = 0;
		if (node.isObject()) {
			for (var entry : node.properties()) {
				count += 1 + fields(entry.getValue());
			}
		}
		else if (node.isArray()) {
			for (JsonNode item : node) {
				count += fields(item);
			}
		}
		return count;
	}

	/**
	 * The limit an answer names when a request was refused for one; else the classification of its first error,
	 * after "error "; null for an answer without errors.
	 */
	public static String limit(JsonNode answer) {
		for (JsonNode error : answer.path("errors")) {
			JsonNode limit = error.path("extensions").path("limit");
			if (limit.isString()) {
				return limit.asString();
			}
		}
		for (JsonNode error : answer.path("errors")) {
			return "error " + error.path("extensions").path("classification").asString("unclassified");
		}
		return null;
	}

}
