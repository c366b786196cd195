package org.chinatechgraph.console;

import java.util.List;

import org.chinatechgraph.system.neo4j.ClasspathFiles;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The example operations of {@code graphql/examples}, read from the classpath: GraphiQL opens one tab per file. */
@RestController
class GraphiQlController {

	@GetMapping("/graphiql/examples")
	List<Example> examples() {
		return ClasspathFiles.list("classpath:graphql/examples/*.graphql")
			.stream()
			.map(file -> new Example(file.getFilename(), ClasspathFiles.text(file)))
			.toList();
	}

	record Example(String name, String document) {
	}

}
