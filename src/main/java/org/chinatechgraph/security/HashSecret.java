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
 * What the {@code hash-secret} command does: reads a secret (from the terminal without echo, or the first
 * line of standard input) and prints what to configure for it: the SHA-256 for an API key, the bcrypt hash for a
 * user's password. The secret is never an argument, so it stays out of the shell's history.
 */
public final class HashSecret {

	private HashSecret() {
	}

	/** Prints what to configure for the secret: the SHA-256 of an API key, the bcrypt hash of a password. */
	public static void print(String secret, PrintStream out) {
		out.println("api key  -> ctg.security.api-keys[n].sha256: "
				+ HexFormat.of().formatHex(ApiKeyAuthentication.sha256(secret)));
		out.println("password -> ctg.security.users[n].password-hash: " + BCrypt.hashpw(secret, BCrypt.gensalt(12)));
	}

	/** The secret typed at the terminal (without echo), or the first line of standard input; null when none. */
	public static String read() {
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
