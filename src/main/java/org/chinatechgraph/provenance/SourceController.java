package org.chinatechgraph.provenance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.Article;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Source;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The article behind each source, loaded in one batch per request level. */
@Controller
class SourceController {

	private final GraphQueries graph;

	SourceController(GraphQueries graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Source", field = "article")
	Map<Source, Article> article(List<Source> sources) {
		var articles = this.graph.nodes(new HashSet<>(sources.stream().map(Source::articleId).toList()));
		return sources.stream()
			.distinct()
			.collect(Collectors.toMap(s -> s, s -> (Article) articles.get(s.articleId())));
	}

}
