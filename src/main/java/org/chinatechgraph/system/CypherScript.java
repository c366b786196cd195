package org.chinatechgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/** A {@code .cypher} file of the {@code cypher/} folder: statements end with a semicolon at the end of a line. */
public record CypherScript(String location, List<String> statements) {

	public static CypherScript load(String location) {
		try (var in = new ClassPathResource(location).getInputStream()) {
			return parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

	static CypherScript parse(String location, String text) {
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
