package org.chinatechgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The credentials every test service accepts: one API key and one user, configured by their hashes as in
 * production. {@link #authenticated} gives a tester that sends the API key.
 */
public final class TestCredentials {

	public static final String API_KEY = "ctg-test-key-4f1c2a9e7b";

	public static final String API_KEY_NAME = "test-client";

	/** A key that may only ingest and preview (role INGEST). */
	public static final String INGEST_ONLY_KEY = "ctg-test-ingest-only-81d0";

	/** A key that may only read operations data (role OPS). */
	public static final String OPS_ONLY_KEY = "ctg-test-ops-only-5a77";

	public static final String USER = "curator";

	public static final String PASSWORD = "correct horse battery staple";

	/** The bcrypt hash of {@link #PASSWORD}, made once per test run (cost 4 keeps tests fast). */
	public static final String PASSWORD_HASH = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));

	private TestCredentials() {
	}

	public static String apiKeySha256() {
		return sha256(API_KEY);
	}

	private static String sha256(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The settings that configure the test API keys and user, as {@code key=value}: {@link #API_KEY} and the user
	 * have every role, the two other keys one each.
	 */
	public static List<String> settings() {
		return List.of("ctg.security.api-keys[0].name=" + API_KEY_NAME, "ctg.security.api-keys[0].sha256=" + apiKeySha256(),
				"ctg.security.api-keys[1].name=ingest-client", "ctg.security.api-keys[1].sha256=" + sha256(INGEST_ONLY_KEY),
				"ctg.security.api-keys[1].roles=ingest", "ctg.security.api-keys[2].name=ops-client",
				"ctg.security.api-keys[2].sha256=" + sha256(OPS_ONLY_KEY), "ctg.security.api-keys[2].roles=ops",
				"ctg.security.users[0].name=" + USER, "ctg.security.users[0].password-hash=" + PASSWORD_HASH);
	}

	static void configure(DynamicPropertyRegistry registry) {
		for (String setting : settings()) {
			int eq = setting.indexOf('=');
			registry.add(setting.substring(0, eq), () -> setting.substring(eq + 1));
		}
	}

	/** The tester, sending the test API key as a bearer token. */
	public static HttpGraphQlTester authenticated(HttpGraphQlTester tester) {
		return tester.mutate().header("Authorization", "Bearer " + API_KEY).build();
	}

	/** The value of an {@code Authorization} header with the test user's name and password. */
	public static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

}
