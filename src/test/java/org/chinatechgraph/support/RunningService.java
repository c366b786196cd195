package org.chinatechgraph.support;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.ChinaTechGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service started as its own application with the given settings, for tests of start, restart and modes. */
public final class RunningService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final WebTestClient http;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build();
	}

	/** Starts the service; settings are {@code key=value} properties, given as on the command line. */
	public static RunningService start(String... settings) {
		// the landing questions the service asks itself at a first start are left out unless a test asks for them
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--ctg.explorer.warm-up=false"));
		for (String setting : settings) {
			String name = setting.substring(0, Math.max(0, setting.indexOf('=')));
			arguments.removeIf(argument -> !name.isEmpty() && argument.startsWith("--" + name + "="));
			arguments.add("--" + setting);
		}
		var context = new SpringApplicationBuilder(ChinaTechGraphApplication.class).run(arguments.toArray(String[]::new));
		return new RunningService(context);
	}

	public HttpGraphQlTester graphQl() {
		return HttpGraphQlTester.builder(this.http.mutate().baseUrl(baseUrl() + "/graphql")).build();
	}

	public WebTestClient http() {
		return this.http;
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** A loopback port nothing listens on right now. */
	public static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
