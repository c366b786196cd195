package org.chinatechgraph.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity filter drops an entity the model doubts only when no relation has it at an end. */
class EntityFilterTests {

	private static ExtractedEntity entity(String ref, String kind, String name) {
		return new ExtractedEntity(ref, kind, name, List.of(), null, null, List.of(), 0.5, Map.of());
	}

	@Test
	void dropsADoubtedEntityAtNoEndOfARelation() {
		int bits = 12;
		Map<Integer, Double> weights = new HashMap<>();
		weights.put(RelationCandidates.hash(List.of("k=City"), bits)[0], 10.0);
		TreeMap<String, Double> bias = new TreeMap<>(Map.of(EntityFilter.KEEP, -5.0));
		RelationModel model = new RelationModel("en", bits, 0, 0.3, new TreeSet<>(), bias,
				Map.of(EntityFilter.KEEP, weights));
		ExtractedEntity city = entity("e1", "City", "Wuhan");
		ExtractedEntity lone = entity("e2", "Company", "Acme");
		ExtractedEntity linked = entity("e3", "Company", "Bolt");
		ExtractedRelation located = new ExtractedRelation("LOCATED_IN", "e3", "e1", null, null, 0.5);
		Extraction x = new Extraction(List.of(city, lone, linked), List.of(located));
		EntityFilter filter = new EntityFilter(model);
		assertThat(filter.keep(city, x)).isGreaterThan(0.9);
		assertThat(filter.keep(lone, x)).isLessThan(0.1);
		Extraction kept = filter.apply(x);
		assertThat(kept.entities()).extracting(ExtractedEntity::ref).containsExactly("e1", "e3");
		assertThat(kept.relations()).containsExactly(located);
	}

}
