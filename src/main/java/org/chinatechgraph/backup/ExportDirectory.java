package org.chinatechgraph.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An export on disk: a directory of fact files and their {@code manifest.tsv}. */
final class ExportDirectory {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ExportDirectory() {
	}

	/** Writes the export's fact files and its manifest into a directory that is empty or not there yet. */
	static void write(GraphExport export, Path directory) {
		try {
			Files.createDirectories(directory);
			try (Stream<Path> present = Files.list(directory)) {
				if (present.findAny().isPresent()) {
					throw new BackupException(directory + " is not empty; export into a new or empty directory");
				}
			}
			List<Manifest.Entry> entries = new ArrayList<>();
			for (ExportedFile file : export.files()) {
				Files.write(directory.resolve(file.fileName()), JSON.writeValueAsBytes(file.content()));
				entries.add(new Manifest.Entry(file.fileName(), file.sourceId(), file.contentHash()));
			}
			new Manifest(entries, export.nodes(), export.relationships()).write(directory);
			export.aliases().write(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the export to " + directory, ex);
		}
	}

	static Manifest manifest(Path directory) {
		try {
			if (!Files.isDirectory(directory)) {
				throw new BackupException(directory + " is not a directory");
			}
			Path file = directory.resolve(Manifest.FILE_NAME);
			if (Files.exists(file)) {
				return Manifest.read(file);
			}
			try (Stream<Path> files = Files.list(directory)) {
				var entries = files.map(path -> path.getFileName().toString())
					.filter(name -> name.endsWith(".json"))
					.sorted()
					.map(name -> new Manifest.Entry(name, null, null))
					.toList();
				return new Manifest(entries, -1, -1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + directory, ex);
		}
	}

	static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
