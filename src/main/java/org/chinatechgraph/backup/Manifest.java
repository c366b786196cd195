package org.chinatechgraph.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifest.tsv} of an export directory: the files in restore order, each with its source and the content
 * hash the source had, and the size of the graph, which a restore checks it reached.
 *
 * @param entries the files, in restore order
 * @param nodes the exported graph's node count, or -1 when not known
 * @param relationships the exported graph's relationship count, or -1 when not known
 */
record Manifest(List<Entry> entries, long nodes, long relationships) {

	static final String FILE_NAME = "manifest.tsv";

	private static final String NODES = "# nodes: ";

	private static final String RELATIONSHIPS = "# relationships: ";

	/** One fact file of the export. */
	record Entry(String file, String sourceId, String contentHash) {
	}

	void write(Path directory) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# China Tech Graph export: restore loads these fact files in this order, each under the content hash");
		lines.add("# its source had, into an empty store (java -jar china-tech-graph.jar restore <this directory>).");
		lines.add(NODES + this.nodes);
		lines.add(RELATIONSHIPS + this.relationships);
		for (Entry entry : this.entries) {
			lines.add(entry.file() + "\t" + entry.sourceId() + "\t" + entry.contentHash());
		}
		Files.write(directory.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
	}

	static Manifest read(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		long nodes = -1;
		long relationships = -1;
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.startsWith(NODES)) {
				nodes = Long.parseLong(line.substring(NODES.length()).strip());
			}
			else if (line.startsWith(RELATIONSHIPS)) {
				relationships = Long.parseLong(line.substring(RELATIONSHIPS.length()).strip());
			}
			else if (!line.isBlank() && !line.startsWith("#")) {
				String[] cells = line.split("\t");
				if (cells.length != 3 || cells[0].contains("/") || cells[0].contains("\\")) {
					throw new BackupException(file + " line " + number + ": expected <file> <source id> <content hash>");
				}
				entries.add(new Entry(cells[0], cells[1], cells[2]));
			}
		}
		return new Manifest(List.copyOf(entries), nodes, relationships);
	}

}
