package org.chinatechgraph.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service, whole, on the test database with the seed graph loaded, queried over HTTP; it accepts the
 * {@link TestCredentials}. Every subclass shares one application context (and so one database): subclasses only
 * read, or put back what they change. The cache of reads is off, so that a test counting the statements a request
 * sends sees them each time; {@code ReadCacheTests} make caches of their own.
 */
public abstract class ServiceTest extends ServiceTestBase {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.configure(registry);
		TestCredentials.configure(registry);
		registry.add("ctg.read-cache.enabled", () -> "false");
		// nor does the service ask the explorer's landing questions itself at start, which would count with a test's
		registry.add("ctg.explorer.warm-up", () -> "false");
	}

}
