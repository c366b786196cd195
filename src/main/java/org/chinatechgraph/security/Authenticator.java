package org.chinatechgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Component;

/**
 * Tells who sent a request from its headers: {@code Authorization: Bearer <api key>}, {@code X-API-Key: <api key>}
 * or {@code Authorization: Basic} with a user's name and password. Secrets are compared by their hashes only, in
 * constant time, and never logged.
 */
@Component
public class Authenticator {

	public static final String API_KEY_HEADER = "X-API-Key";

	private static final Logger log = LoggerFactory.getLogger(Authenticator.class);

	/** Checked when the user is unknown, so that an unknown name takes as long as a wrong password. */
	private static final String NO_USER = BCrypt.hashpw("no such user", BCrypt.gensalt(10));

	private final SecurityProperties properties;

	public Authenticator(SecurityProperties properties) {
		this.properties = properties;
	}

	public boolean openReads() {
		return this.properties.openReads();
	}

	public Caller identify(HttpHeaders headers) {
		String apiKey = headers.getFirst(API_KEY_HEADER);
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (apiKey != null) {
			return apiKey(apiKey.strip());
		}
		if (authorization == null) {
			return Caller.ANONYMOUS;
		}
		String[] parts = authorization.strip().split("\\s+", 2);
		String scheme = parts[0].toLowerCase(Locale.ROOT);
		String credentials = parts.length > 1 ? parts[1] : "";
		return switch (scheme) {
			case "bearer" -> apiKey(credentials);
			case "basic" -> basic(credentials);
			default -> new Caller.Rejected("unsupported authorization scheme");
		};
	}

	private Caller apiKey(String key) {
		byte[] digest = sha256(key);
		for (SecurityProperties.ApiKey known : this.properties.apiKeys()) {
			if (MessageDigest.isEqual(digest, known.digest())) {
				return new Caller.Authenticated(known.name());
			}
		}
		log.warn("Refused an unknown API key");
		return new Caller.Rejected("unknown API key");
	}

	private Caller basic(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return new Caller.Rejected("malformed basic credentials");
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			return new Caller.Rejected("malformed basic credentials");
		}
		String name = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		var user = this.properties.users().stream().filter(u -> u.name().equals(name)).findFirst();
		boolean matches = checkpw(password, user.map(SecurityProperties.User::passwordHash).orElse(NO_USER));
		if (user.isPresent() && matches) {
			return new Caller.Authenticated(name);
		}
		log.warn("Refused a wrong user name or password");
		return new Caller.Rejected("wrong user name or password");
	}

	private static boolean checkpw(String password, String hash) {
		try {
			return BCrypt.checkpw(password, hash);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
