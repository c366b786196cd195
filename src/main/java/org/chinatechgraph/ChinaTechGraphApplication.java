package org.chinatechgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** China Tech Graph: a Neo4j knowledge graph of China's technology projects, served over GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChinaTechGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0) {
			switch (args[0]) {
				case "score" -> System.exit(org.chinatechgraph.ingest.extract.ScoreCommand.run(args));
				default -> {
				}
			}
		}
		SpringApplication.run(ChinaTechGraphApplication.class, args);
	}

}
