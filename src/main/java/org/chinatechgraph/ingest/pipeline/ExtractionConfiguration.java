package org.chinatechgraph.ingest.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chinatechgraph.ingest.extract.Extractor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.util.function.SingletonSupplier;

/**
 * The extractor ingestion uses: the rules of {@link Extractor} with the gazetteer and the sector vocabulary, built
 * once, on first use, under the supplier's lock. The service builds it in the background once it is up, so that
 * the first article does not wait for it; the commands ({@code ctg.extraction.warm-up=false}) build it when their
 * first article needs it, and a run of fact files never does.
 * <p>
 * The warm-up runs on a platform daemon thread, never a virtual one: building the extractor reads the gazetteer from
 * the classpath, in the packaged jar under the nested jar's monitor, while Neo4j's and the driver's threads load
 * classes from the same jar. A virtual thread holding that monitor needs a carrier to go on, and the carriers could
 * all be waiting for the monitor: the command then hung before its first file, with no CPU in use.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	static final String WARM_UP_THREAD = "extractor-warm-up";

	/**
	 * One per JVM and toolkit: the reference data it is built from never changes, building it takes seconds, and it keeps no
	 * state between articles; a second application context in the same JVM (a test's) uses the one built.
	 */
	private static final Map<String, SingletonSupplier<Extractor>> EXTRACTORS = new ConcurrentHashMap<>();

	private final SingletonSupplier<Extractor> extractor;

	private final boolean warmUp;

	/**
	 * {@code ctg.extraction.toolkit}: an NLP toolkit for English besides the rules, in a jar built with
	 * {@code -Pcorenlp} ({@code corenlp:ner-veto}, see docs/extraction.md); empty (the default) for the rules alone.
	 * Its models are loaded by the first English article, never at start.
	 */
	ExtractionConfiguration(@Value("${ctg.extraction.warm-up:true}") boolean warmUp,
			@Value("${ctg.extraction.toolkit:}") String toolkit) {
		this.warmUp = warmUp;
		this.extractor = EXTRACTORS.computeIfAbsent(toolkit.strip(),
				(spec) -> SingletonSupplier.of(() -> Extractor.withToolkit(spec)));
	}

	@Bean
	TextExtractor textExtractor() {
		return article -> this.extractor.obtain().extract(article);
	}

	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		if (this.warmUp) {
			warmUp();
		}
	}

	/** Starts building the extractor in the background; returns the thread that does. */
	Thread warmUp() {
		return Thread.ofPlatform().daemon().name(WARM_UP_THREAD).start(this.extractor::obtain);
	}

}
