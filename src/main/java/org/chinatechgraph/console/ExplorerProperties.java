package org.chinatechgraph.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the explorer, the landing page.
 *
 * @param warmUp whether the service asks the landing view's questions itself once it is up, in the background,
 * when it keeps no questions from an earlier run ({@code ctg.read-cache.warm-entries}): the first visitor then finds
 * their answers read and their statements planned instead of waiting for them cold
 */
@ConfigurationProperties("ctg.explorer")
record ExplorerProperties(@DefaultValue("true") boolean warmUp) {
}
