package org.chinatechgraph.api;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of the schema has a data fetcher, every argument a place to go: an unmapped field fails here. */
class SchemaMappingTests extends ServiceTest {

	@Test
	void everyFieldAndArgumentIsMapped() {
		var report = this.schemaReport.get();
		assertThat(report).as("schema inspection ran").isNotNull();
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
		assertThat(report.unmappedRegistrations()).isEmpty();
		assertThat(report.skippedTypes()).isEmpty();
	}

}
