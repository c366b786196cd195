package org.chinatechgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chinatechgraph.console.Chromium;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Times the explorer as a person meets it, in headless Chromium against the service on a given store: first paint,
 * and for each view the time from the action that opens it (the address typed, a click, a filter changed) until the
 * last of its data has been taken in by the page, as the page itself measures its requests
 * ({@code performance.measure("data:…")}, which end once the page's script has read the answer, so after whatever
 * drawing held the page's thread), and apart from that ("answers in") until the last answer had come in over the
 * network (the resource timing of its requests to {@code /graphql}), and how long the page's script took to draw
 * the map and the timeline ({@code performance.measure("draw:…")}).
 * Every round is a first visit: a new Chromium with an empty profile and cache.
 *
 * <p>A round: open {@code /} (the map of provinces, the timeline and the organizations); choose one of the five
 * provinces with the most projects in the map's table (its cities' map and its projects); filter by a sector; narrow
 * the years; search for a word of the first project's name; open that project's page, the largest investor's page and
 * the province's page. The first {@code --warmup} rounds are reported apart, as "cold": the service compiles its
 * statements and the JVM its code while they run.
 *
 * <p>Each round filters by a different sector and year range (the round's number picks them), so that the filtered
 * views are new questions to the service, not answers it kept ({@code ctg.read-cache}): the landing page is the same
 * for everyone and is served from the cache after the first visit, as in use. {@code --read-cache false} turns the
 * cache off, to time every view as a first question.
 *
 * <p>{@code --after-write S} commits a change to the graph before each measured round and waits {@code S} seconds:
 * the visit of someone who comes after an import, once the cache has read its last-used answers again
 * ({@code --refresh-entries 0} turns that off).
 *
 * <p>Run: {@code bench/explorer.sh --data <copy of a store> [--rounds 10] [--warmup 2] [--read-cache false] [--warm-up false]}, or
 * {@code bench/explorer.sh --seed-graph} for the seed graph in a new store.
 */
public final class ExplorerBenchmark {

	/** No new measure for this long, with the expected ones in: the view has all its data. */
	private static final long QUIET_MS = 750;

	/** The page's own timings since {@code t0}: every data measure started after it, and when the last one ended. */
	private static final String SINCE = """
			const t0 = arguments[0];
			const data = performance.getEntriesByType('measure').filter(m => m.name.startsWith('data:') && m.startTime >= t0);
			return {count: data.length, names: data.map(m => m.name.substring(5)),
			  durations: data.map(m => m.duration), end: Math.max(t0, ...data.map(m => m.startTime + m.duration)) - t0,
			  first: Math.min(...data.map(m => m.startTime)) - t0,
			  answered: Math.max(t0, ...performance.getEntriesByType('resource')
			    .filter(r => r.name.endsWith('/graphql') && r.startTime >= t0).map(r => r.responseEnd)) - t0,
			  draws: performance.getEntriesByType('measure').filter(m => m.name.startsWith('draw:') && m.startTime >= t0)
			    .map(m => [m.name, m.duration]),
			  errors: [...document.querySelectorAll('[role=alert]')].map(e => e.textContent.trim()).filter(t => t)};""";

	private ExplorerBenchmark() {
	}

	public static void main(String[] args) {
		BenchmarkException.run("explorer benchmark",
				() -> measure(new BenchArgs(args, Set.of("data", "seed-graph", "rounds", "warmup", "read-cache",
						"refresh-entries", "after-write", "warm-up"))));
	}

	static void measure(BenchArgs options) throws Exception {
		int rounds = options.integer("rounds", 10);
		int warmup = options.integer("warmup", 2);
		Path store = options.has("seed-graph") ? Files.createTempDirectory("ctg-explorer") : BenchService.store(options);
		boolean cache = Boolean.parseBoolean(options.string("read-cache", "true"));
		// as the service is by default: the cache on, the landing questions asked by the service itself at a first start
		List<String> settings = new ArrayList<>(List.of("ctg.read-cache.enabled=" + cache,
				"ctg.explorer.warm-up=" + options.string("warm-up", "true")));
		if (options.has("refresh-entries")) {
			settings.add("ctg.read-cache.refresh-entries=" + options.integer("refresh-entries", 20));
		}
		long afterWrite = options.number("after-write", 0);
		if (options.has("seed-graph")) {
			settings.add("ctg.seed.enabled=true");
		}
		try (var service = new BenchService(store, true, settings.toArray(String[]::new))) {
			String base = service.graphQlUrl().replaceFirst("graphql$", "");
			Timings cold = new Timings();
			Timings warm = new Timings();
			for (int round = 0; round < warmup + rounds; round++) {
				if (afterWrite > 0 && round >= warmup) {
					// a change that every cached answer must give way to, then the wait of a visitor who comes later
					service.bean(Neo4jClient.class).query("CREATE (:BenchmarkWrite {round: $round})").bind(round).to("round").run();
					Thread.sleep(afterWrite * 1000);
				}
				try (Chromium chromium = Chromium.start()) {
					visit(chromium, base, round, round < warmup ? cold : warm);
				}
			}
			System.out.println("Explorer benchmark on " + Machine.describe() + "; store " + store
					+ (cache ? "" : "; the cache of aggregate reads off"));
			if (warmup > 0) {
				cold.print("cold (the first " + warmup + " rounds after the service started)", System.out);
			}
			warm.print("warm (" + rounds + " rounds, each a first visit in a new browser"
					+ (afterWrite > 0 ? ", " + afterWrite + " s after a write to the graph" : "") + ")", System.out);
		}
	}

	/** One round: the views in the order a person might open them. */
	private static void visit(Chromium chromium, String base, int round, Timings timings) {
		var js = (JavascriptExecutor) chromium.driver();
		chromium.open(base);
		Map<String, Object> paint = cast(js.executeScript("""
				return Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, p.startTime]));"""));
		paint.forEach((name, ms) -> timings.add(name, ((Number) ms).doubleValue()));
		Map<String, Object> overview = view(chromium, timings, "overview (from navigation)", 0,
				Set.of("map", "timeline", "organizations"));
		double first = ((Number) overview.get("first")).doubleValue();
		timings.add("overview (from its first request)", ((Number) overview.get("end")).doubleValue() - first);
		timings.add("overview: answers in (from its first request)",
				((Number) overview.get("answered")).doubleValue() - first);
		String investor = (String) js.executeScript("return document.querySelector('#top-investors a')?.getAttribute('href')");

		double t0 = now(js);
		js.executeScript("""
				const rows = document.querySelectorAll('#map-table tbody tr button');
				rows[arguments[0] % Math.min(5, rows.length)].click();""", round);
		view(chromium, timings, "province chosen (cities, projects)", t0, Set.of("map", "place"));
		String project = (String) js.executeScript("return document.querySelector('#place-projects li a')?.getAttribute('href')");
		String name = (String) js.executeScript("return document.querySelector('#place-projects li a')?.textContent");
		String province = (String) js.executeScript("return document.querySelector('#place-link a')?.getAttribute('href')");

		filter(chromium, timings, "sector filter", "#sector", round);
		filter(chromium, timings, "year filter", "#year-from", round);


		if (name != null) {
			t0 = now(js);
			js.executeScript("location.hash = '#/search/' + encodeURIComponent(arguments[0])", searchWord(name));
			view(chromium, timings, "search", t0, Set.of("search"));
		}
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("project page", project);
		pages.put("organization page", investor);
		pages.put("place page", province);
		for (var page : pages.entrySet()) {
			if (page.getValue() != null) {
				t0 = now(js);
				js.executeScript("location.hash = arguments[0]", page.getValue());
				view(chromium, timings, page.getKey(), t0, Set.of("entity"));
			}
		}
	}

	/** Chooses another option of a filter's list each round (never the first, "any"), and times the views' update. */
	private static void filter(Chromium chromium, Timings timings, String view, String select, int round) {
		var js = (JavascriptExecutor) chromium.driver();
		double t0 = now(js);
		js.executeScript("""
				const select = document.querySelector(arguments[0]);
				select.value = select.options[1 + arguments[1] % (select.options.length - 1)].value;
				select.dispatchEvent(new Event('change', {bubbles: true}));""", select, round);
		view(chromium, timings, view, t0, Set.of("map", "timeline", "organizations", "place"));
	}

	/** The longest word of a name: what someone who half remembers it would type. */
	static String searchWord(String name) {
		return java.util.Arrays.stream(name.split("[\\s,()]+"))
			.max(java.util.Comparator.comparingInt(String::length))
			.orElse(name);
	}

	/**
	 * Waits until the view's data is in (each expected request measured, then nothing new for a while) and records
	 * when its last request ended, counted from {@code t0}, and each request's own time.
	 */
	private static Map<String, Object> view(Chromium chromium, Timings timings, String view, double t0,
			Set<String> expected) {
		var js = (JavascriptExecutor) chromium.driver();
		long[] lastChange = { System.currentTimeMillis() };
		int[] lastCount = { -1 };
		Map<String, Object> done = chromium.waitFor(60, view, driver -> {
			Map<String, Object> since = cast(js.executeScript(SINCE, t0));
			int count = ((Number) since.get("count")).intValue();
			if (count != lastCount[0]) {
				lastCount[0] = count;
				lastChange[0] = System.currentTimeMillis();
				return null;
			}
			boolean all = ((List<?>) since.get("names")).containsAll(expected);
			return all && System.currentTimeMillis() - lastChange[0] >= QUIET_MS ? since : null;
		});
		List<?> errors = (List<?>) done.get("errors");
		if (!errors.isEmpty()) {
			throw new BenchmarkException(view + " showed an error: " + errors);
		}
		timings.add(view, ((Number) done.get("end")).doubleValue());
		if (t0 > 0) {
			timings.add(view + ": answers in", ((Number) done.get("answered")).doubleValue());
		}
		List<?> names = (List<?>) done.get("names");
		List<?> durations = (List<?>) done.get("durations");
		for (int i = 0; i < names.size(); i++) {
			timings.add("  request data:" + names.get(i), ((Number) durations.get(i)).doubleValue());
		}
		for (Object draw : (List<?>) done.get("draws")) {
			List<?> nameAndMs = (List<?>) draw;
			timings.add("  " + nameAndMs.get(0), ((Number) nameAndMs.get(1)).doubleValue());
		}
		return done;
	}

	private static double now(JavascriptExecutor js) {
		return ((Number) js.executeScript("return performance.now()")).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

	/** Milliseconds by name, in the order first seen. */
	static final class Timings {

		private final Map<String, List<Double>> values = new LinkedHashMap<>();

		void add(String name, double ms) {
			this.values.computeIfAbsent(name, n -> new ArrayList<>()).add(ms);
		}

		void print(String title, java.io.PrintStream out) {
			out.println();
			out.println(title);
			out.printf(Locale.ROOT, "%-40s %6s %8s %8s %8s%n", "", "n", "p50 ms", "p90 ms", "max ms");
			this.values.forEach((name, list) -> {
				double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
				out.printf(Locale.ROOT, "%-40s %6d %8.0f %8.0f %8.0f%n", name, sorted.length, at(sorted, 0.5),
						at(sorted, 0.9), sorted[sorted.length - 1]);
			});
		}

		private static double at(double[] sorted, double quantile) {
			return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
		}

	}

}
