package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;
import org.chinatechgraph.system.PartialDate;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * How extraction scores against curated facts, for the {@code score} command and the tests: every article a curated
 * fact file names ({@code source.file}, dated by {@code source.publishedOn}) extracted and scored against that file;
 * or an annotated folder (see {@link Corpus}), each article read as the ingest reads it ({@link ArticleReader},
 * front matter and all; a partial {@code published} is the first day of its period).
 */
public final class Scoring {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Scoring() {
	}

	/**
	 * What scoring a corpus gave: the report, how many articles it covers, the articles that could not be read (a
	 * message each; they are left out of the report), and how many took their half from their url.
	 */
	public record CorpusScore(ScoreReport report, int articles, List<String> unreadable, int unlisted) {
	}

	/** Extracts every annotated article of the folder (of one half, or all when {@code half} is null) and scores it. */
	public static CorpusScore scoreCorpus(Path dir, Path split, String half, Extractor extractor,
			ExtractionScorer scorer) {
		ScoreReport total = new ScoreReport();
		List<String> unreadable = new ArrayList<>();
		int articles = 0;
		int unlisted = 0;
		for (Corpus.Article a : Corpus.articles(dir, split)) {
			if (half != null && !half.equals(a.half())) {
				continue;
			}
			unlisted += a.listed() ? 0 : 1;
			try {
				FactFile facts = ReferenceFiles.read(a.facts());
				ArticleText text = corpusArticle(a.name(), Files.readAllBytes(a.text()), facts.source());
				total.add(scorer.score(extractor.extract(text), facts, a.name()));
				articles++;
			}
			catch (IOException | RuntimeException ex) {
				unreadable.add(a.name() + ": " + ex.getMessage());
			}
		}
		return new CorpusScore(total, articles, unreadable, unlisted);
	}

	/**
	 * An annotated article read as the ingest reads it, through {@link ArticleReader}: its front matter taken off,
	 * the date its {@code published} (or the fact file's {@code publishedOn}), relative dates anchored at the first day of
	 * the period when partial.
	 */
	static ArticleText corpusArticle(String name, byte[] content, FactFile.SourceFact source) {
		ArticleMetadata front = ArticleReader.frontMatter(name, content);
		ArticleDocument document = ArticleReader.read(name, content,
				Corpus.scoringMetadata(front, source == null ? null : source.publishedOn()));
		return ArticleText.of(document);
	}

	/** Extracts each curated file's article from {@code articles} and adds up the scores. */
	public static ScoreReport score(List<FactFile> curated, Path articles, Extractor extractor, ExtractionScorer scorer) {
		ScoreReport total = new ScoreReport();
		for (FactFile file : curated) {
			if (file.source().file() == null) {
				continue;
			}
			ArticleText article = article(articles.resolve(file.source().file()), file.source());
			total.add(scorer.score(extractor.extract(article), file));
		}
		return total;
	}

	public static ArticleText article(Path path, FactFile.SourceFact source) {
		try {
			String text = Files.readString(path, StandardCharsets.UTF_8);
			LocalDate published = source.publishedOn() == null ? null : PartialDate.parse(source.publishedOn()).start();
			return new ArticleText(text, published, source.url(), source.title(), source.publisher());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read article " + path, ex);
		}
	}

	public static List<FactFile> classpathFacts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:facts/seed/*.json");
			List<Resource> sorted = new ArrayList<>(List.of(resources));
			sorted.sort(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename())));
			List<FactFile> out = new ArrayList<>();
			for (Resource r : sorted) {
				try (var in = r.getInputStream()) {
					out.add(JSON.readValue(in.readAllBytes(), FactFile.class));
				}
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<FactFile> directoryFacts(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((p) -> p.toString().endsWith(".json")).sorted().map(ReferenceFiles::read)
				.filter((f) -> f.source() != null && f.source().file() != null).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
