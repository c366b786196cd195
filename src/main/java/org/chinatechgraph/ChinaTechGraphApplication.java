package org.chinatechgraph;

import org.chinatechgraph.cli.Commands;
import org.chinatechgraph.security.HashSecret;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** China Tech Graph: a Neo4j knowledge graph of China's technology projects, served over GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChinaTechGraphApplication {

	public static void main(String[] args) {
		if (HashSecret.run(args)) {
			return;
		}
		if (Commands.handles(args)) {
			System.exit(Commands.run(ChinaTechGraphApplication.class, args));
		}
		SpringApplication.run(ChinaTechGraphApplication.class, args);
	}

}
