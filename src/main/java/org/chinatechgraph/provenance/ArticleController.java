package org.chinatechgraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.chinatechgraph.graph.Article;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.system.Connection;
import org.chinatechgraph.system.Page;
import org.chinatechgraph.system.SortOrder;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.chinatechgraph.graph.ListLoadFetcher;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static org.chinatechgraph.graph.Lists.ids;
import static org.chinatechgraph.graph.Lists.perParent;

/** Sources: lookups, the list, and what each one reports. */
@Controller
class ArticleController {

	private static final String MENTIONS = "Article.mentions";

	private final GraphQueries graph;

	private final ArticleQueries articles;

	ArticleController(GraphQueries graph, ArticleQueries articles, BatchLoaderRegistry registry) {
		this.graph = graph;
		this.articles = articles;
		registry.<ListLoadFetcher.Limited<Article>, List<Mention>>forName(MENTIONS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> ListLoadFetcher.Limited.byFirst(keys,
					(parents, first) -> perParent(parents, this.articles.mentions(ids(parents), first), List.of()),
					List.of())));
	}

	@QueryMapping
	Article article(@Argument String id) {
		return this.graph.require(id, Article.class, "article");
	}

	@QueryMapping
	Connection<Article> articles(@Argument ArticleFilter filter, @Argument SortOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.articles.list(filter, orderBy, Page.of(first, after, selection));
	}

	/** The entities it reports, the first {@code first} only when given (an article can name hundreds). */
	@SchemaMapping(typeName = "Article")
	CompletableFuture<List<Mention>> mentions(Article article, @Argument Integer first, DataFetchingEnvironment env) {
		return env.<ListLoadFetcher.Limited<Article>, List<Mention>>getDataLoader(MENTIONS)
			.load(new ListLoadFetcher.Limited<>(article, first))
			.thenApply(list -> ListLoadFetcher.firstOf(list, first));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, Integer> mentionCount(List<Article> articles) {
		return perParent(articles, this.articles.mentionCounts(ids(articles)), 0);
	}

}
