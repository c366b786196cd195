package org.chinatechgraph.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loader's bookkeeping of aliases, which no fact file states: the order of each node's aliases, and which of the
 * aliases a source names it brought in (so that retracting the source takes back only those). Both follow from
 * the order in which sources were loaded and retracted, which a restore cannot replay, so an export writes them to
 * {@code aliases.tsv} and a restore sets them back once every file is loaded.
 *
 * @param nodes each node's aliases, in order
 * @param added for each mention, the aliases its source brought in
 */
record AliasState(List<NodeAliases> nodes, List<Added> added) {

	static final String FILE_NAME = "aliases.tsv";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	record NodeAliases(String id, List<String> aliases) {
	}

	record Added(String source, String node, List<String> aliases) {
	}

	void write(Path directory) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add("# each node's aliases in order, and the aliases each source brought in to each node (JSON lists)");
		this.nodes.forEach(n -> lines.add("node\t" + n.id() + "\t" + JSON.writeValueAsString(n.aliases())));
		this.added.forEach(a -> lines.add("added\t" + a.source() + "\t" + a.node() + "\t" + JSON.writeValueAsString(a.aliases())));
		Files.write(directory.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
	}

	/** The state written with an export, or null when the directory has none. */
	static AliasState read(Path directory) throws IOException {
		Path file = directory.resolve(FILE_NAME);
		if (!Files.exists(file)) {
			return null;
		}
		List<NodeAliases> nodes = new ArrayList<>();
		List<Added> added = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] cells = line.split("\t", -1);
			if (cells[0].equals("node") && cells.length == 3) {
				nodes.add(new NodeAliases(cells[1], JSON.readValue(cells[2], STRINGS)));
			}
			else if (cells[0].equals("added") && cells.length == 4) {
				added.add(new Added(cells[1], cells[2], JSON.readValue(cells[3], STRINGS)));
			}
		}
		return new AliasState(List.copyOf(nodes), List.copyOf(added));
	}

}
