package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.Map;

import org.chinatechgraph.curation.Merge;
import org.chinatechgraph.curation.MergeService;
import org.chinatechgraph.graph.Values;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code merge KEEP MERGED} and {@code unmerge MERGE_ID}: the merge operations of the GraphQL API from the command
 * line, through the running service when one answers, else on the store opened here.
 */
abstract class MergeCommand extends StoreCommand {

	private static final String MERGE = """
			mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id keptId mergedId moved combined } }
			""";

	private static final String UNMERGE = """
			mutation($id: ID!) { undoMerge(id: $id) { id keptId mergedId moved combined } }
			""";

	@Mixin
	ServiceOptions serviceOptions = new ServiceOptions();

	MergeCommand(Class<?> application, PrintStream out, PrintStream err) {
		super(application, out, err);
	}

	/** {@code merge KEEP_ID MERGED_ID}. */
	@Command(name = "merge", header = "Merge two nodes that are one thing",
			mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
			description = { "Merges two nodes that are one thing: every relationship of the merged node moves to the "
					+ "kept one, its names become aliases. Prints the merge's id, which 'unmerge' takes." },
			footer = StoreCommand.SETTINGS)
	static final class Do extends MergeCommand {

		@Parameters(index = "0", paramLabel = "KEEP_ID", description = "the node that stays")
		String keep;

		@Parameters(index = "1", paramLabel = "MERGED_ID", description = "the node merged into it")
		String merged;

		Do(Class<?> application, PrintStream out, PrintStream err) {
			super(application, out, err);
		}

		@Override
		public Integer call() {
			return run(false, this.keep, this.merged);
		}

	}

	/** {@code unmerge MERGE_ID}. */
	@Command(name = "unmerge", header = "Undo a merge",
			mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
			description = { "Undoes a merge: both nodes and every relationship as they were before it." },
			footer = StoreCommand.SETTINGS)
	static final class Undo extends MergeCommand {

		@Parameters(index = "0", paramLabel = "MERGE_ID", description = "the merge, as 'merge' printed it")
		String merge;

		Undo(Class<?> application, PrintStream out, PrintStream err) {
			super(application, out, err);
		}

		@Override
		public Integer call() {
			return run(true, this.merge, null);
		}

	}

	int run(boolean undo, String first, String second) {
		var settings = settings();
		String name = undo ? "unmerge: " : "merge: ";
		var client = this.serviceOptions.client();
		if (this.serviceOptions.remote(client)) {
			var result = undo ? client.execute(UNMERGE, Map.of("id", first))
					: client.execute(MERGE, Map.of("keep", first, "merge", second));
			if (!result.errors().isEmpty() || result.data() == null) {
				this.err.println(name + String.join("; ", result.errors()));
				return Commands.FAILED;
			}
			var merge = Values.map(result.data().values().iterator().next());
			report(undo, (String) merge.get("id"), (String) merge.get("keptId"), (String) merge.get("mergedId"),
					merge.get("moved"), merge.get("combined"));
			return Commands.DONE;
		}
		try (ConfigurableApplicationContext context = LocalStore.open(this.application, settings)) {
			var merges = context.getBean(MergeService.class);
			Merge merge = undo ? merges.undo(first) : merges.merge(first, second);
			report(undo, merge.id(), merge.keptId(), merge.mergedId(), merge.moved(), merge.combined());
			return Commands.DONE;
		}
		catch (RuntimeException ex) {
			this.err.println(name + (ex.getClass().getName().contains("Application")
					|| ex.getClass().getName().contains("BeanCreation") ? LocalStore.explain(ex) : ex.getMessage()));
			return Commands.FAILED;
		}
	}

	private void report(boolean undo, String id, String kept, String merged, Object moved, Object combined) {
		if (undo) {
			this.out.println("undid " + id + ": " + merged + " is back beside " + kept);
		}
		else {
			this.out.println(merged + " merged into " + kept + " (" + moved + " relationships moved, " + combined
					+ " combined); undo with: unmerge " + id);
		}
	}

}
