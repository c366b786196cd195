package org.chinatechgraph.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's HTTP client: a JSON POST over one kept-alive HTTP/1.1 connection per calling thread, written
 * and read on that thread with nothing else in between, the way the driver sends a statement over its Bolt
 * connection on the Cypher side. The JDK's {@code HttpURLConnection} spends about as long in its own header and
 * connection-cache handling as a small read takes in the service; that is the client's time, not the service's.
 * It speaks only what the two GraphQL servers answer: a status line, headers, and a body of a given length or
 * in chunks.
 */
final class HttpPost {

	/** How long a request is waited for before it counts as an error. */
	static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

	private static final ThreadLocal<HttpPost> CONNECTIONS = new ThreadLocal<>();

	private final String url;

	private final String host;

	private final int port;

	private final String path;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	private HttpPost(String url) {
		URI uri = URI.create(url);
		this.url = url;
		this.host = uri.getHost();
		this.port = uri.getPort();
		this.path = uri.getRawPath();
	}

	/** The status and body of a POST of JSON to the URL, on this thread's connection to it. */
	static Response post(String url, byte[] json) throws IOException {
		HttpPost connection = CONNECTIONS.get();
		// the URL is parsed once per connection, not per request: this client's time is counted as the server's
		if (connection == null || !connection.url.equals(url)) {
			if (connection != null) {
				connection.close();
			}
			connection = new HttpPost(url);
			CONNECTIONS.set(connection);
		}
		return connection.send(json);
	}

	record Response(int status, byte[] body) {
	}

	private Response send(byte[] json) throws IOException {
		boolean fresh = this.socket == null;
		if (fresh) {
			open();
		}
		try {
			return exchange(json);
		}
		catch (IOException ex) {
			close();
			if (fresh) {
				throw ex;
			}
			// the server closed the kept-alive connection between two requests: one new connection, once
			open();
			return exchange(json);
		}
	}

	private void open() throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout((int) TIMEOUT.toMillis());
		this.socket.connect(new InetSocketAddress(this.host, this.port), 5_000);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.out = this.socket.getOutputStream();
	}

	private void close() {
		try {
			if (this.socket != null) {
				this.socket.close();
			}
		}
		catch (IOException ignored) {
			// closing a connection that is already gone
		}
		this.socket = null;
	}

	private Response exchange(byte[] json) throws IOException {
		String head = "POST " + this.path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + json.length
				+ "\r\n\r\n";
		byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[headBytes.length + json.length];
		System.arraycopy(headBytes, 0, request, 0, headBytes.length);
		System.arraycopy(json, 0, request, headBytes.length, json.length);
		this.out.write(request);
		this.out.flush();
		String statusLine = line();
		if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
			throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		byte[] body = chunked ? chunks() : (length >= 0) ? exactly((int) length) : this.in.readAllBytes();
		if (closing || (!chunked && length < 0)) {
			close();
		}
		return new Response(status, body);
	}

	private byte[] chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			int semicolon = size.indexOf(';');
			int n = Integer.parseInt((semicolon < 0) ? size.trim() : size.substring(0, semicolon).trim(), 16);
			if (n == 0) {
				while (!line().isEmpty()) {
					// trailers
				}
				return body.toByteArray();
			}
			body.write(exactly(n));
			line();
		}
	}

	private byte[] exactly(int n) throws IOException {
		byte[] bytes = this.in.readNBytes(n);
		if (bytes.length < n) {
			throw new IOException("The connection closed " + (n - bytes.length) + " bytes before the end of the body");
		}
		return bytes;
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		while (true) {
			int b = this.in.read();
			if (b < 0) {
				throw new IOException("The connection closed in the middle of an answer");
			}
			if (b == '\n') {
				int end = line.length();
				return (end > 0 && line.charAt(end - 1) == '\r') ? line.substring(0, end - 1) : line.toString();
			}
			line.append((char) b);
		}
	}

}
