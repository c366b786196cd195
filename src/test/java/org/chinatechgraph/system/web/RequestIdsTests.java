package org.chinatechgraph.system.web;



import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	@Test
	void aNewIdIsARandomUuidAndNeverRepeats() {
		Set<String> seen = new HashSet<>();
		IntStream.range(0, 10_000).parallel().mapToObj(i -> RequestIds.fresh()).toList().forEach(id -> {
			UUID uuid = UUID.fromString(id);
			assertThat(uuid.toString()).isEqualTo(id);
			assertThat(uuid.version()).isEqualTo(4);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(seen.add(id)).as("repeated id %s", id).isTrue();
		});
	}

	@Test
	void aSaneCallerIdIsKeptAndAnyOtherReplaced() {
		assertThat(RequestIds.idOf("trace-42:a.b_c")).isEqualTo("trace-42:a.b_c");
		assertThat(RequestIds.idOf("bad id\twith<stuff>")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(RequestIds.idOf("x".repeat(65))).hasSize(36);
		assertThat(RequestIds.idOf(null)).hasSize(36);
	}

}
