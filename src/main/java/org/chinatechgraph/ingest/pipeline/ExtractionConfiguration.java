package org.chinatechgraph.ingest.pipeline;

import org.chinatechgraph.ingest.extract.Extractor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.util.function.SingletonSupplier;

/**
 * The extractor ingestion uses: the rules of {@link Extractor} with the gazetteer and the sector vocabulary. It is
 * built in the background once the service is up, so that neither the start nor the first article waits for it.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	private final SingletonSupplier<Extractor> extractor = SingletonSupplier.of(Extractor::withReferenceData);

	@Bean
	TextExtractor textExtractor() {
		return article -> this.extractor.obtain().extract(article);
	}

	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		Thread.ofVirtual().name("extractor-warm-up").start(this.extractor::obtain);
	}

}
