package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;

/**
 * An annotated folder: every {@code <name>.txt} (an article with its front matter) beside a {@code <name>.json} (its
 * hand-made fact file), in the folder or in folders under it ({@code facts/corpus} holds {@code en/} and {@code zh/}).
 * Each article's half, {@code dev} or {@code test}, comes from the split file ({@code split.tsv}: path relative to
 * the split file's folder, url, half), or, for an article it does not list yet, from its url by the rule of
 * {@code scripts/corpus/split.py}: the first byte of the SHA-256 of the normalised url, even → dev, odd → test.
 */
public final class Corpus {

	/** One annotated article; {@code listed} is false when its half was computed from the url, not read from a split file. */
	public record Article(String name, Path text, Path facts, String url, String half, boolean listed) {
	}

	private Corpus() {
	}

	/**
	 * The annotated articles under {@code dir}, sorted by path. {@code split} may be null: then {@code split.tsv} in
	 * {@code dir} or in its parent is used if there is one.
	 */
	public static List<Article> articles(Path dir, Path split) {
		Path splitFile = split != null ? split : defaultSplit(dir);
		Map<Path, String> halves = splitFile == null ? Map.of() : readSplit(splitFile);
		Path base = splitFile != null ? splitFile.toAbsolutePath().normalize().getParent() : dir.toAbsolutePath().normalize();
		List<Article> out = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dir, 3)) {
			for (Path text : files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				String file = text.getFileName().toString();
				Path facts = text.resolveSibling(file.substring(0, file.length() - 4) + ".json");
				if (!Files.isRegularFile(facts)) {
					continue;
				}
				Path absolute = text.toAbsolutePath().normalize();
				String name = absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
						: dir.relativize(text).toString();
				String url = ArticleReader.frontMatter(name, Files.readAllBytes(text)).url();
				String listed = halves.get(absolute);
				String half = listed != null ? listed : url == null ? null : half(url);
				out.add(new Article(name, text, facts, url, half, listed != null));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the corpus " + dir, ex);
		}
		return out;
	}

	static Path defaultSplit(Path dir) {
		Path here = dir.resolve("split.tsv");
		if (Files.isRegularFile(here)) {
			return here;
		}
		Path parent = dir.toAbsolutePath().normalize().getParent();
		return parent != null && Files.isRegularFile(parent.resolve("split.tsv")) ? parent.resolve("split.tsv") : null;
	}

	/** The split file's halves by the absolute path of each article. */
	static Map<Path, String> readSplit(Path split) {
		Path base = split.toAbsolutePath().normalize().getParent();
		Map<Path, String> halves = new HashMap<>();
		try {
			List<String> lines = Files.readAllLines(split, StandardCharsets.UTF_8);
			for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
				String[] cells = line.split("\t");
				if (cells.length == 3) {
					halves.put(base.resolve(cells[0]).normalize(), cells[2].strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the split file " + split, ex);
		}
		return halves;
	}

	/** The half of an article by its url, as {@code scripts/corpus/split.py} fixes it. */
	public static String half(String url) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedUrl(url).getBytes(StandardCharsets.UTF_8));
			return (digest[0] & 0xff) % 2 == 0 ? "dev" : "test";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Host in lower case without "www.", path without a trailing "/", no scheme, query or fragment (as urlsplit). */
	static String normalisedUrl(String url) {
		String u = url.strip();
		int scheme = u.indexOf("://");
		String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
		int hostEnd = firstOf(rest, "/?#", 0);
		String host = rest.substring(0, hostEnd).toLowerCase(Locale.ROOT);
		int pathEnd = firstOf(rest, "?#", hostEnd);
		String path = rest.substring(hostEnd, pathEnd);
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return (host.startsWith("www.") ? host.substring(4) : host) + path;
	}

	private static int firstOf(String s, String chars, int from) {
		for (int i = from; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return s.length();
	}

	/** The metadata to read an article with: its front matter's date, else the annotation's. */
	static ArticleMetadata scoringMetadata(ArticleMetadata front, String fallbackPublished) {
		return new ArticleMetadata(null, null, null, front.published() != null ? front.published() : fallbackPublished);
	}

}
