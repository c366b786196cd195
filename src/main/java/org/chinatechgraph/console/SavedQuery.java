package org.chinatechgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.chinatechgraph.system.CypherScript;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A saved query of {@code cypher/queries}: its file name, the title and description its leading comment gives
 * ("Title: description."), and its one statement.
 */
record SavedQuery(String name, String title, String description, String cypher) {

	/** Every saved query on the classpath, by file name. */
	static List<SavedQuery> all() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:cypher/queries/*.cypher");
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(SavedQuery::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SavedQuery read(Resource file) {
		try {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			String comment = text.lines()
				.takeWhile(line -> line.strip().startsWith("//"))
				.map(line -> line.strip().substring(2).strip())
				.collect(Collectors.joining(" "));
			String name = file.getFilename().replaceFirst("\\.cypher$", "");
			String cypher = String.join(";\n", CypherScript.load("cypher/queries/" + file.getFilename()).statements());
			int colon = comment.indexOf(": ");
			return (colon > 0) ? new SavedQuery(name, comment.substring(0, colon), capitalized(comment.substring(colon + 2)), cypher)
					: new SavedQuery(name, comment.isEmpty() ? name : comment, "", cypher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
