package org.chinatechgraph.system.neo4j;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that is away (and may come back) from any other failure. */
public final class DatabaseAvailability {

	private DatabaseAvailability() {
	}

	/** True when the failure, or one of its causes, says the database cannot be reached right now. */
	public static boolean isUnavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientException || t instanceof TransientDataAccessException
					|| t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}

}
