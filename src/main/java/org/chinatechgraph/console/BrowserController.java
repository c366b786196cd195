package org.chinatechgraph.console;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Neo4j Browser at {@code /browser}, from the neo4j-browser jar, opened connected. On start Browser 5 asks the root of
 * its origin for a discovery document naming the Bolt address (answered below, with the real port).
 * <p>
 * On the embedded database, whose Bolt port wants a login, the page carries one script more, before Browser's own:
 * {@code browser-connect.js} asks {@code /browser/connection} for the address and Browser's login ({@link BrowserLogin})
 * and stores them as the connection Browser used last, which Browser opens on start. That answer goes only to a
 * same-origin request from this machine ({@link BrowserRequests}), is never cached, and carries no CORS header. With an
 * external database Browser asks for a login, or connects without one when the database wants none
 * ({@code preselectAuthMethod=NO_AUTH}).
 */
@RestController
class BrowserController {

	private static final Logger log = LoggerFactory.getLogger(BrowserController.class);

	private static final Resource PAGE = new ClassPathResource("browser/index.html");

	private static final Resource LANDING = new ClassPathResource("static/index.html");

	/** Served from {@code static/}, at the root: the page is {@code /browser/}. */
	static final String CONNECT_SCRIPT = "<script src=\"../browser-connect.js\"></script>";

	private final BrowserConnection connection;

	private final SocketOwners owners = new SocketOwners();

	private final BrowserLogin login;

	private final BrowserProperties properties;

	private final String connectingPage;

	BrowserController(BrowserConnection connection, ObjectProvider<BrowserLogin> login, BrowserProperties properties)
			throws IOException {
		this.connection = connection;
		BrowserLogin embedded = login.getIfAvailable();
		this.login = (embedded != null && embedded.available()) ? embedded : null;
		this.properties = properties;
		this.connectingPage = (this.login != null) ? connectingPage() : null;
	}

	/** Browser's page with {@link #CONNECT_SCRIPT} before its first script. */
	private static String connectingPage() throws IOException {
		String page = PAGE.getContentAsString(StandardCharsets.UTF_8);
		int firstScript = page.indexOf("<script");
		if (firstScript < 0) {
			throw new IllegalStateException("Neo4j Browser's index.html has no <script> to put its login before");
		}
		return page.substring(0, firstScript) + CONNECT_SCRIPT + page.substring(firstScript);
	}

	@GetMapping({ "/browser", "/browser/", "/browser/index.html" })
	ResponseEntity<?> browser(HttpServletRequest request) {
		String query = request.getQueryString();
		boolean page = !request.getRequestURI().endsWith("/browser");
		if (this.login != null) {
			return page ? ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noCache())
				.headers(BrowserController::ownOriginOnly)
				.body(this.connectingPage) : redirect(request, query);
		}
		if (query == null && this.connection.noLogin()) {
			return redirect(request, "preselectAuthMethod=NO_AUTH");
		}
		return page ? ResponseEntity.ok().contentType(MediaType.TEXT_HTML).headers(BrowserController::ownOriginOnly).body(PAGE)
				: redirect(request, query);
	}

	private static ResponseEntity<?> redirect(HttpServletRequest request, String query) {
		String target = request.getContextPath() + "/browser/" + ((query != null) ? "?" + query : "");
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
	}

	/**
	 * Where Bolt is and Browser's login, for {@code browser-connect.js} on Browser's page: to a same-origin request
	 * from this machine only, not to be stored anywhere on the way.
	 */
	@GetMapping(path = "/browser/connection", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> connection(HttpServletRequest request) {
		if (this.login == null) {
			return ResponseEntity.notFound().headers(BrowserController::secret).build();
		}
		String refusal = BrowserRequests.refusal(request, this.properties.hosts(), this.owners);
		if (refusal != null) {
			log.warn("Refused Neo4j Browser's login to a request from {} for {}: {}", request.getRemoteAddr(),
					request.getServerName(), refusal);
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.headers(BrowserController::secret)
				.body(Map.of("error", "Neo4j Browser's login is only given to its page on this machine: " + refusal));
		}
		return ResponseEntity.ok()
			.headers(BrowserController::secret)
			.body(Map.of("host", this.connection.boltUrl(request.getServerName()), "username", this.login.user(),
					"password", this.login.password()));
	}

	/** Neither cached, nor sniffed as another type, nor loaded by another origin, nor framed by one. */
	private static void secret(HttpHeaders headers) {
		headers.setCacheControl(CacheControl.noStore());
		headers.setPragma("no-cache");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Cross-Origin-Resource-Policy", "same-origin");
		headers.set("Referrer-Policy", "no-referrer");
		ownOriginOnly(headers);
	}

	/**
	 * What Browser's page may load and reach: its own origin, and Bolt over WebSocket. Browser 5 loads Segment's
	 * analytics and Canny's scripts, Google's web fonts and Sentry's traces from the internet on start; here the
	 * browser refuses them before any request leaves the machine, so an analyst's queries and graph stay on it.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'self'";

	/** Framed by no page of another origin, and loading nothing from elsewhere. */
	private static void ownOriginOnly(HttpHeaders headers) {
		headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.set("X-Frame-Options", "SAMEORIGIN");
	}

	/**
	 * The landing page, or, to a client asking for JSON, the discovery document a Neo4j server answers at its root:
	 * where Bolt is. Neo4j Browser asks for it on start.
	 */
	@GetMapping("/")
	ResponseEntity<?> home(@RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept,
			HttpServletRequest request) {
		if (accept.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.ok(Map.of("bolt_direct", this.connection.boltUrl(request.getServerName())));
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(LANDING);
	}

}
