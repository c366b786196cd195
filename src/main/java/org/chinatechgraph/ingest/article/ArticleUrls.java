package org.chinatechgraph.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chinatechgraph.ingest.FactLoader;

/**
 * An article's identity from its url: the same story reached by http or https, with or without {@code www.}, a
 * trailing slash, a fragment or tracking parameters, is one article.
 */
public final class ArticleUrls {

	private static final Pattern TRACKING = Pattern
		.compile("(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|spm|share|from|ref|src)(=.*)?", Pattern.CASE_INSENSITIVE);

	private ArticleUrls() {
	}

	/** The url reduced to what identifies the page; throws when it is not an absolute http(s) url. */
	public static String normalise(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a valid url: '" + url + "' (" + ex.getReason() + ")");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new IllegalArgumentException("not an absolute http(s) url: '" + url + "'");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		host = host.startsWith("www.") ? host.substring(4) : host;
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String query = uri.getRawQuery() == null ? ""
				: Arrays.stream(uri.getRawQuery().split("&"))
					.filter(p -> !p.isEmpty() && !TRACKING.matcher(p).matches())
					.sorted()
					.collect(Collectors.joining("&"));
		return host + path + (query.isEmpty() ? "" : "?" + query);
	}

	/** The article id for a normalised url: readable by its site, unique by a hash of the whole. */
	public static String articleId(String normalisedUrl) {
		String host = normalisedUrl.split("[/?]", 2)[0];
		String slug = host.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		String hash = FactLoader.sha256(normalisedUrl.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
		return "article:" + (slug.isEmpty() ? "" : slug + "-") + hash;
	}

}
