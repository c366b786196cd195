package org.chinatechgraph.graph;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.dataloader.BatchLoaderEnvironment;

/**
 * Which properties a load of relationships returns (a batch load, or a page's {@link Prefetch}): those of the
 * relationship and of the node at its other end that the operation asks for, and no more. A firm's five projects
 * asked as {@code project { id name }} then come back as {@code n {.id, .name}}, not with every description and
 * every sentence of evidence.
 * <p>
 * A field is read from the property of its own name, a {@code Money} field from the properties of its prefix
 * (see {@link GraphNodes#MONEY_SUFFIXES}), {@code sources} from a relationship's evidence, and a field that has a
 * data fetcher of its own (a relationship, a count) needs only the node's id. Anything else, and any load whose
 * field the operation does not show, gets every property: the projection narrows what is read, it never guesses.
 */
public record Projection(Set<String> relationship, Set<String> node) {

	/** Every property of both: the relationship's and the node's. */
	public static final Projection ALL = new Projection(null, null);

	private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** What the operation in {@code env}'s context asks below the field {@code type.field}. */
	public static Projection of(BatchLoaderEnvironment env, String type, String field) {
		return (env.getContext() instanceof GraphQLContext context) ? of((Asked) context.get(Asked.class), type, field) : ALL;
	}

	static Projection of(Asked asked, String type, String field) {
		if (asked == null) {
			return ALL;
		}
		List<ExecutableNormalizedField> at = asked.operation()
			.getCoordinatesToNormalizedFields()
			.get(FieldCoordinates.coordinates(type, field));
		if (at.isEmpty()) {
			return ALL;
		}
		var needs = new Needs(asked.schema());
		for (ExecutableNormalizedField link : at) {
			if (needs.isNode(link)) {
				// a list of nodes themselves (a project's sectors): their fields, and no relationship's
				needs.node(link.getChildren());
			}
			else {
				for (ExecutableNormalizedField child : link.getChildren()) {
					if (isMeta(child)) {
						continue;
					}
					if (needs.isNode(child)) {
						needs.node(child.getChildren());
					}
					else {
						needs.relationship(child);
					}
				}
			}
		}
		return needs.projection();
	}

	/** {@code __typename}: answered from the labels every load returns, no property needed. */
	private static boolean isMeta(ExecutableNormalizedField field) {
		return field.getName().startsWith("__");
	}

	/** The relationship named {@code r} as a Cypher map. */
	String relationshipMap() {
		return relationshipMap("r");
	}

	/** The relationship named {@code variable} as a Cypher map. */
	String relationshipMap(String variable) {
		if (this.relationship == null) {
			return variable + " {.*}";
		}
		return this.relationship.isEmpty() ? "{}" : variable + " {" + keys(this.relationship) + "}";
	}

	/** The node named {@code n} as a Cypher map, with its labels, as {@link GraphNodes#from} reads it. */
	String nodeMap() {
		return nodeMap("n");
	}

	/** The node named {@code variable} as a Cypher map, with its labels. */
	String nodeMap(String variable) {
		return variable + " {" + ((this.node == null) ? ".*" : keys(this.node)) + ", labels: labels(" + variable + ")}";
	}

	private static String keys(Set<String> keys) {
		StringBuilder text = new StringBuilder();
		for (String key : keys) {
			if (!KEY.matcher(key).matches()) {
				throw new IllegalArgumentException("Not a property name: " + key);
			}
			text.append(text.isEmpty() ? "" : ", ").append('.').append(key);
		}
		return text.toString();
	}

	/** The operation being executed and its schema, kept in the request's context for the batch loads. */
	public record Asked(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
	}

	/** The properties found needed so far; null once one field needs them all. */
	private static final class Needs {

		private final GraphQLSchema schema;

		private Set<String> relationship = new TreeSet<>();

		private Set<String> node = new TreeSet<>(List.of("id", "name"));

		Needs(GraphQLSchema schema) {
			this.schema = schema;
		}

		boolean isNode(ExecutableNormalizedField field) {
			String objectType = field.getObjectTypeNames().iterator().next(); // the field's type is the same on each
			GraphQLType type = GraphQLTypeUtil.unwrapAll(definition(objectType, field).getType());
			return switch (type) {
				case GraphQLInterfaceType i -> i.getName().equals("Node") || implementsNode(i.getInterfaces());
				case GraphQLObjectType o -> implementsNode(o.getInterfaces());
				default -> false;
			};
		}

		private GraphQLFieldDefinition definition(String objectType, ExecutableNormalizedField field) {
			return this.schema.getObjectType(objectType).getField(field.getName());
		}

		private static boolean implementsNode(List<? extends GraphQLNamedType> interfaces) {
			return interfaces.stream().anyMatch(i -> i.getName().equals("Node"));
		}

		void node(Collection<ExecutableNormalizedField> fields) {
			for (ExecutableNormalizedField field : fields) {
				if (!isMeta(field)) {
					this.node = add(this.node, field);
				}
			}
		}

		void relationship(ExecutableNormalizedField field) {
			this.relationship = add(this.relationship, field);
		}

		private Set<String> add(Set<String> keys, ExecutableNormalizedField field) {
			if (keys == null) {
				return keys;
			}
			for (String typeName : field.getObjectTypeNames()) {
				var coordinates = FieldCoordinates.coordinates(typeName, field.getName());
				if (this.schema.getCodeRegistry().hasDataFetcher(coordinates)) {
					continue; // loaded by its own fetcher from the id
				}
				GraphQLType type = GraphQLTypeUtil.unwrapAll(definition(typeName, field).getType());
				String typeOf = ((GraphQLNamedType) type).getName();
				if (typeOf.equals("Money")) {
					GraphNodes.MONEY_SUFFIXES.forEach(suffix -> keys.add(field.getName() + suffix));
				}
				else if (typeOf.equals("Source")) {
					keys.addAll(GraphNodes.SOURCE_KEYS);
				}
				else if (GraphQLTypeUtil.isLeaf(type)) {
					keys.add(field.getName());
				}
				else {
					return null; // an object built from properties not named here: read them all
				}
			}
			return keys;
		}

		Projection projection() {
			return new Projection(this.relationship, this.node);
		}

	}

}
