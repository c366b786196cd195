package org.chinatechgraph.ingest.pipeline;

import java.time.LocalDate;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor's warm-up runs on a platform daemon thread: on a virtual thread it could hold the nested jar's
 * monitor while every carrier waited for it, and {@code ingest --local} hung before its first file.
 */
class ExtractionConfigurationTests {

	@Test
	void warmsUpOnAPlatformDaemonThread() throws InterruptedException {
		var configuration = new ExtractionConfiguration(true, "");
		Thread warmUp = configuration.warmUp();
		assertThat(warmUp.isVirtual()).isFalse();
		assertThat(warmUp.isDaemon()).isTrue();
		assertThat(warmUp.getName()).isEqualTo(ExtractionConfiguration.WARM_UP_THREAD);
		var extraction = configuration.textExtractor()
			.extract(ArticleText.of("A chip plant was signed in Wuhan, Hubei Province.", LocalDate.of(2024, 5, 1)));
		assertThat(extraction.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Wuhan"));
		warmUp.join(60_000);
		assertThat(warmUp.isAlive()).isFalse();
	}

	@Test
	void leavesTheExtractorToItsFirstUseWhenToldTo() {
		var configuration = new ExtractionConfiguration(false, "");
		configuration.prepare();
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch(t -> t.getName().equals(ExtractionConfiguration.WARM_UP_THREAD) && t.isAlive());
	}

}
