package org.chinatechgraph.system.graphql;

import graphql.scalars.ExtendedScalars;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The scalars of the schema, and the lists' own Relay connections. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/**
	 * The lists build their own connections, with {@code totalCount} (see {@link Page}), and never return Spring
	 * Data windows. A cursor strategy that supports no scroll position keeps Spring's window adapter, which would
	 * turn a failed list into an empty connection, off every {@code *Connection} field.
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new NoScrollPositions(), CursorEncoder.noOpEncoder());
	}

	private static final class NoScrollPositions implements CursorStrategy<ScrollPosition> {

		@Override
		public boolean supports(Class<?> targetType) {
			return false;
		}

		@Override
		public String toCursor(ScrollPosition position) {
			throw new UnsupportedOperationException("Lists page with Page, not scroll positions");
		}

		@Override
		public ScrollPosition fromCursor(String cursor) {
			throw new UnsupportedOperationException("Lists page with Page, not scroll positions");
		}

	}

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.GraphQLLong)
			.scalar(ExtendedScalars.GraphQLBigDecimal)
			.scalar(ExtendedScalars.Currency)
			.scalar(ExtendedScalars.CountryCode)
			.scalar(ExtendedScalars.Url)
			.scalar(ExtendedScalars.Json)
			.scalar(PartialDateScalar.INSTANCE);
	}

}
