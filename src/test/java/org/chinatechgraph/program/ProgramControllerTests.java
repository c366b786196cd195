package org.chinatechgraph.program;

import org.chinatechgraph.support.GraphQlSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The programs room on the seed graph: a program with its projects, the list by place. */
@GraphQlTest(ProgramController.class)
@GraphQlSlice
class ProgramControllerTests {

	private static final String HUNAN = "program:hunan-42-electronic-information-manufacturing-projects-2023";

	@Autowired
	private GraphQlTester graphQl;

	@Test
	void aProgramAnswersItsProjects() {
		this.graphQl.document("{ program(id: \"" + HUNAN + "\") { id name projects { project { id } } } }")
			.execute()
			.path("program.projects[*].project.id").entityList(String.class).hasSize(3);
	}

	@Test
	void programsInAPlaceAreThoseInsideIt() {
		this.graphQl.document("{ programs(filter: {place: \"Hunan\"}, first: 100) { totalCount edges { node { id } } } }")
			.execute()
			.path("programs.edges[*].node.id").entityList(String.class).contains(HUNAN);
		this.graphQl.document("{ programs(filter: {place: \"Jiangxi\"}, first: 100) { edges { node { id } } } }")
			.execute()
			.path("programs.edges[*].node.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).doesNotContain(HUNAN));
	}

}
