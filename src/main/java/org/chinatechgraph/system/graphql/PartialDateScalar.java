package org.chinatechgraph.system.graphql;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.chinatechgraph.system.PartialDate;

/** The {@code PartialDate} scalar: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, kept as a {@link PartialDate}. */
final class PartialDateScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("PartialDate")
		.description("A date at the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD")
		.coercing(new Coercing<PartialDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof PartialDate || value instanceof String) {
					return value.toString();
				}
				throw new CoercingSerializeException("Not a partial date: " + value);
			}

			@Override
			public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return PartialDate.parse(String.valueOf(input));
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (!(input instanceof StringValue string)) {
					throw new CoercingParseLiteralException("A partial date is a string such as \"2020-07\"");
				}
				try {
					return PartialDate.parse(string.getValue());
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseLiteralException(ex.getMessage());
				}
			}

		})
		.build();

	private PartialDateScalar() {
	}

}
