package org.chinatechgraph.system.neo4j;

import java.lang.reflect.Method;

import org.chinatechgraph.system.QueryLimits;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DelegatingTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Gives every {@code @Transactional} method that sets no timeout of its own the timeout of its kind, which Neo4j
 * enforces on the transaction: {@code ctg.limits.query-timeout} for a read-only one, {@code write-timeout} for a
 * write (an ingestion batch is one transaction, and may take longer than any read).
 */
final class TransactionTimeouts implements BeanPostProcessor, PriorityOrdered {

	private final ObjectProvider<QueryLimits> limits;

	TransactionTimeouts(ObjectProvider<QueryLimits> limits) {
		this.limits = limits;
	}

	/** Before the proxy creator, which makes the attribute source as soon as it is registered itself. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof TransactionAttributeSource source && !(bean instanceof Timed)) ? new Timed(source)
				: bean;
	}

	private final class Timed implements TransactionAttributeSource {

		private final TransactionAttributeSource source;

		Timed(TransactionAttributeSource source) {
			this.source = source;
		}

		@Override
		public boolean isCandidateClass(Class<?> targetClass) {
			return this.source.isCandidateClass(targetClass);
		}

		@Override
		public boolean hasTransactionAttribute(Method method, Class<?> targetClass) {
			return this.source.hasTransactionAttribute(method, targetClass);
		}

		@Override
		public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
			TransactionAttribute attribute = this.source.getTransactionAttribute(method, targetClass);
			if (attribute == null || attribute.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) {
				return attribute;
			}
			QueryLimits limits = TransactionTimeouts.this.limits.getObject();
			int seconds = (int) Math.max(1,
					(attribute.isReadOnly() ? limits.queryTimeout() : limits.writeTimeout()).toSeconds());
			return new DelegatingTransactionAttribute(attribute) {

				@Override
				public int getTimeout() {
					return seconds;
				}

			};
		}

	}

}
