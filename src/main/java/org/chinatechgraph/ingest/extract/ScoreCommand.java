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
import java.util.List;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.FactFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score [--seeds DIR] [--facts DIR] [--json] [--details]}: extracts every article a curated fact file names
 * ({@code source.file}, dated by {@code source.publishedOn}) and prints how the extraction scores against the
 * curated facts. Defaults: articles in {@code ../shared/seeds}, fact files from the classpath's
 * {@code facts/seed}.
 */
public final class ScoreCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScoreCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path seeds = Path.of("../shared/seeds");
		Path facts = null;
		boolean json = false;
		boolean details = false;
		boolean dump = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "score" -> {
				}
				case "--seeds" -> seeds = Path.of(value(args, ++i));
				case "--facts" -> facts = Path.of(value(args, ++i));
				case "--json" -> json = true;
				case "--details" -> details = true;
				case "--dump" -> dump = true;
				default -> {
					err.println("unknown argument: " + args[i]);
					err.println("usage: score [--seeds DIR] [--facts DIR] [--json] [--details]");
					return 2;
				}
			}
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
				out.print(report.json());
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
