package org.chinatechgraph.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code application/*}) names no format the
 * service could read. Spring's functional endpoints ({@code /graphql} among them) fail on it with an internal error
 * before any handler runs; this answers it as the client mistake it is: 415, with a plain message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WildcardContentTypeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isWildcard(request.getContentType())) {
			response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write("""
						{"status": 415, "error": "Unsupported Media Type", "message": "Content-Type must name one format, \
						such as application/json, not a wildcard"}"""
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isWildcard(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
