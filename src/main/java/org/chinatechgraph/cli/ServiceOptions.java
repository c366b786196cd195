package org.chinatechgraph.cli;

import picocli.CommandLine.Option;

/**
 * The options of a command that asks the running service when one answers and opens the store itself otherwise:
 * where the service is, the API key its writes need, and {@code --local} to open the store anyway.
 */
final class ServiceOptions {

	@Option(names = "--service", paramLabel = "URL",
			description = "the running service (default $CTG_SERVICE_URL or http://localhost:8080, used if it answers)")
	String service;

	@Option(names = "--api-key", paramLabel = "KEY", description = "the service's API key for writes (default "
			+ "$CTG_API_KEY)")
	String apiKey;

	@Option(names = "--local", description = "open the store here even if a service answers")
	boolean local;

	/** The service's address: as given, else from the environment, else the default port on this machine. */
	String address() {
		return StoreCommand.firstSet(this.service, System.getenv("CTG_SERVICE_URL"), "http://localhost:8080");
	}

	/** A client of the service, with the API key given or in the environment. */
	ServiceClient client() {
		return new ServiceClient(address(), StoreCommand.firstSet(this.apiKey, System.getenv("CTG_API_KEY"), null));
	}

	/** Whether to ask the running service: unless {@code --local}, when it answers. */
	boolean remote(ServiceClient client) {
		return !this.local && client.isUp();
	}

}
