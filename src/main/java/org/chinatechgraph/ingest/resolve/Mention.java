package org.chinatechgraph.ingest.resolve;

import java.util.List;

/**
 * Something an article names, to be found in the graph: its kind (a node label), names, and the place code or
 * node id the text already pins it to, if any.
 */
public record Mention(String ref, String kind, String name, List<String> aliases, String code, String id) {

	public Mention {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

}
