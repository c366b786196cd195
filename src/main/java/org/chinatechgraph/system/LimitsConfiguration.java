package org.chinatechgraph.system;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchemaElement;
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

	/** A list's {@code first} without a default in the schema gets {@code default-page-size}, and says its bounds. */
	@Bean
	GraphQlSourceBuilderCustomizer defaultPageSize(QueryLimits limits) {
		return builder -> builder.typeVisitorsToTransformSchema(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
					TraverserContext<GraphQLSchemaElement> context) {
				if ("first".equals(argument.getName()) && !argument.hasSetDefaultValue()
						&& context.getParentNode() instanceof GraphQLFieldDefinition) {
					String description = "How many items to return: " + limits.defaultPageSize()
							+ " unless given, at most " + limits.maxPageSize() + ".";
					return changeNode(context, argument.transform(a -> a
						.defaultValueProgrammatic(limits.defaultPageSize())
						.description(argument.getDescription() == null ? description : argument.getDescription())));
				}
				return TraversalControl.CONTINUE;
			}

		}));
	}

}
