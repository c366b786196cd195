package org.chinatechgraph.system.neo4j;

import org.chinatechgraph.system.QueryLimits;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * One set of bookmarks for the writes (Spring transactions) and the reads ({@link ReadCypher}): a read starts
 * after the service's last write, on whichever cluster member serves it.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	@Bean
	Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build();
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/** Read-only transactions time out after {@code query-timeout}, writes after {@code write-timeout}. */
	@Bean
	static TransactionTimeouts transactionTimeouts(ObjectProvider<QueryLimits> limits) {
		return new TransactionTimeouts(limits);
	}

	/** A transaction begun in code rather than by {@code @Transactional} times out after {@code write-timeout}. */
	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> transactionTimeout(QueryLimits limits) {
		return manager -> manager.setDefaultTimeout((int) Math.max(1, limits.writeTimeout().toSeconds()));
	}

}
