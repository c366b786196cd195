package org.chinatechgraph.provenance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinatechgraph.graph.Article;
import org.chinatechgraph.graph.GraphQueries;
import org.chinatechgraph.graph.Lists;
import org.chinatechgraph.graph.Organization;
import org.chinatechgraph.graph.Park;
import org.chinatechgraph.graph.Place;
import org.chinatechgraph.graph.Program;
import org.chinatechgraph.graph.Project;
import org.chinatechgraph.graph.Sector;
import org.chinatechgraph.graph.Source;
import org.chinatechgraph.graph.Entity;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Provenance on every type: the articles reporting a node, and the article behind each source. */
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

	@BatchMapping(typeName = "Project", field = "reportedIn")
	Map<Project, List<Source>> projectReportedIn(List<Project> nodes) {
		return reportedIn(nodes);
	}

	@BatchMapping(typeName = "Organization", field = "reportedIn")
	Map<Organization, List<Source>> organizationReportedIn(List<Organization> nodes) {
		return reportedIn(nodes);
	}

	@BatchMapping(typeName = "Place", field = "reportedIn")
	Map<Place, List<Source>> placeReportedIn(List<Place> nodes) {
		return reportedIn(nodes);
	}

	@BatchMapping(typeName = "Park", field = "reportedIn")
	Map<Park, List<Source>> parkReportedIn(List<Park> nodes) {
		return reportedIn(nodes);
	}

	@BatchMapping(typeName = "Program", field = "reportedIn")
	Map<Program, List<Source>> programReportedIn(List<Program> nodes) {
		return reportedIn(nodes);
	}

	@BatchMapping(typeName = "Sector", field = "reportedIn")
	Map<Sector, List<Source>> sectorReportedIn(List<Sector> nodes) {
		return reportedIn(nodes);
	}

	private <T extends Entity> Map<T, List<Source>> reportedIn(List<T> nodes) {
		var mentions = this.graph.mentions(Lists.ids(nodes));
		return nodes.stream()
			.distinct()
			.collect(Collectors.toMap(n -> n, n -> mentions.getOrDefault(n.id(), List.of())));
	}

}
