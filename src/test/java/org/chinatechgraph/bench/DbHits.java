package org.chinatechgraph.bench;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.summary.ProfiledPlan;

/** Runs recorded statements again under PROFILE and adds up their database hits. */
final class DbHits {

	private DbHits() {
	}

	/** The database hits of the statements, each given as the arguments the service passed to {@code run}. */
	@SuppressWarnings("unchecked")
	static long of(Driver driver, List<Object[]> statements) {
		long hits = 0;
		try (var session = driver.session()) {
			for (Object[] args : statements) {
				Query query;
				if (args[0] instanceof Query q) {
					query = q;
				}
				else if (args.length > 1 && args[1] instanceof Map<?, ?> parameters) {
					query = new Query((String) args[0], (Map<String, Object>) parameters);
				}
				else if (args.length > 1 && args[1] instanceof org.neo4j.driver.Value parameters) {
					query = new Query((String) args[0], parameters);
				}
				else {
					query = new Query((String) args[0]);
				}
				var summary = session.run(query.withText("PROFILE " + query.text())).consume();
				hits += total(summary.profile());
			}
		}
		return hits;
	}

	private static long total(ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (ProfiledPlan child : plan.children()) {
			hits += total(child);
		}
		return hits;
	}

}
