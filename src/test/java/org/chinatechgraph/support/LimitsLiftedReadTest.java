package org.chinatechgraph.support;

import org.springframework.test.context.TestPropertySource;

/**
 * The read API ({@link ReadApiTest}) for tests about what it answers and the statements it sends, whose queries
 * ask lists without {@code first} over generated hubs on purpose: the cost and answer-size limits are lifted, so
 * that such a test sees the answer rather than the refusal (and no statement computes list bounds beside its own).
 * The limits have tests of their own (QueryLimitsTests, LimitAttacksTests), on the whole service. Subclasses share
 * one application context; what they load into the shared database they retract.
 */
@TestPropertySource(properties = { "ctg.limits.max-complexity=1000000000", "ctg.limits.max-result-fields=100000000",
		"ctg.limits.list-bounds=false" })
public abstract class LimitsLiftedReadTest extends ReadApiTest {

}
