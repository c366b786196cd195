package org.chinatechgraph.system;

/** A client mistake in the arguments of a request; the message says what to change. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
