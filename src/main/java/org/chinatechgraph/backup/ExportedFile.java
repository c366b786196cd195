package org.chinatechgraph.backup;

import java.util.Map;

/**
 * One fact file of an export: the facts of one source, in the shape of {@code facts/schema/fact-file.schema.json}.
 *
 * @param fileName its name in the export directory; names sort in restore order
 * @param sourceId the article or reference source it states
 * @param contentHash the hash the source had in the graph, kept so that a restored graph knows its files again
 * @param content the fact file, ready to be written as JSON
 */
record ExportedFile(String fileName, String sourceId, String contentHash, Map<String, Object> content) {
}
