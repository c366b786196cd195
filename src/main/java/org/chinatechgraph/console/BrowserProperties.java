package org.chinatechgraph.console;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of Neo4j Browser at {@code /browser}.
 *
 * @param hosts names this machine may be reached by, besides {@code localhost} and the loopback addresses, under which
 * a page opened on this machine is still handed Browser's login (for instance a name in {@code /etc/hosts}); a name
 * given here must not be one that others' DNS can point at this machine
 */
@ConfigurationProperties("ctg.browser")
record BrowserProperties(List<String> hosts) {

	BrowserProperties {
		hosts = (hosts == null) ? List.of() : List.copyOf(hosts);
	}

}
