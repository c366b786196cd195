package org.chinatechgraph.backup;

/** An export or restore that cannot go on, with a message for the person running it. */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}

	public BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
