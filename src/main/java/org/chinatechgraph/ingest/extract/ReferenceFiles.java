package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chinatechgraph.ingest.FactFile;

import tools.jackson.databind.json.JsonMapper;

/** Reads fact files (the reference places and sectors, curated article facts) from the classpath or a path. */
public final class ReferenceFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReferenceFiles() {
	}

	public static FactFile classpath(String location) {
		try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("not on the classpath: " + location);
			}
			return JSON.readValue(in.readAllBytes(), FactFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static FactFile read(Path path) {
		try {
			return JSON.readValue(Files.readAllBytes(path), FactFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
