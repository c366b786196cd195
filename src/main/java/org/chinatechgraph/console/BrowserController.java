package org.chinatechgraph.console;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Neo4j Browser at {@code /browser}, from the neo4j-browser jar, opened connected. On start Browser 5 asks the root of
 * its origin for a discovery document naming the Bolt address (answered below, with the real port), and its URL
 * parameter {@code preselectAuthMethod=NO_AUTH} makes its connect form connect there at once, with no login.
 */
@RestController
class BrowserController {

	private static final Resource PAGE = new ClassPathResource("browser/index.html");

	private static final Resource LANDING = new ClassPathResource("static/index.html");

	private final BrowserConnection connection;

	BrowserController(BrowserConnection connection) {
		this.connection = connection;
	}

	@GetMapping({ "/browser", "/browser/" })
	ResponseEntity<Resource> browser(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null && this.connection.noLogin()) {
			query = "preselectAuthMethod=NO_AUTH";
		}
		else if (request.getRequestURI().endsWith("/")) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
		}
		String target = request.getContextPath() + "/browser/" + ((query != null) ? "?" + query : "");
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
	}

	/**
	 * The landing page, or, to a client asking for JSON, the discovery document a Neo4j server answers at its root:
	 * where Bolt is. Neo4j Browser asks for it on start and connects there.
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
