package org.chinatechgraph.system;

/** A client asked for something the graph does not hold. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String kind, String id) {
		return new NotFoundException("No " + kind + " with id '" + id + "'");
	}

}
