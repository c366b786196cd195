package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.curation.Merge;
import org.chinatechgraph.curation.MergeService;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code merge KEEP MERGED} and {@code unmerge MERGE_ID}: the merge operations of the GraphQL API from the command
 * line, through the running service when one answers, else on the store opened here.
 */
final class MergeCommand {

	static final String USAGE = """
			usage: merge KEEP_ID MERGED_ID [--service URL] [--api-key KEY] [--local]
			       unmerge MERGE_ID [--service URL] [--api-key KEY] [--local]
			""";

	private static final String MERGE = """
			mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id keptId mergedId moved combined } }
			""";

	private static final String UNMERGE = """
			mutation($id: ID!) { undoMerge(id: $id) { id keptId mergedId moved combined } }
			""";

	private final Class<?> application;

	private final PrintStream out;

	private final PrintStream err;

	MergeCommand(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	@SuppressWarnings("unchecked")
	int run(boolean undo, List<String> args) {
		CommandLine line = CommandLine.parse(args, Set.of("local"), Set.of("service", "api-key"));
		if (line.operands().size() != (undo ? 1 : 2)) {
			this.err.print(USAGE);
			return 2;
		}
		String service = line.option("service") != null ? line.option("service")
				: System.getenv().getOrDefault("CTG_SERVICE_URL", "http://localhost:8080");
		var client = new ServiceClient(service,
				line.option("api-key") != null ? line.option("api-key") : System.getenv("CTG_API_KEY"));
		if (!line.has("local") && client.isUp()) {
			var result = undo ? client.execute(UNMERGE, Map.of("id", line.operands().get(0)))
					: client.execute(MERGE, Map.of("keep", line.operands().get(0), "merge", line.operands().get(1)));
			if (!result.errors().isEmpty() || result.data() == null) {
				this.err.println((undo ? "unmerge: " : "merge: ") + String.join("; ", result.errors()));
				return 1;
			}
			var merge = (Map<String, Object>) result.data().values().iterator().next();
			report(undo, (String) merge.get("id"), (String) merge.get("keptId"), (String) merge.get("mergedId"),
					merge.get("moved"), merge.get("combined"));
			return 0;
		}
		try (ConfigurableApplicationContext context = LocalStore.open(this.application, line.settings())) {
			var merges = context.getBean(MergeService.class);
			Merge merge = undo ? merges.undo(line.operands().get(0))
					: merges.merge(line.operands().get(0), line.operands().get(1));
			report(undo, merge.id(), merge.keptId(), merge.mergedId(), merge.moved(), merge.combined());
			return 0;
		}
		catch (RuntimeException ex) {
			this.err.println((undo ? "unmerge: " : "merge: ") + (ex.getClass().getName().contains("Application")
					|| ex.getClass().getName().contains("BeanCreation") ? LocalStore.explain(ex) : ex.getMessage()));
			return 1;
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
