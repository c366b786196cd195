package org.chinatechgraph;

import org.chinatechgraph.backup.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** China Tech Graph: a Neo4j knowledge graph of China's technology projects, served over GraphQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChinaTechGraphApplication {

	public static void main(String[] args) {
		switch (args.length == 0 ? "" : args[0]) {
			case "export", "restore" -> System.exit(BackupCommand.run(args));
			default -> SpringApplication.run(ChinaTechGraphApplication.class, args);
		}
	}

}
