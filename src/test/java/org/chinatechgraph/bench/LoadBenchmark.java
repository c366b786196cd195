package org.chinatechgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.chinatechgraph.ingest.FactLoader;
import org.neo4j.driver.Driver;

/**
 * Bulk-loads a generated graph twice, each into a fresh embedded Neo4j with the service's schema: once through the
 * service's {@link FactLoader} (one transaction per fact file) and once by the raw baseline ({@link RawLoad}:
 * {@code UNWIND $rows MERGE ...} through the driver, also one transaction per file). Reports nodes and
 * relationships per second for each, their ratio, and the heap in use after collections as the load proceeds.
 *
 * <p>Run: {@code bench/load.sh --facts target/bench/facts-medium [--data target/bench/db-medium]
 * [--mode both|loader|baseline]}. The loader's store is kept in {@code <data>/loader} for the query benchmark.
 */
public final class LoadBenchmark {

	/** What one load measured. */
	record Result(String how, int files, long nodes, long relationships, long mentions, double seconds,
			List<Long> heapMb, Map<String, Long> graph) {

		double nodesPerSecond() {
			return this.nodes / this.seconds;
		}

		double relationshipsPerSecond() {
			return (this.relationships + this.mentions) / this.seconds;
		}

		String line() {
			return String.format(Locale.ROOT,
					"%-8s %5d files %,10d nodes %,11d relationships (+%,d mentions) in %7.1f s: %,8.0f nodes/s %,9.0f relationships/s, heap after GC at 25/50/75/100%%: %s MB",
					this.how, this.files, this.nodes, this.relationships, this.mentions, this.seconds, nodesPerSecond(),
					relationshipsPerSecond(), this.heapMb);
		}

	}

	private LoadBenchmark() {
	}

	public static void main(String[] args) {
		BenchmarkException.run("load benchmark", () -> {
			var options = new BenchArgs(args, Set.of("facts", "data", "mode"));
			Path facts = Path.of(options.string("facts", "target/bench/facts-small"));
			Path data = Path.of(options.string("data", facts.toString().replace("facts-", "db-")));
			String mode = options.string("mode", "both");
			if (!Set.of("both", "loader", "baseline").contains(mode)) {
				throw new BenchmarkException("--mode must be both, loader or baseline, not '" + mode + "'");
			}
			List<Path> files = factFiles(facts);
			var counts = RawLoad.count(files);
			System.out.printf("Loading %d fact files from %s (%s)%n", files.size(), facts, Machine.describe());
			Result loader = null;
			Result baseline = null;
			if (!mode.equals("baseline")) {
				loader = throughLoader(files, counts, fresh(data.resolve("loader")));
				System.out.println(loader.line());
			}
			if (!mode.equals("loader")) {
				baseline = raw(files, counts, fresh(data.resolve("baseline")));
				System.out.println(baseline.line());
			}
			if (loader != null && baseline != null) {
				System.out.printf(Locale.ROOT, "loader/baseline: %.2f (nodes and relationships per second)%n",
						baseline.seconds / loader.seconds);
			}
		});
	}

	/** The fact files of a directory in load order; refuses a directory with none. */
	static List<Path> factFiles(Path facts) throws IOException {
		if (!Files.isDirectory(facts)) {
			throw new BenchmarkException("no fact directory at " + facts + "; run bench/generate.sh first");
		}
		try (Stream<Path> list = Files.list(facts)) {
			List<Path> files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
			if (files.isEmpty()) {
				throw new BenchmarkException(facts + " holds no fact files; run bench/generate.sh first");
			}
			return files;
		}
	}

	/** Loads through the service's own loader, file after file, as an ingestion would. */
	static Result throughLoader(List<Path> files, RawLoad.Counts counts, Path dataDir) throws IOException {
		try (var service = new BenchService(dataDir, false)) {
			FactLoader loader = service.bean(FactLoader.class);
			var heap = new HeapSampler(files.size());
			long start = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				loader.load(Files.readAllBytes(files.get(i)), files.get(i).getFileName().toString());
				heap.after(i);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Result("loader", files.size(), counts.nodes(), counts.relationships(), counts.mentions(), seconds,
					heap.samples(), graphCounts(service.bean(Driver.class)));
		}
	}

	/** Loads the same files by hand-written UNWIND ... MERGE statements through the driver. */
	static Result raw(List<Path> files, RawLoad.Counts counts, Path dataDir) throws IOException {
		try (var service = new BenchService(dataDir, false)) {
			var raw = new RawLoad(service.bean(Driver.class));
			var heap = new HeapSampler(files.size());
			long start = System.nanoTime();
			for (int i = 0; i < files.size(); i++) {
				raw.load(Files.readAllBytes(files.get(i)));
				heap.after(i);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Result("baseline", files.size(), counts.nodes(), counts.relationships(), counts.mentions(), seconds,
					heap.samples(), graphCounts(service.bean(Driver.class)));
		}
	}

	/** What the database holds after a load: nodes per label and relationships per type (from the count store). */
	static Map<String, Long> graphCounts(Driver driver) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		try (var session = driver.session()) {
			for (String label : session.run("CALL db.labels() YIELD label RETURN label").list(r -> r.get(0).asString())) {
				counts.put(label, session.run("MATCH (n:$($label)) RETURN count(n)", Map.of("label", label)).single().get(0).asLong());
			}
			for (String type : session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
				.list(r -> r.get(0).asString())) {
				counts.put(type, session.run("MATCH ()-[r:$($type)]->() RETURN count(r)", Map.of("type", type)).single().get(0).asLong());
			}
		}
		return counts;
	}

	static Path fresh(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> walk = Files.walk(dir)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Files.createDirectories(dir);
		return dir;
	}

	/** The heap in use just after the last collection, read at each quarter of the load (no collection forced). */
	static final class HeapSampler {

		private final int total;

		private final List<Long> samples = new ArrayList<>();

		HeapSampler(int total) {
			this.total = total;
		}

		void after(int index) {
			int done = index + 1;
			int quarter = this.samples.size() + 1;
			if (done * 4L >= (long) quarter * this.total) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
						used += pool.getCollectionUsage().getUsed();
					}
				}
				this.samples.add(used / (1024 * 1024));
			}
		}

		List<Long> samples() {
			return List.copyOf(this.samples);
		}

	}

}
