package org.chinatechgraph.backup;

import java.nio.file.Path;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.FactLoader;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Loads an export into an empty store, file by file through the one loader (each file one transaction), giving
 * each source back the content hash it had, then checks the graph has the size the export had.
 */
@Service
public class GraphRestorer {

	private final Neo4jClient neo4j;

	private final FactLoader loader;

	GraphRestorer(Neo4jClient neo4j, FactLoader loader) {
		this.neo4j = neo4j;
		this.loader = loader;
	}

	/** What a restore loaded, and the size of the graph it gave. */
	public record Restored(int files, long nodes, long relationships) {
	}

	/**
	 * Loads an export into this service's database, which must be empty. Without a manifest, loads every
	 * {@code *.json} of the directory in name order, each under its own content hash.
	 */
	public Restored restore(Path directory) {
		Manifest manifest = ExportDirectory.manifest(directory);
		var size = this.neo4j.query(BackupQueries.SIZE).fetch().one().orElseThrow();
		long present = ((Number) size.get("nodes")).longValue();
		if (present > 0) {
			throw new BackupException("The database is not empty (" + present
					+ " nodes); restore only into an empty store, e.g. a new data directory");
		}
		for (Manifest.Entry entry : manifest.entries()) {
			byte[] content = ExportDirectory.read(directory.resolve(entry.file()));
			FactFile facts = this.loader.parse(content, entry.file());
			String hash = entry.contentHash() == null ? FactLoader.sha256(content) : entry.contentHash();
			if (entry.sourceId() != null && (facts.source() == null || !entry.sourceId().equals(facts.source().id()))) {
				throw new BackupException(entry.file() + " does not hold " + entry.sourceId() + " as the manifest says");
			}
			this.loader.load(facts, hash, entry.file());
		}
		restoreAliases(directory);
		size = this.neo4j.query(BackupQueries.SIZE).fetch().one().orElseThrow();
		var restored = new Restored(manifest.entries().size(), ((Number) size.get("nodes")).longValue(),
				((Number) size.get("relationships")).longValue());
		if ((manifest.nodes() >= 0 && manifest.nodes() != restored.nodes())
				|| (manifest.relationships() >= 0 && manifest.relationships() != restored.relationships())) {
			throw new BackupException("The restored graph has " + restored.nodes() + " nodes and "
					+ restored.relationships() + " relationships; the export had " + manifest.nodes() + " and "
					+ manifest.relationships());
		}
		return restored;
	}

	/** Sets each node's aliases in their exported order and each mention's added aliases, when the export has them. */
	private void restoreAliases(Path directory) {
		AliasState aliases;
		try {
			aliases = AliasState.read(directory);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read " + directory.resolve(AliasState.FILE_NAME), ex);
		}
		if (aliases == null) {
			return;
		}
		this.neo4j.query(BackupQueries.SET_NODE_ALIASES)
			.bind(aliases.nodes().stream().map(n -> java.util.Map.of("id", n.id(), "aliases", n.aliases())).toList())
			.to("rows")
			.run();
		this.neo4j.query(BackupQueries.SET_ADDED_ALIASES)
			.bind(aliases.added()
				.stream()
				.map(a -> java.util.Map.of("source", a.source(), "node", a.node(), "aliases", a.aliases()))
				.toList())
			.to("rows")
			.run();
	}

}
