package org.chinatechgraph.cli;

import java.io.PrintStream;

/** A progress bar on the error stream for a batch of files: redrawn in place on a terminal, a line each otherwise. */
final class Progress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final int total;

	private final boolean terminal;

	Progress(PrintStream out, int total) {
		this.out = out;
		this.total = total;
		this.terminal = System.console() != null;
	}

	void step(int done, String current) {
		if (this.total < 2) {
			return;
		}
		int filled = this.total == 0 ? WIDTH : done * WIDTH / this.total;
		String bar = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + this.total + " "
				+ current;
		if (this.terminal) {
			this.out.print("\r" + bar + " ".repeat(Math.max(0, 20 - current.length())));
			if (done == this.total) {
				this.out.println();
			}
		}
		else {
			this.out.println(bar);
		}
		this.out.flush();
	}

}
