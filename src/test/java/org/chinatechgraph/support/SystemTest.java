package org.chinatechgraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test of the system tier: it starts the service whole in a JVM of its own or several times over, drives it in a
 * browser, kills it, stops its database under load or times a benchmark, so it takes seconds to tens of seconds.
 * {@code ./mvnw test} runs the quick tier without these; {@code ./mvnw verify} runs both tiers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SystemTest.TAG)
public @interface SystemTest {

	String TAG = "system";

}
