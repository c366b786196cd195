package org.chinatechgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the HTTP endpoints that change the graph outside GraphQL, everything under {@code /ingest/}: without
 * valid credentials the answer is HTTP 401 with an {@code UNAUTHORIZED} GraphQL-shaped error, and the endpoint
 * never runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WriteEndpointsFilter extends OncePerRequestFilter {

	static final String PREFIX = "/ingest/";

	private final Authenticator authenticator;

	WriteEndpointsFilter(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith(PREFIX) || path.equals(PREFIX.substring(0, PREFIX.length() - 1)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpHeaders headers = new HttpHeaders();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.addAll(name, Collections.list(request.getHeaders(name)));
		}
		Caller caller = this.authenticator.identify(headers);
		if (caller instanceof Caller.Authenticated) {
			chain.doFilter(request, response);
			return;
		}
		String message = (caller instanceof Caller.Rejected rejected)
				? "Authentication failed (" + rejected.reason() + "): " + AccessInstrumentation.HOW
				: "Authentication is required: " + AccessInstrumentation.HOW;
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message.replace("\"", "'")
					+ "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
	}

}
