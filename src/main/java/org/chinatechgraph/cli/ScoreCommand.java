package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.ExtractionScorer;
import org.chinatechgraph.ingest.extract.Extractor;
import org.chinatechgraph.ingest.extract.RelationModel;
import org.chinatechgraph.ingest.extract.ScoreReport;
import org.chinatechgraph.ingest.extract.Scoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code score [--seeds DIR] [--facts DIR] [--json] [--details] [--dump]}: extracts every article a curated fact file
 * names and prints how the extraction scores against the curated facts. Defaults: articles in
 * {@code ../shared/seeds}, fact files from the classpath's {@code facts/seed}.
 * <p>
 * {@code score --corpus DIR [--half dev|test] [--split FILE]}: the same over an annotated folder, with the stated
 * amounts exactly right and the largest sources of error. Opens no store.
 */
@Command(name = "score", header = "Score the extraction against curated facts",
		mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
		description = { "Scores the extraction against curated facts, and opens no store:",
				"  score [--seeds DIR] [--facts DIR]  the articles curated fact files name",
				"  score --corpus DIR [--half dev|test] [--split FILE]  an annotated folder" })
final class ScoreCommand implements Callable<Integer> {

	private final PrintStream out;

	private final PrintStream err;

	@Spec
	CommandSpec spec;

	@Option(names = "--seeds", paramLabel = "DIR", defaultValue = "../shared/seeds",
			description = "the articles (default ${DEFAULT-VALUE})")
	Path seeds;

	@Option(names = "--facts", paramLabel = "DIR",
			description = "the curated fact files naming them (default the seed facts)")
	Path facts;

	@Option(names = "--corpus", paramLabel = "DIR",
			description = "an annotated folder: each <name>.txt beside its <name>.json (also in folders under it)")
	Path corpus;

	@Option(names = "--half", paramLabel = "dev|test", description = "only the articles of that half of the split")
	String half;

	@Option(names = "--split", paramLabel = "FILE", description = "the split file (default split.tsv in the corpus "
			+ "folder or its parent); an article it does not list takes its half from its url, as "
			+ "scripts/corpus/split.py would")
	Path split;

	@Option(names = "--toolkit", paramLabel = "NAME[:STAGES]", description = "also use an NLP toolkit for English "
			+ "(corenlp, in a jar built with -Pcorenlp; stages e.g. corenlp:ssplit,ner-veto): see docs/extraction.md")
	String toolkit;

	@Option(names = "--relation-model", paramLabel = "FILE|none", description = "a learned relation model to add "
			+ "relations with (one written by train-relations, e.g. facts/models/relations-en.model, for its "
			+ "language); default none, the rules' relations alone")
	String relationModel;

	@Option(names = "--json", description = "one JSON document: the rows, the amounts and the largest sources of "
			+ "error")
	boolean json;

	@Option(names = "--details", description = "every missed and extra fact")
	boolean details;

	@Option(names = "--dump", description = "the extraction itself, article by article")
	boolean dump;

	ScoreCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		if (this.half != null && !List.of("dev", "test").contains(this.half)) {
			throw misused("--half is dev or test, not " + this.half);
		}
		if (this.corpus == null && (this.half != null || this.split != null)) {
			throw misused("--half and --split go with --corpus DIR");
		}
		if (this.corpus != null && (this.facts != null || this.dump)) {
			throw misused("--corpus reads each article's facts beside it: no --facts or --dump");
		}
		return this.corpus != null ? scoreCorpus() : scoreCurated();
	}

	private ParameterException misused(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

	private int scoreCurated() {
		try {
			List<FactFile> curated = this.facts == null ? Scoring.classpathFacts() : Scoring.directoryFacts(this.facts);
			if (curated.isEmpty()) {
				this.err.println("score: no fact files found");
				return Commands.FAILED;
			}
			if (this.dump) {
				dump(curated);
			}
			ScoreReport report = Scoring.score(curated, this.seeds, Extractor.withReferenceData(),
					ExtractionScorer.withReferenceData());
			if (this.json) {
				this.out.print(report.json(Map.of("articles", curated.size())));
			}
			else {
				this.out.printf("Extraction scored on %d article(s) against their curated facts%n%n", curated.size());
				this.out.print(report.table());
			}
			details(report);
			return Commands.DONE;
		}
		catch (RuntimeException ex) {
			this.err.println("score failed: " + ex.getMessage());
			return Commands.FAILED;
		}
	}

	private void dump(List<FactFile> curated) {
		Extractor extractor = Extractor.withReferenceData();
		for (FactFile file : curated) {
			Extraction x = extractor.extract(Scoring.article(this.seeds.resolve(file.source().file()), file.source()));
			this.out.println("== " + file.source().file());
			x.entities().forEach((e) -> this.out.printf("%s %-10s %-60s %.2f %s %s %s%n", e.ref(), e.kind(), e.name(),
					e.confidence(), e.aliases(), e.amount() == null ? "" : e.amount().value() + " " + e.amount().currency(),
					e.properties()));
			x.relations().forEach((r) -> this.out.printf("  %s %s -> %s %.2f %s%n", r.type(), r.from(), r.to(),
					r.confidence(), r.amount() == null ? "" : r.amount().value() + " " + r.amount().currency()));
		}
	}

	private int scoreCorpus() {
		if (!Files.isDirectory(this.corpus)) {
			this.err.println("score: no such folder: " + this.corpus);
			return Commands.FAILED;
		}
		try {
			long started = System.nanoTime();
			Scoring.CorpusScore score = Scoring.scoreCorpus(this.corpus, this.split, this.half,
					relationModels(Extractor.withToolkit(this.toolkit)), ExtractionScorer.withReferenceData());
			double seconds = (System.nanoTime() - started) / 1e9;
			if (score.unlisted() > 0) {
				this.err.printf("score: %d article(s) not in the split file; their half was computed from the url%n",
						score.unlisted());
			}
			score.unreadable().forEach((problem) -> this.err.println("score: skipped " + problem));
			if (score.articles() == 0) {
				this.err.println("score: no annotated article (<name>.txt beside <name>.json) in " + this.corpus
						+ (this.half != null ? " in the " + this.half + " half" : ""));
				return Commands.FAILED;
			}
			ScoreReport report = score.report();
			if (this.json) {
				Map<String, Object> about = new LinkedHashMap<>();
				about.put("corpus", this.corpus.toString());
				about.put("half", this.half == null ? "all" : this.half);
				about.put("articles", score.articles());
				about.put("skipped", score.unreadable().size());
				this.out.print(report.json(about));
			}
			else {
				this.out.printf("Extraction scored on %d article(s) of %s (%s) against their annotation%n%n",
						score.articles(), this.corpus, this.half == null ? "both halves" : "the " + this.half + " half");
				this.out.print(report.table());
				this.out.println();
				this.out.print(report.amountsLine());
				this.out.println();
				this.out.print(report.errorSummary());
				if (this.toolkit != null) {
					this.out.printf("%nWith toolkit %s: %d article(s) read in %.1f s, models loaded on the first%n",
							this.toolkit, score.articles(), seconds);
				}
			}
			details(report);
			return score.unreadable().isEmpty() ? Commands.DONE : Commands.FAILED;
		}
		catch (RuntimeException ex) {
			this.err.println("score failed: " + ex.getMessage());
			return Commands.FAILED;
		}
	}

	/** The extractor with the relation model {@code --relation-model} names, for its language: none, or a file. */
	private Extractor relationModels(Extractor extractor) {
		if (this.relationModel == null) {
			return extractor;
		}
		if (this.relationModel.equals("none")) {
			return extractor.withRelationModels(Extractor.NO_RELATION_MODEL);
		}
		RelationModel model;
		try (var in = Files.newInputStream(Path.of(this.relationModel))) {
			model = RelationModel.read(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("cannot read the relation model " + this.relationModel, ex);
		}
		return extractor.withRelationModels((language) -> language.equals(model.language()) ? model : null);
	}

	private void details(ScoreReport report) {
		if (this.details) {
			this.out.println();
			report.details().forEach(this.out::println);
		}
	}

}
