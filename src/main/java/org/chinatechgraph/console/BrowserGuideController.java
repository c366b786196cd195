package org.chinatechgraph.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The Neo4j Browser guide of the saved queries: {@code cypher/browser/guide.html} with one runnable block per file
 * of {@code cypher/queries}, so a new saved query shows up by itself. Browser puts a ▶ before each block: one click
 * runs it. The label style beside it is {@code cypher/browser/style.grass}. Browser fetches both from the address
 * the database gives it, which may be another name of this host than the page's, hence CORS.
 */
@RestController
@CrossOrigin(methods = RequestMethod.GET)
class BrowserGuideController {

	static final String GUIDE = "/browser/guide.html";

	static final String STYLE = "/browser/style.grass";

	@GetMapping(path = GUIDE, produces = MediaType.TEXT_HTML_VALUE)
	String guide() throws IOException {
		String template = new ClassPathResource("cypher/browser/guide.html").getContentAsString(StandardCharsets.UTF_8);
		String queries = SavedQuery.all().stream().map(BrowserGuideController::runnable).collect(Collectors.joining("\n"));
		String style = ServletUriComponentsBuilder.fromCurrentContextPath().path(STYLE).toUriString();
		return template.replace("{{queries}}", queries).replace("{{style}}", HtmlUtils.htmlEscape(style));
	}

	@GetMapping(path = STYLE, produces = MediaType.TEXT_PLAIN_VALUE)
	Resource style() {
		return new ClassPathResource("cypher/browser/style.grass");
	}

	private static String runnable(SavedQuery query) {
		return """
				<h4>%s</h4>
				<p>%s</p>
				<pre class="code runnable" data-query="%s">%s</pre>
				""".formatted(HtmlUtils.htmlEscape(query.title()), HtmlUtils.htmlEscape(query.description()),
				HtmlUtils.htmlEscape(query.name()), HtmlUtils.htmlEscape(query.cypher()));
	}

}
