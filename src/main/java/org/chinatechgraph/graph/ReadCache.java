package org.chinatechgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chinatechgraph.system.neo4j.EmbeddedNeo4jProperties;
import org.chinatechgraph.system.neo4j.ReadCypher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of the reads that aggregate a whole selection of projects (the investment summary, the
 * timeline, the largest investors) and of the pages of lists (which may count and sort a whole label, as
 * organizations by their number of projects do): on the medium benchmark graph each of the first reads tens of
 * thousands of projects and takes 100–400 ms, and the explorer's landing page asks the same ones of every visitor.
 *
 * <p>An answer is kept with the {@link GraphVersion} read before the statement ran, and given again only while
 * that version is current: any commit since, by the service or by any Bolt client (Neo4j Browser included), makes
 * it unused. So a cached answer is never older than one the database would give. A read inside a transaction
 * already begun (a mutation reading back what it wrote) is never cached. Kept are at most
 * {@code ctg.read-cache.max-entries} answers holding {@code max-rows} rows together, the least recently used given
 * up first; a request can make the cache forget, never make it grow past that.
 *
 * <p>After the graph changed and then stayed unchanged for {@code refresh-quiet} (an import is a burst of commits),
 * the {@code refresh-entries} answers asked most often are read again in the background, one after the other, so
 * that the explorer's landing view, asked by every visitor, is current again before the next one comes. A stale
 * answer is kept (and counts towards the bounds) until it is read again or given up.
 */
