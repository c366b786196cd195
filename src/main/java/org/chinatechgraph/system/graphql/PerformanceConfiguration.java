package org.chinatechgraph.system.graphql;

import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * What keeps requests cheap at scale beside the Cypher: the cache of parsed and validated documents, and no
 * per-field or per-batch-load timers unless asked for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PerformanceConfiguration.PerformanceProperties.class)
class PerformanceConfiguration {

	static final String FIELD_OBSERVATION = "graphql.datafetcher";

	@Bean
	ParsedDocumentCache parsedDocumentCache(PerformanceProperties properties) {
		return new ParsedDocumentCache(properties.documentCacheSize());
	}

	@Bean
	GraphQlSourceBuilderCustomizer cacheParsedDocuments(ParsedDocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * A timer per field fetched ({@code graphql.datafetcher}) costs a tenth of a cheap request's CPU; the request
	 * timer ({@code graphql.request}) stays. Off unless {@code ctg.performance.field-metrics} is true.
	 */
	@Bean
	ObservationPredicate fieldMetrics(PerformanceProperties properties) {
		return (name, context) -> properties.fieldMetrics() || !FIELD_OBSERVATION.equals(name);
	}

	/**
	 * The request's observation ({@code graphql.request}) as Spring Boot would set it up; the batch loads'
	 * ({@code graphql.dataloader}) only with {@code ctg.performance.field-metrics}, like the fields'.
	 */
	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry,
			ObjectProvider<ExecutionRequestObservationConvention> requests,
			ObjectProvider<DataFetcherObservationConvention> fields, PerformanceProperties properties) {
		return new RequestObservations(registry, requests.getIfAvailable(), fields.getIfAvailable(),
				properties.fieldMetrics());
	}

	/**
	 * @param documentCacheSize how many distinct GraphQL documents to keep parsed and validated
	 * @param fieldMetrics whether to time every field fetched, by field name ({@code graphql_datafetcher_seconds}),
	 * and every batch load ({@code graphql_dataloader_seconds})
	 */
	@ConfigurationProperties("ctg.performance")
	record PerformanceProperties(@DefaultValue("1000") int documentCacheSize, @DefaultValue("false") boolean fieldMetrics) {
	}

}
