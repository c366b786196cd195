package org.chinatechgraph.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The service, whole, for tests about what it answers and the statements it sends, whose queries ask lists without
 * {@code first} over generated hubs on purpose: the cost and answer-size limits are lifted, so that such a test
 * sees the answer rather than the refusal (and no statement computes list bounds beside its own). The limits have tests of their own (QueryLimitsTests,
 * LimitAttacksTests). The cache of reads is off, so that a read asked again is sent again. Subclasses share one application context, on a database of its own, beside the one of the
 * {@link ServiceTest}s.
 */
@TestPropertySource(properties = { "ctg.limits.max-complexity=1000000000", "ctg.limits.max-result-fields=100000000",
		"ctg.limits.list-bounds=false", "ctg.read-cache.enabled=false",
		"ctg.explorer.warm-up=false" })
public abstract class LimitsLiftedServiceTest extends ServiceTestBase {

	@DynamicPropertySource
	static void databaseApart(DynamicPropertyRegistry registry) {
		TestDatabase.configureApart(registry, "limits-lifted");
		TestCredentials.configure(registry);
	}

}
