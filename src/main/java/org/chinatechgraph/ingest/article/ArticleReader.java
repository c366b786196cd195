package org.chinatechgraph.ingest.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.FactLoader;
import org.chinatechgraph.system.PartialDate;

/**
 * Reads an article file: UTF-8 text or Markdown, optionally opening with a front-matter block
 *
 * <pre>
 * ---
 * url: https://...
 * title: ...
 * publisher: ...
 * published: 2024-05-17
 * ---
 * </pre>
 *
 * Metadata given as options fills in or overrides the front matter. Anything that is not readable text, or an
 * article without a publication date, is refused with a message naming the file and the place.
 */
public final class ArticleReader {

	/** The front matter's keys; {@code taken}, the day a copy of the text was made, is kept by corpora and not used. */
	private static final List<String> KEYS = List.of("url", "title", "publisher", "published", "taken");

	private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)\\s*:\\s*(.*)");

	/** Markdown markup blanked out, so that offsets into the result are offsets into the body. */
	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");

	private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^(\\s{0,3}(?:#{1,6}|>|[-*+])\\s+)");

	private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");

	private static final int MAX_BYTES = 2 * 1024 * 1024;

	private ArticleReader() {
	}

	public static ArticleDocument read(String file, byte[] content, ArticleMetadata options) {
		String text = decode(file, content);
		Map<String, String> front = new LinkedHashMap<>();
		int bodyStart = frontMatter(file, text, front);
		String body = text.substring(bodyStart);
		if (file.toLowerCase().endsWith(".md") || file.toLowerCase().endsWith(".markdown")) {
			body = blankMarkdown(body);
		}
		body = unwrap(body);
		if (body.isBlank()) {
			throw new InvalidArticleException(file, "the article has no text after its front matter");
		}
		var metadata = new ArticleMetadata(front.get("url"), front.get("title"), front.get("publisher"),
				front.get("published"))
			.overriddenBy(options);
		if (metadata.published() == null) {
			throw new InvalidArticleException(file, "no publication date: add a line 'published: YYYY-MM-DD' to the "
					+ "front matter (YYYY-MM or YYYY when the article gives no more), or give it as an option "
					+ "(--published YYYY-MM-DD); relative dates such as 'this April' are resolved against it");
		}
		PartialDate published;
		try {
			published = PartialDate.parse(metadata.published());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArticleException(file, "published '" + metadata.published() + "' is not a date: "
					+ "YYYY-MM-DD, or YYYY-MM or YYYY when the article gives no more");
		}
		String normalisedUrl = null;
		if (metadata.url() != null) {
			try {
				normalisedUrl = ArticleUrls.normalise(metadata.url());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidArticleException(file, "url: " + ex.getMessage());
			}
		}
		String title = metadata.title() != null ? metadata.title() : firstLine(body);
		String identity = String.join("\n", String.valueOf(normalisedUrl), title,
				String.valueOf(metadata.publisher()), published.toString(), body.strip());
		String hash = FactLoader.sha256(identity.getBytes(StandardCharsets.UTF_8));
		String id = normalisedUrl != null ? ArticleUrls.articleId(normalisedUrl)
				: "article:text-" + FactLoader.sha256(body.strip().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
		return new ArticleDocument(file, id, hash, body, metadata.url(), title, metadata.publisher(), published);
	}

	/**
	 * The metadata of an article's front matter as written (any field may be null), without the checks of
	 * {@link #read}: a corpus keeps a partial {@code published} ("2021-06", "2021") when the page gives no more.
	 */
	public static ArticleMetadata frontMatter(String file, byte[] content) {
		Map<String, String> front = new LinkedHashMap<>();
		frontMatter(file, decode(file, content), front);
		return new ArticleMetadata(front.get("url"), front.get("title"), front.get("publisher"), front.get("published"));
	}

	private static String decode(String file, byte[] content) {
		if (content.length == 0) {
			throw new InvalidArticleException(file, "the file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidArticleException(file,
					"the file has " + content.length + " bytes; an article may have at most " + MAX_BYTES);
		}
		int start = 0;
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			start = 3;
		}
		else if (content.length >= 2 && ((content[0] & 0xff) == 0xfe || (content[0] & 0xff) == 0xff)
				&& ((content[1] & 0xff) == 0xfe || (content[1] & 0xff) == 0xff)) {
			throw new InvalidArticleException(file, "the file is UTF-16; save it as UTF-8");
		}
		for (int i = start; i < content.length; i++) {
			if (content[i] == 0) {
				throw new InvalidArticleException(file, "the file is binary (a NUL byte at offset " + i
						+ "), not text: give a .txt or .md article or a .json fact file");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			String text = decoder.decode(bytes).toString();
			long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
			if (control > 8 && control * 50 > text.length()) {
				throw new InvalidArticleException(file, "the file is binary (" + control + " control characters)");
			}
			return text.replace("\r\n", "\n").replace('\r', '\n');
		}
		catch (MalformedInputException ex) {
			throw new InvalidArticleException(file, "not UTF-8: an invalid byte sequence at byte offset "
					+ (start + bytes.position()) + "; convert the file to UTF-8");
		}
		catch (CharacterCodingException ex) {
			throw new InvalidArticleException(file, "not readable as UTF-8: " + ex.getMessage());
		}
	}

	/** Reads the front matter into {@code front}; returns where the body starts. */
	private static int frontMatter(String file, String text, Map<String, String> front) {
		if (!text.startsWith("---\n") && !text.equals("---")) {
			return 0;
		}
		int lineStart = 4;
		int lineNumber = 2;
		while (lineStart <= text.length()) {
			int end = text.indexOf('\n', lineStart);
			String line = (end < 0 ? text.substring(lineStart) : text.substring(lineStart, end)).strip();
			if (line.equals("---")) {
				return end < 0 ? text.length() : end + 1;
			}
			if (!line.isEmpty() && !line.startsWith("#")) {
				Matcher field = FIELD.matcher(line);
				if (!field.matches()) {
					throw new InvalidArticleException(file,
							"front matter line " + lineNumber + " is not 'key: value': '" + line
									+ "' (is the front matter closed by a line '---'?)");
				}
				String key = field.group(1).toLowerCase();
				if (!KEYS.contains(key)) {
					throw new InvalidArticleException(file, "front matter line " + lineNumber + ": unknown key '"
							+ field.group(1) + "'; the keys are " + KEYS);
				}
				front.put(key, unquote(field.group(2).strip()));
			}
			if (end < 0) {
				break;
			}
			lineStart = end + 1;
			lineNumber++;
		}
		throw new InvalidArticleException(file, "the front matter opened on line 1 is never closed by a line '---'");
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value.isEmpty() ? null : value;
	}

	static String blankMarkdown(String body) {
		StringBuilder out = new StringBuilder(body);
		Matcher link = LINK.matcher(body);
		while (link.find()) {
			blank(out, link.start(), link.start(1));
			blank(out, link.end(1), link.end());
		}
		for (Pattern markup : List.of(LINE_MARKUP, EMPHASIS)) {
			Matcher m = markup.matcher(out.toString());
			while (m.find()) {
				blank(out, m.start(1), m.end(1));
			}
		}
		return out.toString();
	}

	/**
	 * Joins the lines of a hard-wrapped paragraph (a line break in mid-sentence becomes a space, so offsets do
	 * not move): a line that does not end a sentence and is followed by a lower-case word, or is long and not
	 * capitalised like a headline. Blank lines, indented lines and headings keep their breaks.
	 */
	static String unwrap(String body) {
		StringBuilder out = new StringBuilder(body);
		int lineStart = 0;
		for (int i = 0; i < out.length(); i++) {
			if (out.charAt(i) != '\n') {
				continue;
			}
			String line = out.substring(lineStart, i).strip();
			lineStart = i + 1;
			if (i + 1 >= out.length() || line.isEmpty()) {
				continue;
			}
			char next = out.charAt(i + 1);
			if (Character.isWhitespace(next)) {
				continue;
			}
			char last = line.charAt(line.length() - 1);
			boolean ended = ".!?:;。！？；：\"”'’)".indexOf(last) >= 0;
			if (!ended && (Character.isLowerCase(next) || Character.isDigit(next)
					|| line.length() >= 40 && !titleCase(line))) {
				out.setCharAt(i, ' ');
			}
		}
		return out.toString();
	}

	/** Most longer words capitalised, as in a headline. */
	private static boolean titleCase(String line) {
		int words = 0;
		int capitalised = 0;
		for (String word : line.split("\\s+")) {
			if (word.length() >= 4) {
				words++;
				capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
			}
		}
		return words > 0 && capitalised * 10 >= words * 7;
	}

	private static void blank(StringBuilder out, int from, int to) {
		for (int i = from; i < to; i++) {
			if (out.charAt(i) != '\n') {
				out.setCharAt(i, ' ');
			}
		}
	}

	private static String firstLine(String body) {
		for (String line : body.split("\n")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				return stripped.length() <= 160 ? stripped : stripped.substring(0, 157) + "...";
			}
		}
		return "Untitled article";
	}

}
