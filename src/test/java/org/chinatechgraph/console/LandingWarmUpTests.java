package org.chinatechgraph.console;

import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.net.URI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The landing questions the service asks itself at a first start are answered through the public API, each
 * reading the graph (that is what warms it), and are the page's own (see ExplorerDocumentLimitsTests for their
 * documents).
 */
class LandingWarmUpTests extends ServiceTest {

	@Autowired
	private ExecutionGraphQlService graphQlService;

	@Autowired
	private ReadCache cache;

	@LocalServerPort
	private int port;

	@Test
	void everyLandingQuestionIsAnsweredFromTheGraphOverHttp() {
		URI endpoint = URI.create("http://127.0.0.1:" + this.port + "/graphql");
		var http = java.net.http.HttpClient.newHttpClient();
		this.roundTrips.reset();
		assertThat(LandingWarmUp.questions())
			.allSatisfy(question -> assertThat(LandingWarmUp.overHttp(http, endpoint, question)).as(question.view()).isTrue());
		assertThat(this.roundTrips.count()).as("statements read for the landing view").isGreaterThanOrEqualTo(4);
		var warmUp = new LandingWarmUp(this.graphQlService, this.cache, new ExplorerProperties(true));
		assertThat(warmUp.warm(endpoint)).containsExactly("setup", "map", "timeline", "organizations");
	}

	@Test
	void withoutHttpTheQuestionsAreAskedInProcess() {
		var warmUp = new LandingWarmUp(this.graphQlService, this.cache, new ExplorerProperties(true));
		this.roundTrips.reset();
		assertThat(warmUp.warm(null)).containsExactly("setup", "map", "timeline", "organizations");
		assertThat(this.roundTrips.count()).isGreaterThanOrEqualTo(4);
		// an address nothing serves: each question is asked in-process instead
		assertThat(warmUp.warm(URI.create("http://127.0.0.1:" + org.chinatechgraph.support.RunningService.freePort()
				+ "/graphql"))).containsExactly("setup", "map", "timeline", "organizations");
	}

	@Test
	void theLandingQuestionsAreThePagesFirstRequestsWithNoFilter() {
		assertThat(LandingWarmUp.questions()).extracting(LandingWarmUp.Question::view)
			.containsExactly("setup", "map", "timeline", "organizations");
		assertThat(LandingWarmUp.questions()).allSatisfy(question -> {
			Object filter = question.variables().get("filter");
			assertThat(filter == null || filter.equals(java.util.Map.of())).as(question.view() + ": no filter").isTrue();
		});
	}

}
