package org.chinatechgraph.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The nodes and relationships of a generated fact file, each with a sentence of evidence that names it. */
public final class FactFileParts {

	private FactFileParts() {
	}

	/** A node of {@code label} named {@code name}. */
	public static Map<String, Object> node(String id, String label, String name) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("id", id);
		node.put("label", label);
		node.put("name", name);
		node.put("evidence", List.of(name + " is named."));
		return node;
	}

	/** A relationship of {@code type} from one node to another. */
	public static Map<String, Object> rel(String type, String from, String to) {
		Map<String, Object> rel = new LinkedHashMap<>();
		rel.put("type", type);
		rel.put("from", from);
		rel.put("to", to);
		rel.put("evidence", List.of(from + " " + type + " " + to + "."));
		return rel;
	}

}
