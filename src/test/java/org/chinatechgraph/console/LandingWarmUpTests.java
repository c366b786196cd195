package org.chinatechgraph.console;

import java.net.URI;
import java.util.Map;

import org.chinatechgraph.graph.ReadCache;
import org.chinatechgraph.support.RunningService;
import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ExecutionGraphQlService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions the service asks itself at start are answered through the public API, each reading the graph (that
 * is what warms it), and are the page's own (see ExplorerDocumentLimitsTests for their documents).
 */
class LandingWarmUpTests extends ServiceTest {

	@Autowired
	private ExecutionGraphQlService graphQlService;

	@Autowired
	private ReadCache cache;

	@LocalServerPort
	private int port;

	private LandingWarmUp warmUp() {
		return new LandingWarmUp(this.graphQlService, this.cache, new ExplorerProperties(true));
	}

	private URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	@Test
	void everyLandingQuestionIsAnsweredFromTheGraphOverHttp() {
		var http = java.net.http.HttpClient.newHttpClient();
		this.roundTrips.reset();
		assertThat(LandingWarmUp.questions().landing()).hasSize(4)
			.allSatisfy(question -> assertThat(LandingWarmUp.overHttp(http, endpoint(), question)).as(question.view())
				.isNotNull());
		assertThat(this.roundTrips.count()).as("statements read for the landing view").isGreaterThanOrEqualTo(4);
		assertThat(warmUp().warm(endpoint())).containsExactly("setup", "map", "timeline", "organizations");
	}

	@Test
	void withoutHttpTheQuestionsAreAskedInProcess() {
		this.roundTrips.reset();
		assertThat(warmUp().warm(null)).containsExactly("setup", "map", "timeline", "organizations");
		assertThat(this.roundTrips.count()).isGreaterThanOrEqualTo(4);
		// an address nothing serves: each question is asked in-process instead
		assertThat(warmUp().warm(URI.create("http://127.0.0.1:" + RunningService.freePort() + "/graphql")))
			.containsExactly("setup", "map", "timeline", "organizations");
	}

	@Test
	void theLandingQuestionsAreThePagesFirstRequestsWithNoFilter() {
		assertThat(LandingWarmUp.questions().landing()).extracting(LandingWarmUp.Question::view)
			.containsExactly("setup", "map", "timeline", "organizations");
		assertThat(LandingWarmUp.questions().landing()).allSatisfy(question -> {
			Object filter = question.variables().get("filter");
			assertThat(filter == null || filter.equals(Map.of())).as(question.view() + ": no filter").isTrue();
		});
	}

	/**
	 * Each filtered view is asked under a filter of each shape, with the seed graph's own values (its largest sector,
	 * its last years, its province with the most investment), and answered.
	 */
	@Test
	void everyFilteredViewIsAskedUnderEachShapeOfFilterWithTheGraphsValues() {
		var questions = LandingWarmUp.questions();
		String largestSector = this.neo4j.query("""
				MATCH (s:Sector) RETURN s.id AS id ORDER BY COUNT { (s)<-[:IN_SECTOR]-(:Project) } DESC, s.id LIMIT 1""")
			.fetchAs(String.class).one().orElseThrow();
		this.roundTrips.reset();
		var answered = warmUp().warmFilters(endpoint());
		assertThat(answered).as("every document under every shape").hasSize(questions.documents().size()
				* questions.filters().size());
		assertThat(answered).anySatisfy(asked -> assertThat(asked).startsWith("map ").contains(largestSector)
			.doesNotContain("years").doesNotContain("place"));
		assertThat(answered).anySatisfy(asked -> assertThat(asked).startsWith("place ").contains("place=province:")
			.contains("years=[").contains(largestSector));
		assertThat(this.roundTrips.count()).isGreaterThanOrEqualTo(answered.size());
	}

}
