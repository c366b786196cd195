package org.chinatechgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the service refuses a request before it reaches a handler: HTTP 401 for missing or wrong credentials, 403 for
 * credentials without the role asked, each with a body shaped like a GraphQL answer ({@code errors} with a message
 * and a classification), so that GraphQL clients read it as they read any other error. The message says what to
 * send; it never repeats a secret.
 */
final class Refusals implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

	static final String HOW = "send an API key (Authorization: Bearer <key> or X-API-Key: <key>)"
			+ " or a user's name and password (HTTP Basic)";

	private static final Logger log = LoggerFactory.getLogger(Refusals.class);

	private final JsonMapper json;

	/** @param json the service's own mapper, which writes every other answer */
	Refusals(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof InsufficientAuthenticationException) {
			write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", "Authentication is required: " + HOW);
			return;
		}
		log.warn("Refused credentials: {}", reason(ex));
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
				"Authentication failed (" + reason(ex) + "): " + HOW);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		commence(request, response, ex);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
				"The credentials sent do not allow " + request.getRequestURI());
	}

	/** A reason to give the caller: which kind of credential was wrong, never what was sent. */
	private static String reason(AuthenticationException ex) {
		if (ex instanceof BadCredentialsException && "Bad credentials".equals(ex.getMessage())) {
			return "wrong user name or password";
		}
		if (ex instanceof BadCredentialsException && ex.getMessage() != null
				&& ex.getMessage().startsWith("Failed to decode")) {
			return "malformed basic credentials";
		}
		return ex.getMessage() == null ? "invalid credentials" : ex.getMessage();
	}

	void write(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			// Bearer, not Basic: a browser would answer a Basic challenge with its own login dialog
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"china-tech-graph\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		var error = Map.of("message", message, "extensions",
				Map.of("classification", classification));
		response.getWriter().write(this.json.writeValueAsString(Map.of("errors", List.of(error))));
	}

}
