package org.chinatechgraph.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * {@code java -jar china-tech-graph.jar hash-secret}: reads a secret (from the terminal without echo, or the first
 * line of standard input) and prints what to configure for it: the SHA-256 for an API key, the bcrypt hash for a
 * user's password. The secret is never an argument, so it stays out of the shell's history.
 */
public final class HashSecret {

	public static final String COMMAND = "hash-secret";

	private HashSecret() {
	}

	/** Runs the command when the arguments ask for it; false when they do not. */
	public static boolean run(String[] args) {
		if (args.length == 0 || !COMMAND.equals(args[0])) {
			return false;
		}
		String secret = read();
		if (secret == null || secret.isEmpty()) {
			System.err.println("No secret given on standard input");
			System.exit(2);
		}
		print(secret, System.out);
		return true;
	}

	static void print(String secret, PrintStream out) {
		out.println("api key  -> ctg.security.api-keys[n].sha256: "
				+ HexFormat.of().formatHex(ApiKeyAuthentication.sha256(secret)));
		out.println("password -> ctg.security.users[n].password-hash: " + BCrypt.hashpw(secret, BCrypt.gensalt(12)));
	}

	private static String read() {
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Secret: ");
			return typed == null ? null : new String(typed);
		}
		try {
			return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			return null;
		}
	}

}
