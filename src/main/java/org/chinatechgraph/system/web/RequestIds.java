package org.chinatechgraph.system.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is short and plain, else a new one.
 * The id goes back in the response's {@code X-Request-Id}, into the logging context as {@code requestId} (so every
 * log line of the request carries it), and into the GraphQL context, where error handlers find it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** The key of the id in the logging context (MDC), the request's attributes and the GraphQL context. */
	public static final String KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = idOf(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		String previous = MDC.get(KEY);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (previous == null) {
				MDC.remove(KEY);
			}
			else {
				MDC.put(KEY, previous);
			}
		}
	}

	/** The caller's id when it is 1 to 64 letters, digits or {@code . _ : -}; a new random one otherwise. */
	static String idOf(String given) {
		return given != null && SANE.matcher(given).matches() ? given : fresh();
	}

	/** The current request's id, or a new one outside any request. */
	public static String current() {
		String id = MDC.get(KEY);
		return id != null ? id : fresh();
	}

	/**
	 * A new random id in the form of a version-4 UUID. It names a request in logs and answers and guards nothing,
	 * so it is drawn from the calling thread's own generator: {@link UUID#randomUUID()} draws from the one shared
	 * secure generator, behind a lock that every request thread queued on under load.
	 */
	static String fresh() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
		return new UUID(high, low).toString();
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
