package org.chinatechgraph.ingest;

import java.util.List;

import org.chinatechgraph.system.BadRequestException;

/** A fact file that cannot be loaded; nothing of it was written. The client's to mend: a bad request. */
public class InvalidFactFileException extends BadRequestException {

	private final List<String> problems;

	public InvalidFactFileException(String source, List<String> problems) {
		super("Fact file " + source + " is invalid: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
