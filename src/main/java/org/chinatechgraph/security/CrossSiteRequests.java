package org.chinatechgraph.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that could change something (any method but GET, HEAD and OPTIONS) when a browser says it comes
 * from a page of another site, unless that site is one CORS allows. A browser sends a user's HTTP Basic credentials,
 * once typed, with every request to the service, whichever page makes it; without this check a page elsewhere could
 * post a form (or a {@code text/plain} body, which needs no preflight) to {@code /graphql} under the user's name.
 *
 * <p>Browsers say where a request comes from in {@code Sec-Fetch-Site} (trusted when present) and {@code Origin};
 * a request with neither comes from a program, not from a page, and is let through. This takes the place of
 * token-based CSRF protection, which fits forms of the service's own, and the service has none.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final List<String> allowedOrigins;

	private final Refusals refusals;

	/**
	 * @param allowedOrigins the origins CORS allows ({@code spring.graphql.cors.allowed-origins})
	 * @param refusals how a refusal is written
	 */
	CrossSiteRequests(List<String> allowedOrigins, Refusals refusals) {
		this.allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE.contains(request.getMethod()) || fromThisSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		this.refusals.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
				"A page of another site may not send this request: cross-site requests that can change the graph"
						+ " are refused unless CORS allows their origin");
	}

	boolean fromThisSite(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin") || site.equals("none") || allowed(origin);
		}
		return origin == null || allowed(origin) || sameOrigin(origin, request);
	}

	private boolean allowed(String origin) {
		return origin != null && !origin.equals("null") && (this.allowedOrigins.contains("*")
				|| this.allowedOrigins.contains(origin.toLowerCase(Locale.ROOT)));
	}

	/** Whether {@code origin} is the service's own: the scheme of the request and the host it was sent to. */
	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		String host = request.getHeader("Host");
		if (host == null || origin.equals("null")) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			String authority = uri.getRawAuthority();
			return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(request.getScheme()) && authority != null
					&& authority.equalsIgnoreCase(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
