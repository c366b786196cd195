package org.chinatechgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's packages depend on one another in one direction only: a feature on the shared machinery
 * ({@code graph}, {@code system}), never the other way, and no two packages on each other, however far round. Each
 * room's Cypher lives in its repository ({@code *Queries}), never in a controller.
 */
class PackageStructureTests {

	private static final JavaClasses SERVICE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.chinatechgraph");

	@Test
	void noPackagesDependOnEachOtherInACircle() {
		// every package its own slice: org.chinatechgraph.graph, org.chinatechgraph.ingest.extract.zh, ...
		slices().matching("org.chinatechgraph.(**)").should().beFreeOfCycles().check(SERVICE);
	}

	@Test
	void theSharedMachineryImportsNoFeature() {
		for (String shared : new String[] { "graph", "system" }) {
			noClasses()
				.that()
				.resideInAPackage("org.chinatechgraph." + shared + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage("org.chinatechgraph.ingest..", "org.chinatechgraph.project..",
						"org.chinatechgraph.organization..", "org.chinatechgraph.place..",
						"org.chinatechgraph.summary..", "org.chinatechgraph.filter..", "org.chinatechgraph.cli..",
						"org.chinatechgraph.console..", "org.chinatechgraph.curation..")
				.check(SERVICE);
		}
	}

	@Test
	void controllersSendNoCypherOfTheirOwn() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(org.springframework.data.neo4j.core.Neo4jClient.class.getName())
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(org.chinatechgraph.system.neo4j.ReadCypher.class.getName())
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(org.chinatechgraph.graph.NodeLists.class.getName())
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("org.neo4j.driver..")
			.check(SERVICE);
	}

}
