package org.chinatechgraph.system.graphql;

import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.QueryLimits;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Applies the {@link QueryLimits} that are not checks to the schema: the default page size. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	/**
	 * A page's {@code first} without a default in the schema (that of a field answering a connection) gets
	 * {@code default-page-size}; any other list's {@code first} without one keeps the whole list when it is not
	 * given. Each says so in its description.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer defaultPageSize(QueryLimits limits) {
		return builder -> builder.typeVisitorsToTransformSchema(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
					TraverserContext<GraphQLSchemaElement> context) {
				if ("first".equals(argument.getName()) && !argument.hasSetDefaultValue()
						&& context.getParentNode() instanceof GraphQLFieldDefinition field) {
					boolean page = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLNamedType type
							&& type.getName().endsWith("Connection");
					String description = page
							? "How many items to return: " + limits.defaultPageSize() + " unless given, at most "
									+ limits.maxPageSize() + "."
							: "How many items to return, the first in the list's order: all unless given, at most "
									+ limits.maxPageSize() + " when given.";
					return changeNode(context, argument.transform(a -> {
						if (page) {
							a.defaultValueProgrammatic(limits.defaultPageSize());
						}
						a.description(argument.getDescription() == null ? description : argument.getDescription());
					}));
				}
				return TraversalControl.CONTINUE;
			}

		}));
	}

}
