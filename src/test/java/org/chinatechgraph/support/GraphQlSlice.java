package org.chinatechgraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A GraphQL slice of one room, beside {@code @GraphQlTest(ItsController.class)}: that controller, the schema, the
 * GraphQL configuration and limits, and the read side below it ({@link ReadSide}) on the slices' shared database
 * with the seed graph; asked through {@code GraphQlTester}, with no server, HTTP, security or consoles. The cache of
 * reads is off, as in {@link ServiceTest}. Slices only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ImportAutoConfiguration({ Neo4jAutoConfiguration.class, DataNeo4jAutoConfiguration.class,
		TransactionAutoConfiguration.class })
@Import(ReadSide.class)
@TestPropertySource(properties = { "ctg.read-cache.enabled=false", "ctg.explorer.warm-up=false" })
public @interface GraphQlSlice {

}
