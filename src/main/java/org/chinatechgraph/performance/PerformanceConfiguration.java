package org.chinatechgraph.performance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What keeps requests cheap at scale beside the Cypher: the cache of parsed and validated documents. */
@Configuration(proxyBeanMethods = false)
class PerformanceConfiguration {

	@Bean
	ParsedDocumentCache parsedDocumentCache(PerformanceProperties properties) {
		return new ParsedDocumentCache(properties.documentCacheSize());
	}

	@Bean
	GraphQlSourceBuilderCustomizer cacheParsedDocuments(ParsedDocumentCache cache) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * @param documentCacheSize how many distinct GraphQL documents to keep parsed and validated
	 */
	@ConfigurationProperties("ctg.performance")
	record PerformanceProperties(@DefaultValue("1000") int documentCacheSize) {
	}

}
