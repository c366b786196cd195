package org.chinatechgraph.system;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import java.util.List;

/** Applies the {@link QueryLimits} that are not checks: the default page size and the transactions' timeout. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	/** Read-only transactions time out after {@code query-timeout}, writes after {@code write-timeout}. */
	@Bean
	static TransactionTimeouts transactionTimeouts(ObjectProvider<QueryLimits> limits) {
		return new TransactionTimeouts(limits);
	}

	/** A transaction begun in code rather than by {@code @Transactional} times out after {@code write-timeout}. */
	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> transactionTimeout(QueryLimits limits) {
		return manager -> manager.setDefaultTimeout((int) Math.max(1, limits.writeTimeout().toSeconds()));
	}

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
