package org.chinatechgraph.system;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The scalars of the schema. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.GraphQLLong)
			.scalar(ExtendedScalars.GraphQLBigDecimal)
			.scalar(ExtendedScalars.Currency)
			.scalar(ExtendedScalars.CountryCode)
			.scalar(ExtendedScalars.Url)
			.scalar(PartialDateScalar.INSTANCE);
	}

}
