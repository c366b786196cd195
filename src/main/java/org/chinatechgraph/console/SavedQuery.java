package org.chinatechgraph.console;

import java.util.List;
import java.util.stream.Collectors;

import org.chinatechgraph.system.neo4j.ClasspathFiles;
import org.chinatechgraph.system.neo4j.CypherScript;

import org.springframework.core.io.Resource;

/**
 * A saved query of {@code cypher/queries}: its file name, the title and description its leading comment gives
 * ("Title: description."), and its one statement.
 */
record SavedQuery(String name, String title, String description, String cypher) {

	/** Every saved query on the classpath, by file name. */
	static List<SavedQuery> all() {
		return ClasspathFiles.list("classpath:cypher/queries/*.cypher").stream().map(SavedQuery::read).toList();
	}

	private static SavedQuery read(Resource file) {
		String text = ClasspathFiles.text(file);
		String comment = text.lines()
			.takeWhile(line -> line.strip().startsWith("//"))
			.map(line -> line.strip().substring(2).strip())
			.collect(Collectors.joining(" "));
		String name = file.getFilename().replaceFirst("\\.cypher$", "");
		String cypher = String.join(";\n", CypherScript.parse(file.getFilename(), text).statements());
		int colon = comment.indexOf(": ");
		return (colon > 0) ? new SavedQuery(name, comment.substring(0, colon), capitalized(comment.substring(colon + 2)), cypher)
				: new SavedQuery(name, comment.isEmpty() ? name : comment, "", cypher);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
