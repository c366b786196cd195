package org.chinatechgraph.system.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.chinatechgraph.system.QueryLimits;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.stereotype.Component;

/**
 * Sends the service's read statements. With Neo4j inside the service, a read runs there through its Java API
 * ({@link InProcessReads}): no network, no encoding. With an external Neo4j, a read is one statement in an
 * auto-commit transaction of a read session: one network round trip (an explicit transaction adds a BEGIN and a
 * COMMIT, about half a millisecond on loopback), routed to a reader in a cluster, and started after the
 * bookmarks of the service's last writes, so an answer always includes what was written before it was asked.
 * Either way the statement is stopped by Neo4j after {@code ctg.limits.query-timeout}, may not write, and
 * answers in the same values. Inside a transaction already begun (a mutation reading back what it wrote), the
 * statement joins that transaction instead. A transient conflict is retried a few times, as a managed
 * transaction would be.
 */
@Component
public class ReadCypher {

	/**
	 * A read that met a transient conflict (a long read over data being written: "read outdated data", a deadlock)
	 * is sent again, as the driver's managed transactions would, a few times and soon; a database that is away
	 * is said at once (readiness and the UNAVAILABLE answer take it from there).
	 */
	private static final int RETRIES = 3;

	/** At DEBUG, each statement with its parameters, its rows and its time, once answered. */
	private static final Logger log = LoggerFactory.getLogger(ReadCypher.class);

	private static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Neo4jBookmarkManager bookmarks;

	private final TransactionConfig timeout;

	private final InProcessReads inProcess;

	ReadCypher(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks, QueryLimits limits,
			ObjectProvider<InProcessReads> inProcess) {
		this.driver = driver;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.timeout = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
		this.inProcess = inProcess.getIfAvailable();
	}

	/** Every row of the answer, as maps of plain Java values, in the order Neo4j returns them. */
	public List<Map<String, Object>> rows(String cypher, Map<String, ?> parameters) {
		return rows(cypher, parameters, Function.identity());
	}

	/** The first row of the answer, if any. */
	public Optional<Map<String, Object>> row(String cypher, Map<String, ?> parameters) {
		return rows(cypher, parameters).stream().findFirst();
	}

	/** Every row of the answer (a map of plain Java values by column), each mapped by {@code mapper}. */
	public <T> List<T> rows(String cypher, Map<String, ?> parameters, Function<Map<String, Object>, T> mapper) {
		return rows(cypher, parameters, mapper, null);
	}

	/**
	 * Every row of the answer of a read the service makes for itself, not for a request (statistics of the whole
	 * graph): stopped after {@code timeout} rather than the query timeout.
	 */
	public List<Map<String, Object>> rowsWithin(Duration timeout, String cypher, Map<String, ?> parameters) {
		return rows(cypher, parameters, Function.identity(), timeout);
	}

	/**
	 * As {@link #rowsWithin(Duration, String, Map)}, each row mapped as it is read: a long answer is never held as
	 * maps all at once.
	 */
	public <T> List<T> rowsWithin(Duration timeout, String cypher, Map<String, ?> parameters,
			Function<Map<String, Object>, T> mapper) {
		return rows(cypher, parameters, mapper, timeout);
	}

	/** Whether a read now would join a transaction already begun, and so see what it has not yet committed. */
	public boolean inTransaction() {
		return transaction() != null;
	}

	private org.neo4j.driver.Transaction transaction() {
		return Neo4jTransactionManager.retrieveTransaction(this.driver, this.databases.getDatabaseSelection(),
				UserSelection.connectedUser());
	}

	private <T> List<T> rows(String cypher, Map<String, ?> parameters, Function<Map<String, Object>, T> mapper,
			Duration timeout) {
		if (!log.isDebugEnabled()) {
			return send(cypher, parameters, mapper, timeout);
		}
		long start = System.nanoTime();
		List<T> rows = send(cypher, parameters, mapper, timeout);
		log.debug("{} rows in {} ms: {} with {}", rows.size(), (System.nanoTime() - start) / 1_000_000, cypher,
				parameters);
		return rows;
	}

	private <T> List<T> send(String cypher, Map<String, ?> parameters, Function<Map<String, Object>, T> mapper,
			Duration timeout) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		var transaction = transaction();
		if (transaction != null) {
			return transaction.run(new Query(cypher, values)).list(record -> mapper.apply(record.asMap()));
		}
		for (int attempt = 1;; attempt++) {
			try {
				if (this.inProcess != null) {
					return (timeout == null) ? this.inProcess.rows(cypher, values, mapper)
							: this.inProcess.rows(cypher, values, mapper, timeout.toMillis());
				}
				return overBolt(cypher, values, mapper,
						(timeout == null) ? this.timeout : TransactionConfig.builder().withTimeout(timeout).build());
			}
			catch (TransientException ex) {
				if (attempt == RETRIES + 1 || DATABASE_UNAVAILABLE.equals(ex.code())) {
					throw ex;
				}
				pause(attempt);
			}
		}
	}

	private <T> List<T> overBolt(String cypher, Map<String, Object> values, Function<Map<String, Object>, T> mapper,
			TransactionConfig timeout) {
		var config = Neo4jTransactionUtils.sessionConfig(true, this.bookmarks.getBookmarks(),
				this.databases.getDatabaseSelection(), UserSelection.connectedUser());
		try (Session session = this.driver.session(Session.class, config)) {
			return session.run(new Query(cypher, values), timeout).list(record -> mapper.apply(record.asMap()));
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(10L << attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a read", ex);
		}
	}

}
