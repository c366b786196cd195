package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.chinatechgraph.security.HashSecret;

import picocli.CommandLine.Command;

/**
 * {@code hash-secret}: reads a secret (from the terminal without echo, or the first line of standard input) and
 * prints what to configure for it. The secret is never an argument, so it stays out of the shell's history.
 */
@Command(name = "hash-secret", header = "Print what to configure for an API key or a password",
		mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = { "Reads a secret (typed without echo, or the first line of standard input) and prints what to "
				+ "configure for it: the SHA-256 for an API key (ctg.security.api-keys[n].sha256), the bcrypt hash for "
				+ "a user's password (ctg.security.users[n].password-hash). Exit status 2 when no secret is given." })
final class HashSecretCommand implements Callable<Integer> {

	private final PrintStream out;

	private final PrintStream err;

	HashSecretCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		String secret = HashSecret.read();
		if (secret == null || secret.isEmpty()) {
			this.err.println("hash-secret: no secret given on standard input");
			return Commands.USAGE;
		}
		HashSecret.print(secret, this.out);
		return Commands.DONE;
	}

}
