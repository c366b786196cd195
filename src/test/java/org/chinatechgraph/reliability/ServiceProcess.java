package org.chinatechgraph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.chinatechgraph.ChinaTechGraphApplication;
import org.chinatechgraph.support.RunningService;

/**
 * The service in a JVM of its own (the build's classes and the test classpath), on an embedded store in a given
 * directory, so that a test can kill it as the operating system would ({@link #kill()} is SIGKILL on Linux) and
 * read what it logged.
 */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final List<String> lines = new ArrayList<>();

	private ServiceProcess(Process process, int port) {
		this.process = process;
		this.port = port;
		Thread reader = new Thread(this::read, "service-process-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts the service; settings are {@code key=value} as on its command line. Logs the loader's work. */
	static ServiceProcess start(Path dataDir, String... settings) {
		int port = RunningService.freePort();
		Map<String, String> options = new LinkedHashMap<>();
		options.put("server.port", String.valueOf(port));
		options.put("server.address", "127.0.0.1");
		options.put("ctg.embedded.data-dir", dataDir.toString());
		options.put("ctg.embedded.bolt-port", "0");
		options.put("spring.main.banner-mode", "off");
		options.put("logging.level.org.chinatechgraph", "info");
		for (String setting : settings) {
			int equals = setting.indexOf('=');
			options.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				ChinaTechGraphApplication.class.getName()));
		options.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			return new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (var in = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				synchronized (this.lines) {
					this.lines.add(line);
					this.lines.notifyAll();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

	int port() {
		return this.port;
	}

	List<String> lines() {
		synchronized (this.lines) {
			return List.copyOf(this.lines);
		}
	}

	long count(Predicate<String> line) {
		return lines().stream().filter(line).count();
	}

	/** Waits until {@code atLeast} lines match; false when the time is up or the process ended first. */
	boolean await(Predicate<String> line, long atLeast, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		synchronized (this.lines) {
			while (this.lines.stream().filter(line).count() < atLeast) {
				long left = Duration.between(Instant.now(), deadline).toMillis();
				if (left <= 0 || (!this.process.isAlive() && this.lines.stream().filter(line).count() < atLeast)) {
					return false;
				}
				try {
					this.lines.wait(Math.min(left, 200));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill() {
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/** SIGTERM: the service closes as on Ctrl-C. */
	void stop() {
		this.process.destroy();
		if (!waitFor(Duration.ofSeconds(90))) {
			kill();
		}
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The last lines it printed, to explain a failure. */
	String tail(int count) {
		List<String> all = lines();
		return String.join("\n", all.subList(Math.max(0, all.size() - count), all.size()));
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
