package org.chinatechgraph.search;

import java.util.List;

import org.chinatechgraph.system.BadRequestException;
import org.chinatechgraph.system.Filters;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search(text:)}: names, aliases and Chinese names of every kind of node, through the full-text indexes. */
@Controller
class SearchController {

	static final int MAX_RESULTS = 100;

	static final int MAX_TEXT = 200;

	private final SearchQueries search;

	SearchController(SearchQueries search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument int first) {
		if (text.isBlank()) {
			throw new BadRequestException("Search text is empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new BadRequestException("Search text is longer than " + MAX_TEXT + " characters");
		}
		if (first < 1 || first > MAX_RESULTS) {
			throw new BadRequestException("first must be between 1 and " + MAX_RESULTS + ", not " + first);
		}
		String query = LuceneQuery.of(text);
		if (query.isBlank()) {
			throw new BadRequestException("Search text has no words");
		}
		return this.search.search(query, LuceneQuery.cjk(text), Filters.labels(types), first);
	}

}
