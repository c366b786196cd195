package org.chinatechgraph.ingest.pipeline;

import org.chinatechgraph.ingest.extract.Extractor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/** The extractor ingestion uses: the rules of {@link Extractor} with the gazetteer and the sector vocabulary. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	/** Built on first use, so that the service starts without reading the gazetteer into memory. */
	@Bean
	TextExtractor textExtractor() {
		var extractor = SingletonSupplier.of(Extractor::withReferenceData);
		return article -> extractor.obtain().extract(article);
	}

}