@Component
public class ReadCache implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

	/** The file in the data directory that keeps the questions asked most across restarts. */
	public static final String WARM_FILE = "read-cache-questions.json";

	private record Key(String cypher, Map<String, ?> parameters) {
	}

	/**
	 * An answer, the version it was read at, the parameters it was read with (nulls kept, as sent), and how many
	 * times it was asked, over versions (an answer read again after a change keeps the count).
	 */
	private record Entry(long version, List<Map<String, Object>> rows, Map<String, ?> parameters,
			AtomicLong asked) {

		boolean current(long now) {
			return this.version == now;
		}

	}

	private final ReadCypher reads;

	private final GraphVersion version;

	private final ReadCacheProperties properties;

	private final boolean enabled;

	private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

	private int rows;

	private final ScheduledExecutorService refresher;

	/** The version the last refresh brought the answers to. */
	private volatile long refreshed;

	/** Where the questions asked most are kept across restarts; null: nowhere. */
	private final Path warmFile;

	@Autowired
	ReadCache(ReadCypher reads, GraphVersion version, ReadCacheProperties properties,
			EmbeddedNeo4jProperties embedded) {
		// only beside the embedded store: that is the graph the questions were asked of
		this(reads, version, properties, version.exact() && properties.warmEntries() > 0
				? Path.of(embedded.dataDir()).resolve(WARM_FILE) : null);
	}

	ReadCache(ReadCypher reads, GraphVersion version, ReadCacheProperties properties, Path warmFile) {
		this.reads = reads;
		this.version = version;
		this.properties = properties;
		this.enabled = properties.enabled() && (version.exact() || properties.external());
		this.warmFile = this.enabled ? warmFile : null;
		this.refreshed = version.current();
		if (this.enabled && properties.refreshEntries() > 0) {
			this.refresher = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "read-cache-refresh");
				thread.setDaemon(true);
				return thread;
			});
			long period = Math.max(50, properties.refreshQuiet().toMillis() / 4);
			this.refresher.scheduleWithFixedDelay(this::refreshIfQuiet, period, period, TimeUnit.MILLISECONDS);
		}
		else {
			this.refresher = null;
		}
	}

	/** Whether answers are kept at all (with an external Neo4j only when told that no one else writes to it). */
	public boolean enabled() {
		return this.enabled;
	}

	/** The rows of a read, as maps of plain Java values: from the cache while the graph is unchanged. */
	public List<Map<String, Object>> rows(String cypher, Map<String, ?> parameters) {
		return rows(cypher, parameters, Function.identity());
	}

	/** The rows of a read, each mapped by {@code mapper}: from the cache while the graph is unchanged. */
	public <T> List<T> rows(String cypher, Map<String, ?> parameters, Function<Map<String, Object>, T> mapper) {
		if (!this.enabled || this.reads.inTransaction()) {
			return this.reads.rows(cypher, parameters, mapper);
		}
		Key key = key(cypher, parameters);
		long before = this.version.current();
		Entry entry = get(key);
		if (entry == null || !entry.current(before)) {
			var asked = (entry == null) ? new AtomicLong() : entry.asked();
			entry = new Entry(before, this.reads.rows(cypher, parameters), new HashMap<>(parameters), asked);
			put(key, entry);
		}
		entry.asked().incrementAndGet();
		return entry.rows().stream().map(mapper).toList();
	}

	private static Key key(String cypher, Map<String, ?> parameters) {
		return new Key(cypher, Map.copyOf(parameters.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
	}

	/** Reads again the answers asked most often, once the graph has changed and then stayed unchanged for a while. */
	void refreshIfQuiet() {
		long current = this.version.current();
		if (current == this.refreshed
				|| this.version.nanosSinceChange() < this.properties.refreshQuiet().toNanos()) {
			return;
		}
		try {
			for (Map.Entry<Key, Entry> kept : mostAsked(this.properties.refreshEntries())) {
				long before = this.version.current();
				if (before != current) {
					return; // changed again: wait for the next quiet spell
				}
				Entry stale = kept.getValue();
				if (!stale.current(before)) {
					put(kept.getKey(), new Entry(before, this.reads.rows(kept.getKey().cypher(), stale.parameters()),
							stale.parameters(), stale.asked()));
				}
			}
			this.refreshed = current;
			saveQuestions();
		}
		catch (RuntimeException ex) {
			// the database away, or the service stopping: the answers are read on demand instead
			log.debug("Could not refresh the cache of reads", ex);
			this.refreshed = current;
		}
	}

	/** The answers asked most often (the landing view's, asked by every visitor), the last asked first among equals. */
	private synchronized List<Map.Entry<Key, Entry>> mostAsked(int count) {
		List<Map.Entry<Key, Entry>> all = new ArrayList<>(this.entries.sequencedEntrySet().reversed());
		all.sort(Comparator.comparingLong((Map.Entry<Key, Entry> e) -> e.getValue().asked().get()).reversed());
		return List.copyOf(all.subList(0, Math.min(count, all.size())));
	}

	/**
	 * Once the service is up, the questions asked most before it last stopped are asked again in the background, so
	 * that the first visitor after a restart finds the explorer's landing view ready instead of waiting for every
	 * aggregate to be read cold. The commands, which serve no requests, leave them.
	 */
	@EventListener
	public void serviceReady(ApplicationReadyEvent event) {
		if (this.warmFile != null && event.getApplicationContext() instanceof WebServerApplicationContext) {
			Thread.ofPlatform().daemon().name("read-cache-warm").start(this::warm);
		}
	}

	/** Whether questions asked before are kept in the data directory, to be asked again at this start. */
	public boolean keepsQuestions() {
		return this.warmFile != null && Files.isRegularFile(this.warmFile);
	}

	/**
	 * Asks the kept questions again, one after the other, each keeping the count it had; a question the graph can no
	 * longer answer (a statement of an older version of the service) is left out. Returns how many were answered.
	 */
	int warm() {
		int answered = 0;
		for (WarmQuestions.Question question : WarmQuestions.load(this.warmFile)) {
			try {
				rows(question.cypher(), question.parameters());
				Entry entry = get(key(question.cypher(), question.parameters()));
				if (entry != null) {
					entry.asked().addAndGet(Math.max(0, question.asked() - 1));
				}
				answered++;
			}
			catch (RuntimeException ex) {
				log.debug("Left out a kept question the graph did not answer", ex);
			}
		}
		return answered;
	}

	/** Keeps the questions asked most in the data directory, for the next start ({@link #warm()}). */
	private void saveQuestions() {
		if (this.warmFile == null) {
			return;
		}
		var questions = mostAsked(this.properties.warmEntries()).stream()
			.map(e -> new WarmQuestions.Question(e.getKey().cypher(), new HashMap<>(e.getValue().parameters()),
					e.getValue().asked().get()))
			.toList();
		if (questions.isEmpty()) {
			return; // nothing asked since the start: the questions of the last run stay
		}
		try {
			WarmQuestions.save(this.warmFile, questions);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not keep the questions asked most in {}: {}", this.warmFile, ex.toString());
		}
	}

	@Override
	public void destroy() {
		if (this.refresher != null) {
			this.refresher.shutdownNow();
		}
		saveQuestions();
	}

	/** The version of the graph the last background refresh brought the answers to. */
	long refreshedVersion() {
		return this.refreshed;
	}

	/** How many answers are kept now. */
	public synchronized int size() {
		return this.entries.size();
	}

	/** The answer kept for a key, current or not: a stale one is replaced when read again, and keeps its count. */
	private synchronized Entry get(Key key) {
		return this.entries.get(key);
	}

	private synchronized void put(Key key, Entry entry) {
		if (entry.rows().size() > this.properties.maxRows() || !entry.current(this.version.current())) {
			return; // too large to keep, or the graph changed while it was read
		}
		remove(key);
		this.entries.put(key, entry);
		this.rows += entry.rows().size();
		Iterator<Map.Entry<Key, Entry>> eldest = this.entries.entrySet().iterator();
		while ((this.entries.size() > this.properties.maxEntries() || this.rows > this.properties.maxRows())
				&& eldest.hasNext()) {
			this.rows -= eldest.next().getValue().rows().size();
			eldest.remove();
		}
	}

	private void remove(Key key) {
		Entry removed = this.entries.remove(key);
		if (removed != null) {
			this.rows -= removed.rows().size();
		}
	}

}
