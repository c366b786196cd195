package org.chinatechgraph.security;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service. Reads are open unless {@code openReads} is false; every mutation needs a caller
 * who proves who they are with an API key or a user's password, and holds the mutation's {@link Role}. Only hashes
 * of the secrets are configured.
 *
 * @param openReads whether queries need no credentials
 * @param apiKeys the API keys, each by the SHA-256 of the key
 * @param users the users, each with a bcrypt hash of the password
 */
@ConfigurationProperties("ctg.security")
public record SecurityProperties(@DefaultValue("true") boolean openReads, @DefaultValue List<ApiKey> apiKeys,
		@DefaultValue List<User> users) {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	public SecurityProperties {
		for (ApiKey key : apiKeys) {
			if (key.name() == null || key.sha256() == null || !key.sha256().matches("[0-9a-fA-F]{64}")) {
				throw new IllegalArgumentException("ctg.security.api-keys: each needs a name and sha256, the 64 hex"
						+ " digits of the SHA-256 of the key (java -jar china-tech-graph.jar hash-secret)");
			}
		}
		for (User user : users) {
			if (user.name() == null || user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
				throw new IllegalArgumentException("ctg.security.users: each needs a name and password-hash, a bcrypt"
						+ " hash such as $2a$10$... (java -jar china-tech-graph.jar hash-secret)");
			}
		}
	}

	/**
	 * An API key: its name (who holds it, for the logs), the SHA-256 of the key, in hex, and its roles (all when
	 * none is given).
	 */
	public record ApiKey(String name, String sha256, List<Role> roles) {

		byte[] digest() {
			return HexFormat.of().parseHex(this.sha256.toLowerCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return "ApiKey[" + this.name + "]";
		}

	}

	/** A user: the name to log in with, the bcrypt hash of the password, and the roles (all when none is given). */
	public record User(String name, String passwordHash, List<Role> roles) {

		@Override
		public String toString() {
			return "User[" + this.name + "]";
		}

	}

}
