package org.chinatechgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The example operations of {@code graphql/examples}, read from the classpath: GraphiQL opens one tab per file. */
@RestController
class GraphiQlController {

	@GetMapping("/graphiql/examples")
	List<Example> examples() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql/examples/*.graphql");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		return Arrays.stream(files).map(GraphiQlController::example).toList();
	}

	private static Example example(Resource file) {
		try {
			return new Example(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Example(String name, String document) {
	}

}
