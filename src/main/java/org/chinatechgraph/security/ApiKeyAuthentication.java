package org.chinatechgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * An API key as a credential: sent as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}, and
 * checked by {@link Provider} against the configured keys' SHA-256 digests, in constant time. The key itself is
 * dropped once checked and never logged.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final String name;

	private transient String key;

	/** A key as sent, not yet checked. */
	ApiKeyAuthentication(String key) {
		super(List.of());
		this.name = "";
		this.key = key;
	}

	/** A checked key: the name it is configured under and its roles. */
	private ApiKeyAuthentication(String name, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.name = name;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return this.key;
	}

	@Override
	public Object getPrincipal() {
		return this.name;
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.key = null;
	}

	static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Checks an API key against every configured key, so that the time taken tells nothing of which matched. */
	static final class Provider implements AuthenticationProvider {

		private final List<SecurityProperties.ApiKey> keys;

		Provider(List<SecurityProperties.ApiKey> keys) {
			this.keys = List.copyOf(keys);
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			byte[] digest = sha256(String.valueOf(authentication.getCredentials()));
			SecurityProperties.ApiKey found = null;
			for (SecurityProperties.ApiKey known : this.keys) {
				if (MessageDigest.isEqual(digest, known.digest()) && found == null) {
					found = known;
				}
			}
			if (found == null) {
				throw new BadCredentialsException("unknown API key");
			}
			return new ApiKeyAuthentication(found.name(), Role.authorities(found.roles()));
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return ApiKeyAuthentication.class.isAssignableFrom(authentication);
		}

	}

}
