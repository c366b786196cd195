package org.chinatechgraph.bench;

/** A benchmark cannot run as asked: its message says why, and the command exits non-zero. */
class BenchmarkException extends RuntimeException {

	BenchmarkException(String message) {
		super(message);
	}

	BenchmarkException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Runs a benchmark's main body; a refusal prints its reason and exits with status 2, a failure with 1. */
	static void run(String name, ThrowingRunnable body) {
		try {
			body.run();
			System.exit(0);
		}
		catch (BenchmarkException ex) {
			System.err.println(name + ": " + ex.getMessage());
			System.exit(2);
		}
		catch (Throwable ex) {
			System.err.println(name + " failed: " + ex);
			ex.printStackTrace();
			System.exit(1);
		}
	}

	interface ThrowingRunnable {

		void run() throws Exception;

	}

}
