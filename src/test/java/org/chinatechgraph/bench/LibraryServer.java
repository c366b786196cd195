package org.chinatechgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The Neo4j GraphQL Library's server for the query benchmark's "library" side: either one already running
 * ({@code --library-url http://127.0.0.1:4000/graphql}), or one this class starts with {@code bench/library.sh}
 * against the benchmark's database ({@code --library}) and stops when closed.
 */
final class LibraryServer implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/graphql)");

	private static final Path SCRIPT = Path.of("bench/library.sh");

	private final String url;

	private final Process process;

	private LibraryServer(String url, Process process) {
		this.url = url;
		this.process = process;
	}

	/** The library's server the options ask for, or null when they ask for none. */
	static LibraryServer from(BenchArgs options, String bolt, String user, String password)
			throws IOException, InterruptedException {
		if (options.has("library-url")) {
			return new LibraryServer(options.string("library-url", ""), null);
		}
		if (!options.has("library")) {
			return null;
		}
		return start(bolt, user, password);
	}

	/**
	 * Runs bench/library.sh (installing the packages when needed) and waits until the server listens; it logs in to
	 * the database as {@code user} when there is a {@code password}.
	 */
	static LibraryServer start(String bolt, String user, String password) throws IOException, InterruptedException {
		if (!Files.isExecutable(SCRIPT)) {
			throw new BenchmarkException(SCRIPT + " is not here; run the benchmark from the project's directory");
		}
		System.out.println("Starting the Neo4j GraphQL Library: " + SCRIPT + " --bolt " + bolt + " --port 0");
		var builder = new ProcessBuilder(SCRIPT.toString(), "--bolt", bolt, "--port", "0")
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		if (password != null && !password.isEmpty()) {
			builder.environment().put("NEO4J_USERNAME", user);
			builder.environment().put("NEO4J_PASSWORD", password);
		}
		var process = builder.start();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		// the first line naming the address; later lines (and the rest of the output) go on to this output
		var listening = new CompletableFuture<String>();
		Thread.ofPlatform().daemon().name("library-output").start(() -> {
			try {
				for (String line; (line = reader.readLine()) != null;) {
					System.out.println("  library: " + line);
					var matcher = LISTENING.matcher(line);
					if (matcher.find()) {
						listening.complete(matcher.group(1));
					}
				}
			}
			catch (IOException ex) {
				// the process ended
			}
			listening.complete(null);
		});
		String url;
		try {
			// npm ci on a first run takes a while
			url = listening.get(300, TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			url = null;
		}
		if (url == null) {
			process.destroy();
			String status = process.waitFor(10, TimeUnit.SECONDS) ? "exited with status " + process.exitValue() : "did not start in time";
			process.destroyForcibly();
			throw new BenchmarkException("the Neo4j GraphQL Library's server " + status + " (its messages are above)");
		}
		return new LibraryServer(url, process);
	}

	String url() {
		return this.url;
	}

	/** Stops the server if this class started it. */
	@Override
	public void close() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

}
