package org.chinatechgraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;

/**
 * A GraphQL slice of every room that answers queries ({@link ReadApi}), for tests of what the rooms share: the
 * statements a request sends, what one query across rooms answers. Like {@link GraphQlSlice}, on the slices' shared
 * database with the seed graph, with no server, HTTP, security or consoles; the counter of statements
 * ({@link RoundTrips}) and the schema's mapping report ({@link TestConfig}) come with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// no controller is named on purpose: ReadApi brings the read rooms' controllers, and naming none would bring all
@GraphQlTest(controllers = ReadApi.class)
@GraphQlSlice
@Import({ ReadApi.class, TestConfig.class })
public @interface ReadApiSlice {

}
