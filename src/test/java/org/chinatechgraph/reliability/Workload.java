package org.chinatechgraph.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.chinatechgraph.system.neo4j.ClasspathFiles;
import tools.jackson.databind.JsonNode;

/**
 * Clients that each send one request after another until stopped: reads (every example question of
 * {@code graphql/examples}, and lists and searches over the written articles) and, at a given share, writes of new
 * generated fact files. Every request is recorded with its start, its time and its outcome.
 */
final class Workload {

	/** One request: what it was, when it started (nanoTime), how long it took, and how it ended. */
	record Op(String kind, long startNanos, long micros, String outcome, String articleId, String query) {

		boolean ok() {
			return Ingestion.OK.equals(this.outcome);
		}

	}

	private static final List<String> EXTRA_READS = List.of(
			"{ projects(filter: {place: \"province:zhejiang\"}, first: 20) { totalCount edges { node { id name investment { cny } investors { investor { name } } } } } }",
			"{ search(text: \"plant\") { __typename } }",
			"{ organizations(first: 5) { totalCount edges { node { id name } } } }");

	/** How long a client waits after a failed request before its next one, as a polite client would. */
	private static final Duration BACK_OFF = Duration.ofMillis(50);

	private final List<String> reads;

	private final GraphQlHttp http;

	private final Ingestion ingestion;

	private final double writeShare;

	private final String prefix;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicInteger written = new AtomicInteger();

	private final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<GeneratedArticle> attempted = new ConcurrentLinkedQueue<>();

	private final List<Thread> clients = new ArrayList<>();

	/** The reads under way, by client, with their start (nanoTime). */
	private final Map<Thread, Long> inFlight = new java.util.concurrent.ConcurrentHashMap<>();

	/** A read under way longer than this makes the watchdog print every thread of the JVM, the service's too. */
	private static final Duration STUCK = Duration.ofSeconds(20);

	Workload(GraphQlHttp http, Ingestion ingestion, double writeShare, String prefix) {
		this.http = http;
		this.ingestion = ingestion;
		this.writeShare = writeShare;
		this.prefix = prefix;
		List<String> reads = new ArrayList<>(EXTRA_READS);
		ClasspathFiles.list("classpath:graphql/examples/*.graphql").forEach(file -> reads.add(ClasspathFiles.text(file)));
		this.reads = List.copyOf(reads);
	}

	/** Sends each read once and writes one file, one after another, so that the timed run starts warm. */
	void warmUp() {
		Random random = new Random(1);
		for (String query : this.reads) {
			var reply = this.http.query(query);
			if (!Ingestion.OK.equals(outcome(reply))) {
				throw new IllegalStateException("warm-up read failed: " + outcome(reply) + " " + reply.body());
			}
		}
		var article = GeneratedArticle.of(this.prefix + "-warm-up", random);
		this.attempted.add(article);
		String outcome = this.ingestion.ingest(article.bytes(), article.fileName());
		if (!Ingestion.OK.equals(outcome)) {
			throw new IllegalStateException("warm-up write failed: " + outcome);
		}
	}

	void start(int count) {
		this.running.set(true);
		Thread.ofPlatform().name("workload-watchdog").daemon().start(this::watch);
		for (int i = 0; i < count; i++) {
			Random random = new Random(1000 + i);
			Thread client = Thread.ofPlatform().name("client-" + i).daemon().start(() -> {
				while (this.running.get()) {
					boolean ok = (random.nextDouble() < this.writeShare) ? write(random) : read(random);
					if (!ok) {
						pause(BACK_OFF);
					}
				}
			});
			this.clients.add(client);
		}
	}

	/** What the service's and the clients' threads were doing when a read hung (empty if none did). */
	private volatile String hung = "";

	/**
	 * While the clients run, records once what the threads of this JVM (the service runs in it) are doing when a read
	 * has been under way longer than {@link #STUCK}: every thread to the output, and a digest ({@link #hung()}) that
	 * a failed assertion can carry, grouped by what the threads wait in.
	 */
	private void watch() {
		while (this.running.get()) {
			pause(Duration.ofSeconds(1));
			long now = System.nanoTime();
			if (this.inFlight.values().stream().anyMatch(start -> now - start > STUCK.toNanos())) {
				var threads = java.lang.management.ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
				StringBuilder dump = new StringBuilder("A read has been under way for more than " + STUCK + ":\n");
				Map<String, Integer> digest = new TreeMap<>();
				for (var info : threads) {
					dump.append(info.toString().replace("\n\t...", "")).append(stackOf(info, 8, 60));
					if (info.getThreadName().contains("exec") || info.getThreadName().startsWith("client-")) {
						String kind = info.getThreadName().replaceAll("-?\\d+$", "");
						digest.merge(kind + " " + info.getThreadState() + "\n" + stackOf(info, 0, 6), 1, Integer::sum);
					}
				}
				System.out.println(dump);
				StringBuilder text = new StringBuilder();
				digest.forEach((stack, count) -> text.append(count).append(" × ").append(stack));
				this.hung = text.toString();
				return;
			}
		}
	}

