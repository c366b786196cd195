package org.chinatechgraph.system;

import java.time.Duration;

import org.chinatechgraph.system.graphql.ListBounds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every GraphQL request is held to, checked before anything runs (see {@code graphql.QueryLimitsInstrumentation}
 * and {@code web.RequestSizeFilter}) and, for the size of its answer, while it runs; and the limits of each Neo4j
 * transaction.
 *
 * @param maxDepth how deeply selections may nest
 * @param maxComplexity the cost of a query: each field counts one, and what is under a list field counts as many
 * times as the list's {@code first} (or the number of {@code ids}), or, for a list without {@code first}, as many
 * times as the largest such list in the graph ({@link ListBounds})
 * @param maxPageSize the largest {@code first} of any list
 * @param defaultPageSize the page size when {@code first} is not given
 * @param maxHops the longest traversal ({@code hops}, {@code maxHops})
 * @param maxRootFields how many fields the executed operation may select at its root
 * @param maxAliases how many aliased fields a document may hold
 * @param maxOperations how many operations a document may define
 * @param maxRequestSize the largest HTTP request body sent to {@code /graphql}
 * @param queryTimeout how long a request may take; also each read transaction's timeout in Neo4j
 * @param writeTimeout the timeout of the database as a whole (embedded mode), which writes such as an ingestion
 * batch may use by giving their transaction a longer timeout than {@code queryTimeout}
 * @param transactionMemory the most memory one transaction may use (embedded mode; a server sets its own
 * {@code db.memory.transaction.max})
 * @param maxResultFields how many fields the answer to a query may hold (each field of each object answered,
 * counted while it executes): a query whose answer grows past it is stopped and refused
 * @param maxAggregates how many fields that add up a whole selection of projects ({@code investmentSummary},
 * {@code projectTimeline}, {@code topInvestors}, {@code topOrganizations}) the executed operation may ask: each may read every project
 */
@ConfigurationProperties("ctg.limits")
public record QueryLimits(@DefaultValue("10") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize, @DefaultValue("6") int maxHops,
		@DefaultValue("10") int maxRootFields, @DefaultValue("10") int maxAliases,
		@DefaultValue("5") int maxOperations, @DefaultValue("100KB") DataSize maxRequestSize,
		@DefaultValue("10s") Duration queryTimeout, @DefaultValue("5m") Duration writeTimeout,
		@DefaultValue("512MB") DataSize transactionMemory, @DefaultValue("10000") int maxResultFields,
		@DefaultValue("3") int maxAggregates) {

	/** The defaults, for code outside a Spring context. */
	public static QueryLimits defaults() {
		return new QueryLimits(10, 2000, 100, 20, 6, 10, 10, 5, DataSize.ofKilobytes(100), Duration.ofSeconds(10),
				Duration.ofMinutes(5), DataSize.ofMegabytes(512), 10_000, 3);
	}

}
