package org.chinatechgraph;

import org.chinatechgraph.cli.Commands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** China Tech Graph: a Neo4j knowledge graph of China's technology projects, served over GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChinaTechGraphApplication {

	/**
	 * Starts the service when the arguments are settings only ({@code --server.port=8081}) or none; else runs the
	 * command they name ({@code ingest}, {@code --help}, ...) and exits with its status.
	 */
	public static void main(String[] args) {
		if (Commands.startsService(args)) {
			SpringApplication.run(ChinaTechGraphApplication.class, args);
			return;
		}
		System.exit(new Commands(ChinaTechGraphApplication.class).run(args));
	}

}