	/** What the threads of the JVM were doing when a read hung, by kind and stack; empty if no read hung. */
	String hung() {
		return this.hung;
	}

	private static String stackOf(java.lang.management.ThreadInfo info, int from, int to) {
		StringBuilder stack = new StringBuilder();
		StackTraceElement[] frames = info.getStackTrace();
		for (int i = from; i < Math.min(frames.length, to); i++) {
			stack.append("\tat ").append(frames[i]).append('\n');
		}
		return stack.append('\n').toString();
	}

	void stop() {
		this.running.set(false);
		for (Thread client : this.clients) {
			try {
				client.join(Duration.ofSeconds(60));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private boolean read(Random random) {
		String query = this.reads.get(random.nextInt(this.reads.size()));
		long start = System.nanoTime();
		Thread self = Thread.currentThread();
		this.inFlight.put(self, start);
		GraphQlHttp.Reply reply;
		try {
			reply = this.http.query(query);
		}
		finally {
			this.inFlight.remove(self);
		}
		var op = new Op("read", start, reply.micros(), outcome(reply), null, query);
		this.ops.add(op);
		return op.ok();
	}

	private boolean write(Random random) {
		var article = GeneratedArticle.of(this.prefix + "-" + "%06d".formatted(this.written.getAndIncrement()), random);
		this.attempted.add(article);
		long start = System.nanoTime();
		String outcome = this.ingestion.ingest(article.bytes(), article.fileName());
		var op = new Op("write", start, (System.nanoTime() - start) / 1000, outcome, article.id(), null);
		this.ops.add(op);
		return op.ok();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** OK, or what went wrong: no answer, an HTTP status, or the classifications of the GraphQL errors. */
	static String outcome(GraphQlHttp.Reply reply) {
		if (reply.failure() != null) {
			return reply.timedOut() ? "TIMEOUT" : "NO_ANSWER " + reply.failure();
		}
		if (reply.status() != 200) {
			return "HTTP_" + reply.status();
		}
		JsonNode errors;
		try {
			errors = reply.json().path("errors");
		}
		catch (RuntimeException ex) {
			return "NOT_JSON";
		}
		if (errors.isMissingNode() || errors.isEmpty()) {
			return Ingestion.OK;
		}
		return errors.valueStream()
			.map(error -> error.path("extensions").path("classification").asString("UNCLASSIFIED"))
			.distinct()
			.sorted()
			.collect(Collectors.joining(","));
	}

	List<Op> ops() {
		List<Op> all = new ArrayList<>(this.ops);
		all.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
		return all;
	}

	List<GeneratedArticle> attempted() {
		return List.copyOf(this.attempted);
	}

	Set<String> acknowledged() {
		return this.ops.stream().filter(op -> op.articleId() != null && op.ok()).map(Op::articleId).collect(Collectors.toSet());
	}

	/** Counts of outcomes, by outcome. */
	static Map<String, Long> outcomes(List<Op> ops) {
		return ops.stream().collect(Collectors.groupingBy(Op::outcome, TreeMap::new, Collectors.counting()));
	}

	/** The given percentile of the requests' times, in milliseconds. */
	static double percentile(List<Op> ops, double percentile) {
		if (ops.isEmpty()) {
			return 0;
		}
		List<Long> times = new ArrayList<>(ops.stream().map(Op::micros).toList());
		Collections.sort(times);
		int index = (int) Math.ceil(percentile / 100.0 * times.size()) - 1;
		return times.get(Math.max(0, Math.min(index, times.size() - 1))) / 1000.0;
	}

	static String summary(List<Op> ops) {
		return "%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, outcomes %s".formatted(ops.size(),
				percentile(ops, 50), percentile(ops, 99), percentile(ops, 100), outcomes(ops));
	}

}
