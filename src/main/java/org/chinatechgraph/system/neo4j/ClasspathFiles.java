package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files of the top-level folders the build puts on the classpath ({@code graphql/}, {@code cypher/}, {@code facts/}). */
public final class ClasspathFiles {

	private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

	private ClasspathFiles() {
	}

	/** The files a location pattern such as {@code classpath:cypher/queries/*.cypher} matches, by file name. */
	public static List<Resource> list(String pattern) {
		try {
			return Arrays.stream(RESOLVER.getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + pattern, ex);
		}
	}

	/** A file's text, read as UTF-8. */
	public static String text(Resource file) {
		try {
			return file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.getDescription(), ex);
		}
	}

}
