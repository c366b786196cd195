package org.chinatechgraph.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads an API key from a request: {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}. HTTP Basic is
 * left to Spring Security's own filter; any other scheme is refused rather than ignored, so that a client sending
 * credentials the service cannot check is told so instead of being served as anonymous.
 */
final class Credentials implements AuthenticationConverter {

	static final String API_KEY_HEADER = "X-API-Key";

	@Override
	public Authentication convert(HttpServletRequest request) {
		String apiKey = request.getHeader(API_KEY_HEADER);
		if (apiKey != null) {
			return new ApiKeyAuthentication(apiKey.strip());
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null) {
			return null;
		}
		String[] parts = authorization.strip().split("\\s+", 2);
		return switch (parts[0].toLowerCase(Locale.ROOT)) {
			case "bearer" -> new ApiKeyAuthentication(parts.length > 1 ? parts[1] : "");
			case "basic" -> null;
			default -> throw new BadCredentialsException("unsupported authorization scheme");
		};
	}

}
