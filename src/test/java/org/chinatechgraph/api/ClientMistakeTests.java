package org.chinatechgraph.api;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Every client mistake is a GraphQL error with a clear message and a classification; never a 500. */
class ClientMistakeTests extends ServiceTest {

	@ParameterizedTest
	@ValueSource(strings = { "project", "organization", "place", "park", "program", "sector", "article" })
	void unknownIdsAreNotFound(String field) {
		this.graphQl.document("{ %s(id: \"%s:does-not-exist\") { id } }".formatted(field, field))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("does-not-exist");
			}));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{ projects(after: \"not-a-cursor\") { totalCount } }|Malformed cursor",
			"{ projects(first: -1) { totalCount } }|first must not be negative",
			"{ organization(id: \"university:peking-university\") { investments(first: -2) { project { id } } } }|first must not be negative, not -2",
			"{ organization(id: \"university:peking-university\") { investments(first: 101) { project { id } } } }|over the limit max-page-size = 100",
			"{ organizations(first: 101) { totalCount } }|over the limit max-page-size = 100",
			"{ projects(filter: {place: \"Atlantis\"}) { totalCount } }|Unknown place or park 'Atlantis'",
			"{ projects(filter: {sector: \"alchemy\"}) { totalCount } }|Unknown sector 'alchemy'",
			"{ projects(filter: {organization: \"company:nobody\"}) { totalCount } }|Unknown organization",
			"{ projects(filter: {amount: {min: 10, max: 1}}) { totalCount } }|Amount range is empty",
			"{ projects(filter: {signed: {from: \"2021\", to: \"2020\"}}) { totalCount } }|is empty",
			"{ places(filter: {codePrefix: \"3a\"}) { totalCount } }|codePrefix must be 1 to 6 digits",
			"{ partners(id: \"university:peking-university\", hops: 7) { hops } }|over the limit max-hops = 6",
			"{ partners(id: \"university:peking-university\", hops: 0) { hops } }|hops must be between 1 and 6",
			"{ partnershipPath(from: \"university:peking-university\", to: \"company:alpsentek\", maxHops: 7) { length } }|over the limit max-hops = 6",
			"{ connection(from: \"province:jiangxi\", to: \"province:jiangxi\") { length } }|the same node",
			"{ connection(from: \"province:jiangxi\", to: \"province:atlantis\") { length } }|No node with id 'province:atlantis'",
			"{ partners(id: \"company:nobody\") { hops } }|No organization with id 'company:nobody'",
			"{ search(text: \"   \") { score } }|Search text is empty",
			"{ search(text: \"chip\", first: 0) { score } }|first must be between 1 and 100" })
	void badArgumentsAreBadRequests(String document, String message) {
		this.graphQl.document(document).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
			.allSatisfy(error -> {
				assertThat(error.getErrorType()).isIn(ErrorType.BAD_REQUEST, ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at org.");
			})
			.anySatisfy(error -> assertThat(error.getMessage()).contains(message)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ projects(filter: {signed: {from: \"July 2020\"}}) { totalCount } }",
			"{ projects(filter: {status: FINISHED}) { totalCount } }", "{ projects { nothing } }",
			"{ project { id } }" })
	void invalidDocumentsAreValidationErrors(String document) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getErrorType().toString()).isIn("ValidationError",
						"BAD_REQUEST")));
	}

}
