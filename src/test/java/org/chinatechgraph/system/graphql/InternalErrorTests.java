package org.chinatechgraph.system.graphql;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLFieldDefinition;
import org.chinatechgraph.system.QueryLimits;
import org.chinatechgraph.system.web.RequestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** An internal fault answers a generic message with the request's id; the log has the detail under that id. */
@ExtendWith(OutputCaptureExtension.class)
class InternalErrorTests {

	@Test
	void anInternalErrorNamesTheRequestAndLogsTheDetailUnderIt(CapturedOutput output) {
		var errors = new GraphQlErrors(QueryLimits.defaults());
		GraphQLError error = errors.unexpected(new IllegalStateException("secret detail of the fault"),
				environment("req-77"));
		assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
		assertThat(error.getMessage()).contains("req-77").doesNotContain("secret detail");
		assertThat(error.getExtensions()).containsEntry("requestId", "req-77");
		assertThat(output.getAll()).contains("Internal error in request req-77")
			.contains("secret detail of the fault")
			.contains("at org.chinatechgraph");
	}

	private static DataFetchingEnvironment environment(String requestId) {
		var context = GraphQLContext.newContext().of(RequestIds.KEY, requestId).build();
		var definition = GraphQLFieldDefinition.newFieldDefinition().name("project").type(Scalars.GraphQLString).build();
		var step = ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.fieldDefinition(definition)
			.path(ResultPath.rootPath().segment("project"))
			.build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLContext(context)
			.executionStepInfo(step)
			.mergedField(graphql.execution.MergedField.newMergedField(new Field("project")).build())
			.build();
	}

}
