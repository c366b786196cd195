package org.chinatechgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.chinatechgraph.support.ServiceTest;
import org.chinatechgraph.support.TestCredentials;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text in every text argument of every query and mutation, found in the schema (so new fields are covered
 * as they come): Cypher and Lucene syntax, odd Unicode, very long strings. None is an internal error, and the graph
 * is the same afterwards: Cypher only ever gets these as parameters.
 */
class InjectionTests extends ServiceTest {

	static final List<String> HOSTILE = List.of("' }) MATCH (n) DETACH DELETE n //", "\" }) MATCH (n) DETACH DELETE n //",
			"x'}) WITH 1 AS x CALL db.labels() YIELD label RETURN label //", "`) DETACH DELETE n //", "$id",
			"province:jiangxi' OR '1'='1", "*:* OR name:/.*/~2 AND [a TO z] ^10 \"unclosed", "\\\\ \\u0000 ~ * ? : ( ) { } [ ] ^ \"",
			"江西省 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e\u200b\uFEFF", "\u0000\u0001\u001f", "a".repeat(20_000), "ʼ; DROP CONSTRAINT x; //");

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void hostileTextInEveryArgumentChangesNothing() {
		String checksum = """
				MATCH (n) WITH count(n) AS nodes, sum(size(keys(n))) AS props,
				     sum(size(coalesce(n.id, '')) + size(coalesce(n.name, ''))) AS text
				OPTIONAL MATCH ()-[r]->()
				WITH nodes, props, text, count(r) AS rels, sum(size(keys(r))) AS relProps
				RETURN [nodes, props, text, rels, relProps] AS sum""";
		var before = this.neo4j.query(checksum).fetch().one().orElseThrow();
		GraphQLSchema schema = this.graphQlSource.schema();
		HttpGraphQlTester tester = TestCredentials.authenticated(this.graphQl);
		int requests = 0;
		List<String> operations = new ArrayList<>();
		for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
			String keyword = root == schema.getQueryType() ? "query" : "mutation";
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				for (Target target : targets(field)) {
					for (String text : HOSTILE) {
						String document = keyword + " Hostile($text: String!) { " + call(field, target) + " }";
						String operation = document.replace("$text: String!", "$text: " + target.type());
						tester.document(operation).variable("text", text).execute().errors().satisfy(errors ->
							assertThat(errors).as(operation).allSatisfy(error -> assertThat(error.getErrorType().toString())
								.as(operation + " with " + text.substring(0, Math.min(text.length(), 40)) + ": " + error.getMessage())
								.isIn("BAD_REQUEST", "NOT_FOUND", "ValidationError")));
						requests++;
					}
					operations.add(field.getName() + "(" + target + ")");
				}
			}
		}
		System.out.printf("Sent %d hostile requests to %d arguments: %s%n", requests, operations.size(), operations);
		assertThat(operations).as("text arguments found in the schema").hasSizeGreaterThan(15);
		assertThat(this.neo4j.query(checksum).fetch().one().orElseThrow()).isEqualTo(before);
	}

	/** A text argument of a field: a top-level one, or a field of an input-object argument. */
	record Target(String argument, String inputField, String type) {

		@Override
		public String toString() {
			return this.inputField == null ? this.argument : this.argument + "." + this.inputField;
		}

	}

	private static List<Target> targets(GraphQLFieldDefinition field) {
		List<Target> targets = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(argument.getType());
			if (isText(type)) {
				targets.add(new Target(argument.getName(), null, textType(argument.getType())));
			}
			else if (type instanceof GraphQLInputObjectType input) {
				for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
					if (isText(GraphQLTypeUtil.unwrapAll(inputField.getType()))) {
						targets.add(new Target(argument.getName(), inputField.getName(), textType(inputField.getType())));
					}
				}
			}
		}
		return targets;
	}

	/** The field called with the hostile text in the target and plain values in its other required arguments. */
	private static String call(GraphQLFieldDefinition field, Target target) {
		List<String> arguments = new ArrayList<>();
		for (GraphQLArgument argument : field.getArguments()) {
			if (argument.getName().equals(target.argument())) {
				arguments.add(argument.getName() + ": " + (target.inputField() == null ? "$text"
						: "{" + target.inputField() + ": $text}"));
			}
			else if (GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue()) {
				arguments.add(argument.getName() + ": " + plain(argument.getType()));
			}
		}
		boolean composite = !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
				|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType);
		return field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
				+ (composite ? " { __typename }" : "");
	}

	private static String plain(GraphQLInputType type) {
		GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(type);
		if (inner instanceof GraphQLList list) {
			return "[" + plain((GraphQLInputType) list.getWrappedType()) + "]";
		}
		if (inner instanceof GraphQLEnumType enumType) {
			return enumType.getValues().getFirst().getName();
		}
		if (inner instanceof GraphQLScalarType scalar) {
			return switch (scalar.getName()) {
				case "Int", "Long" -> "1";
				case "Float", "BigDecimal" -> "1.0";
				case "Boolean" -> "true";
				default -> "\"province:jiangxi\"";
			};
		}
		if (inner instanceof GraphQLInputObjectType input) {
			return input.getFieldDefinitions().stream()
				.filter(f -> GraphQLTypeUtil.isNonNull(f.getType()) && !f.hasSetDefaultValue())
				.map(f -> f.getName() + ": " + plain(f.getType()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		throw new IllegalArgumentException("No plain value for " + GraphQLTypeUtil.simplePrint(type));
	}

	private static boolean isText(GraphQLType type) {
		return type instanceof GraphQLScalarType scalar && List.of("String", "ID").contains(scalar.getName());
	}

	/** The variable's type: the argument's, as String or ID, lists and non-null included. */
	private static String textType(GraphQLInputType type) {
		return GraphQLTypeUtil.simplePrint(type);
	}

}
