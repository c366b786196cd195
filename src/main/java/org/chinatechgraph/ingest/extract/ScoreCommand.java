package org.chinatechgraph.ingest.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.article.ArticleDocument;
import org.chinatechgraph.ingest.article.ArticleMetadata;
import org.chinatechgraph.ingest.article.ArticleReader;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score [--seeds DIR] [--facts DIR] [--json] [--details]}: extracts every article a curated fact file names
 * ({@code source.file}, dated by {@code source.publishedOn}) and prints how the extraction scores against the
 * curated facts. Defaults: articles in {@code ../shared/seeds}, fact files from the classpath's
 * {@code facts/seed}.
 * <p>
 * {@code score --corpus DIR [--half dev|test] [--split FILE]}: the same over an annotated folder (see
 * {@link Corpus}), each article read as the ingest reads it ({@link ArticleReader}, front matter and all; a partial
 * {@code published} is the first day of its period), with the stated amounts exactly right and the largest sources
 * of error.
 */
public final class ScoreCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String USAGE = """
			usage: score [--seeds DIR] [--facts DIR] [--json] [--details] [--dump]
			       score --corpus DIR [--half dev|test] [--split FILE] [--json] [--details]
			  --seeds, --facts  articles and the curated fact files naming them (default ../shared/seeds and the seed facts)
			  --corpus          an annotated folder: each <name>.txt beside its <name>.json (also in folders under it)
			  --half            only the articles of that half (dev or test) of the split
			  --split           the split file (default split.tsv in the corpus folder or its parent); an article it
			                    does not list takes its half from its url, as scripts/corpus/split.py would
			  --json            one JSON document: the rows, the amounts and the largest sources of error
			  --details         every missed and extra fact
			""";

	private ScoreCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path seeds = Path.of("../shared/seeds");
		Path facts = null;
		Path corpus = null;
		Path split = null;
		String half = null;
		boolean json = false;
		boolean details = false;
		boolean dump = false;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "score" -> {
					}
					case "--seeds" -> seeds = Path.of(value(args, ++i));
					case "--facts" -> facts = Path.of(value(args, ++i));
					case "--corpus" -> corpus = Path.of(value(args, ++i));
					case "--split" -> split = Path.of(value(args, ++i));
					case "--half" -> half = value(args, ++i);
					case "--json" -> json = true;
					case "--details" -> details = true;
					case "--dump" -> dump = true;
					case "--help" -> {
						err.print(USAGE);
						return 0;
					}
					default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
				}
			}
			if (half != null && !List.of("dev", "test").contains(half)) {
				throw new IllegalArgumentException("--half is dev or test, not " + half);
			}
			if (corpus == null && (half != null || split != null)) {
				throw new IllegalArgumentException("--half and --split go with --corpus DIR");
			}
			if (corpus != null && (facts != null || dump)) {
				throw new IllegalArgumentException("--corpus reads each article's facts beside it: no --facts or --dump");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("score: " + ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		if (corpus != null) {
			return runCorpus(corpus, split, half, json, details, out, err);
		}
		try {
			List<FactFile> curated = facts == null ? classpathFacts() : directoryFacts(facts);
			if (curated.isEmpty()) {
				err.println("no fact files found");
				return 1;
			}
			if (dump) {
				Extractor extractor = Extractor.withReferenceData();
				for (FactFile file : curated) {
					Extraction x = extractor.extract(article(seeds.resolve(file.source().file()), file.source()));
					out.println("== " + file.source().file());
					x.entities().forEach((e) -> out.printf("%s %-10s %-60s %.2f %s %s %s%n", e.ref(), e.kind(), e.name(),
							e.confidence(), e.aliases(), e.amount() == null ? "" : e.amount().value() + " " + e.amount().currency(), e.properties()));
					x.relations().forEach((r) -> out.printf("  %s %s -> %s %.2f %s%n", r.type(), r.from(), r.to(), r.confidence(),
							r.amount() == null ? "" : r.amount().value() + " " + r.amount().currency()));
				}
			}
			ScoreReport report = score(curated, seeds, Extractor.withReferenceData(), ExtractionScorer.withReferenceData());
			if (json) {
				out.print(report.json(Map.of("articles", curated.size())));
			}
			else {
				out.printf("Extraction scored on %d article(s) against their curated facts%n%n", curated.size());
				out.print(report.table());
			}
			if (details) {
				out.println();
				report.details().forEach(out::println);
			}
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("score failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int runCorpus(Path dir, Path split, String half, boolean json, boolean details, PrintStream out,
			PrintStream err) {
		if (!Files.isDirectory(dir)) {
			err.println("score: no such folder: " + dir);
			return 1;
		}
		try {
			CorpusScore score = scoreCorpus(dir, split, half, Extractor.withReferenceData(),
					ExtractionScorer.withReferenceData());
			if (score.unlisted() > 0) {
				err.printf("score: %d article(s) not in the split file; their half was computed from the url%n",
						score.unlisted());
			}
			score.unreadable().forEach((problem) -> err.println("score: skipped " + problem));
			if (score.articles() == 0) {
				err.println("score: no annotated article (<name>.txt beside <name>.json) in " + dir
						+ (half != null ? " in the " + half + " half" : ""));
				return 1;
			}
			ScoreReport report = score.report();
			if (json) {
				Map<String, Object> about = new LinkedHashMap<>();
				about.put("corpus", dir.toString());
				about.put("half", half == null ? "all" : half);
				about.put("articles", score.articles());
				about.put("skipped", score.unreadable().size());
				out.print(report.json(about));
			}
			else {
				out.printf("Extraction scored on %d article(s) of %s (%s) against their annotation%n%n", score.articles(),
						dir, half == null ? "both halves" : "the " + half + " half");
				out.print(report.table());
				out.println();
				out.print(report.amountsLine());
				out.println();
				out.print(report.errorSummary());
			}
			if (details) {
				out.println();
				report.details().forEach(out::println);
			}
			return score.unreadable().isEmpty() ? 0 : 1;
		}
		catch (RuntimeException ex) {
			err.println("score failed: " + ex.getMessage());
			return 1;
		}
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
	 * the date its {@code published} (or the fact file's {@code publishedOn}), the first day of the period when partial.
	 */
	static ArticleText corpusArticle(String name, byte[] content, FactFile.SourceFact source) {
		ArticleMetadata front = ArticleReader.frontMatter(name, content);
		ArticleDocument document = ArticleReader.read(name, content,
				Corpus.scoringMetadata(front, source == null ? null : source.publishedOn()));
		return new ArticleText(document.body(), document.published(), document.url(), document.title(),
				document.publisher());
	}

	private static String value(String[] args, int i) {
		if (i >= args.length) {
			throw new IllegalArgumentException("missing value after " + args[i - 1]);
		}
		return args[i];
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

	static ArticleText article(Path path, FactFile.SourceFact source) {
		try {
			String text = Files.readString(path, StandardCharsets.UTF_8);
			return new ArticleText(text, firstDay(source.publishedOn()), source.url(), source.title(), source.publisher());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read article " + path, ex);
		}
	}

	/** The first day of a partial date: "2020-07" → 2020-07-01. */
	static LocalDate firstDay(String partial) {
		if (partial == null) {
			return null;
		}
		String[] p = partial.split("-");
		return LocalDate.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1,
				p.length > 2 ? Integer.parseInt(p[2]) : 1);
	}

	static List<FactFile> classpathFacts() {
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

	static List<FactFile> directoryFacts(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((p) -> p.toString().endsWith(".json")).sorted().map(ReferenceFiles::read)
				.filter((f) -> f.source() != null && f.source().file() != null).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
