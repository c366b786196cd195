package org.chinatechgraph.system.neo4j;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/** A {@code .cypher} file of the {@code cypher/} folder: statements end with a semicolon at the end of a line. */
public record CypherScript(String location, List<String> statements) {

	public static CypherScript load(String location) {
		return parse(location, ClasspathFiles.text(new ClassPathResource(location)));
	}

	public static CypherScript parse(String location, String text) {
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.collect(Collectors.joining("\n"));
		List<String> statements = Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		return new CypherScript(location, statements);
	}

}
