package org.chinatechgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.chinatechgraph.ingest.extract.EntityFilter;
import org.chinatechgraph.ingest.extract.ExtractionScorer;
import org.chinatechgraph.ingest.extract.Extractor;
import org.chinatechgraph.ingest.extract.RelationLearner;
import org.chinatechgraph.ingest.extract.RelationModel;
import org.chinatechgraph.ingest.extract.Score;
import org.chinatechgraph.ingest.extract.ScoreReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code train-relations --corpus DIR --half dev [--split FILE] --out FILE}: trains the learned relation classifier
 * on one half of an annotated folder (the rules' extraction of each article, labelled by its annotation) and writes
 * the model; the same articles and options give the same file. {@code --evaluate HALF} then scores another half of
 * the same split with it ({@code --grid} over several thresholds), without writing anything but the model.
 * {@code --entities} trains and measures the entity filter ({@code EntityFilter}) the same way instead.
 */
@Command(name = "train-relations", header = "Train the learned relation classifier on annotated articles",
		mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
		description = { "Trains the relation classifier on one half of an annotated folder and writes its model:",
				"  train-relations --corpus facts/corpus/en --half dev --out facts/models/relations-en.model" })
final class TrainRelationsCommand implements Callable<Integer> {

	private final PrintStream out;

	private final PrintStream err;

	@Spec
	CommandSpec spec;

	@Option(names = "--corpus", paramLabel = "DIR", required = true,
			description = "an annotated folder of one language (facts/corpus/en or facts/corpus/zh)")
	Path corpus;

	@Option(names = "--half", paramLabel = "dev|test", defaultValue = "dev",
			description = "the half to train on (default ${DEFAULT-VALUE})")
	String half;

	@Option(names = "--split", paramLabel = "FILE", description = "the split file (default split.tsv in the corpus "
			+ "folder or its parent); every article must be listed")
	Path split;

	@Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the model")
	Path output;

	@Option(names = "--add", defaultValue = "0.8", description = "add a relation the rules did not give from this "
			+ "probability (default ${DEFAULT-VALUE})")
	double add;

	@Option(names = "--veto", defaultValue = "0", description = "drop a rule's relation under this probability "
			+ "(default ${DEFAULT-VALUE}: none)")
	double veto;

	@Option(names = "--epochs", defaultValue = "10", description = "passes over the examples (default ${DEFAULT-VALUE})")
	int epochs;

	@Option(names = "--rate", defaultValue = "0.2", description = "the first pass's learning rate (default ${DEFAULT-VALUE})")
	double rate;

	@Option(names = "--l2", defaultValue = "0.001", description = "the L2 penalty (default ${DEFAULT-VALUE})")
	double l2;

	@Option(names = "--bits", defaultValue = "18", description = "feature hash bits (default ${DEFAULT-VALUE})")
	int bits;

	@Option(names = "--seed", defaultValue = "20240601", description = "the shuffling seed (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--evaluate", paramLabel = "dev|test", description = "then score this other half of the split "
			+ "with the model")
	String evaluate;

	@Option(names = "--grid", description = "with --evaluate: score each of several add and veto thresholds")
	boolean grid;

	@Option(names = "--entities", description = "train the entity filter instead (--veto: drop an entity under this "
			+ "probability)")
	boolean entities;

	TrainRelationsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		if (!List.of("dev", "test").contains(this.half)) {
			throw new ParameterException(this.spec.commandLine(), "--half is dev or test, not " + this.half);
		}
		if (this.evaluate != null && (this.evaluate.equals(this.half) || !List.of("dev", "test").contains(this.evaluate))) {
			throw new ParameterException(this.spec.commandLine(), "--evaluate is the other half, not " + this.evaluate);
		}
		if (!Files.isDirectory(this.corpus)) {
			this.err.println("train-relations: no such folder: " + this.corpus);
			return Commands.FAILED;
		}
		try {
			Extractor rules = Extractor.withReferenceData().withRelationModels(Extractor.NO_RELATION_MODEL);
			ExtractionScorer scorer = ExtractionScorer.withReferenceData();
			List<RelationLearner.Article> train = RelationLearner.collect(this.corpus, this.split, this.half, rules,
					scorer, this.bits);
			if (train.isEmpty()) {
				this.err.println("train-relations: no annotated article in the " + this.half + " half of " + this.corpus);
				return Commands.FAILED;
			}
			String language = rules.language(train.get(0).text());
			RelationModel model = this.entities
					? EntityFilter.train(language, train, scorer, this.bits, this.epochs, this.rate, this.l2, this.seed,
							this.veto)
					: RelationLearner.train(language, train, this.bits, this.epochs, this.rate, this.l2, this.seed,
							this.add, this.veto);
			Path parent = this.output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			try (Writer w = Files.newBufferedWriter(this.output, StandardCharsets.UTF_8)) {
				model.write(w, String.format(Locale.ROOT, (this.entities ? "entity filter" : "relation classifier")
						+ ", %s, trained on %d articles of the %s "
						+ "half by train-relations\n%s--epochs %d --rate %s --l2 %s --bits %d --seed %d --add %s --veto %s",
						language, train.size(), this.half, this.entities ? "--entities " : "", this.epochs, this.rate, this.l2, this.bits, this.seed,
						this.add, this.veto));
			}
			if (this.entities) {
				long all = train.stream().mapToLong((a) -> a.rules().entities().size()).sum();
				long annotated = train.stream().mapToLong((a) -> scorer.matches(a.rules(), a.facts()).size()).sum();
				this.out.printf("trained the entity filter on %d article(s): %d extracted entities, %d annotated; wrote %s%n",
						train.size(), all, annotated, this.output);
			}
			long examples = train.stream().mapToLong((a) -> a.examples().size()).sum();
			long positive = train.stream().mapToLong((a) -> a.examples().stream().filter((e) -> !e.classes().isEmpty()).count()).sum();
			if (!this.entities) {
				this.out.printf("trained on %d article(s): %d candidate pairs, %d with an annotated relation; wrote %s%n",
						train.size(), examples, positive, this.output);
			}
			int[] reach = RelationLearner.reach(train, scorer);
			this.out.printf("annotated relationships: %d, both ends extracted: %d, both ends named in one sentence: %d%n",
					reach[0], reach[1], reach[2]);
			if (this.evaluate != null) {
				List<RelationLearner.Article> held = RelationLearner.collect(this.corpus, this.split, this.evaluate,
						rules, scorer, this.bits);
				this.out.printf("evaluated on %d article(s) of the %s half%n", held.size(), this.evaluate);
				this.out.println("add   veto  entity tp/fp/fn F1   relation tp/fp/fn F1   all facts F1");
				row("rules", RelationLearner.evaluate(held, null, rules, scorer));
				if (this.entities) {
					double[] drops = this.grid ? new double[] { 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4 }
							: new double[] { this.veto };
					for (double d : drops) {
						row(String.format(Locale.ROOT, "drop %.2f", d),
								RelationLearner.evaluateFilter(held, model.withThresholds(0, d), scorer));
					}
					return Commands.DONE;
				}
				double[] adds = this.grid ? new double[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 } : new double[] { this.add };
				double[] vetoes = this.grid ? new double[] { 0, 0.05, 0.1, 0.2, 0.3 } : new double[] { this.veto };
				for (double a : adds) {
					for (double v : vetoes) {
						row(String.format(Locale.ROOT, "%.2f  %.2f", a, v),
								RelationLearner.evaluate(held, model.withThresholds(a, v), rules, scorer));
					}
				}
			}
			return Commands.DONE;
		}
		catch (IOException | RuntimeException ex) {
			this.err.println("train-relations failed: " + ex.getMessage());
			return Commands.FAILED;
		}
	}

	private void row(String label, ScoreReport report) {
		Score e = report.score("entity", "all entitys");
		Score r = report.score("relation", "all relations");
		Score t = report.score("total", "all facts");
		this.out.printf(Locale.ROOT, "%-10s  %d/%d/%d %.3f   %d/%d/%d %.3f   %.3f%n", label, e.truePositives(), e.falsePositives(), e.falseNegatives(), e.f1(),
				r.truePositives(), r.falsePositives(), r.falseNegatives(), r.f1(), t.f1());
	}

}
