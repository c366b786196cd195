package org.chinatechgraph.system.neo4j;

import java.net.URI;

import org.chinatechgraph.support.TestDatabase;
import org.chinatechgraph.system.QueryLimits;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A slice's Neo4j: the database the slices share ({@link TestDatabase#shared()}), reached by Bolt for writes and,
 * when it runs in this JVM, read through its Java API as the service reads its embedded Neo4j.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedNeo4j {

	@Bean
	Neo4jConnectionDetails sharedConnectionDetails() {
		URI bolt = TestDatabase.shared().bolt();
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return bolt;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}

		};
	}

	/** The shared database itself when it runs in this JVM; it outlives the context, which must not stop it. */
	@Bean(destroyMethod = "")
	@Conditional(InProcess.class)
	DatabaseManagementService sharedNeo4j() {
		return TestDatabase.shared().inProcess();
	}

	@Bean
	@Conditional(InProcess.class)
	InProcessReads inProcessReads(DatabaseManagementService sharedNeo4j, QueryLimits limits) {
		return new InProcessReads(sharedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
				limits.queryTimeout());
	}

	static class InProcess implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.shared().inProcess() != null;
		}

	}

}
