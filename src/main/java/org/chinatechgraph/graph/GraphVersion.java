package org.chinatechgraph.graph;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A number that grows whenever the graph may have changed, so that what was read at one number is known to be
 * current while the number stays the same. With Neo4j inside the service, every transaction that commits a change
 * raises it, whoever made it: the service, Neo4j Browser, any Bolt client. Against an external Neo4j the service
 * sees only its own writes, so the number is not {@linkplain #exact() exact} there.
 */
@Component
public class GraphVersion {

	private final AtomicLong version = new AtomicLong();

	private volatile long changedAt = System.nanoTime();

	private final boolean exact;

	GraphVersion(ObjectProvider<DatabaseManagementService> embedded) {
		DatabaseManagementService dbms = embedded.getIfAvailable();
		this.exact = dbms != null;
		if (dbms != null) {
			dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
					new TransactionEventListenerAdapter<>() {
						@Override
						public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
							changed();
						}
					});
		}
	}

	/** The current number: equal to one read before, nothing has been committed since. */
	public long current() {
		return this.version.get();
	}

	/** Whether every change to the graph raises the number (Neo4j inside the service), or only the service's own. */
	public boolean exact() {
		return this.exact;
	}

	/** Facts were loaded or retracted by the service: counted once their transaction has committed. */
	@TransactionalEventListener(value = GraphChanged.class, fallbackExecution = true)
	public void changed() {
		this.changedAt = System.nanoTime();
		this.version.incrementAndGet();
	}

	/** How long ago the number last grew (or the service started), in nanoseconds. */
	public long nanosSinceChange() {
		return System.nanoTime() - this.changedAt;
	}

}
