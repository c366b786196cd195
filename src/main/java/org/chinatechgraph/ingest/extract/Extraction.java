package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.Optional;

/** What one article yielded: the things it names and the links between them. */
public record Extraction(List<ExtractedEntity> entities, List<ExtractedRelation> relations) {

	public Extraction {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
	}

	public Optional<ExtractedEntity> entity(String ref) {
		return this.entities.stream().filter((e) -> e.ref().equals(ref)).findFirst();
	}

}
