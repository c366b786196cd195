package org.chinatechgraph.curation;

import java.util.Map;

/**
 * A merge of one node into another, kept so that it can be undone.
 *
 * @param moved relationships the merged node had that the kept node now has
 * @param combined relationships both had, now one carrying the sources and sentences of both
 */
public record Merge(String id, String keptId, String mergedId, String mergedName, String at, String undoneAt,
		int moved, int combined) {

	static Merge of(Map<String, Object> record) {
		return new Merge((String) record.get("id"), (String) record.get("kept"), (String) record.get("merged"),
				(String) record.get("mergedName"), String.valueOf(record.get("at")),
				record.get("undoneAt") == null ? null : record.get("undoneAt").toString(),
				((Number) record.get("moved")).intValue(), ((Number) record.get("combined")).intValue());
	}

	public boolean undone() {
		return this.undoneAt != null;
	}

}
