package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chinatechgraph.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.graphdb.config.Setting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded Neo4j keeps to the machine: out of the box it posts usage data to its vendor, broadcasts its presence
 * on the local network and accepts registration with the vendor's monitoring; the service turns all three off.
 */
class EmbeddedNeo4jPrivacyTests extends ServiceTest {

	private static final List<Setting<Boolean>> OUTWARD = List.of(GraphDatabaseSettings.udc_enabled,
			BoltConnector.enable_discovery, FleetManagementSettings.fleet_manager_enabled);

	@Autowired
	private Driver driver;

	@Autowired
	private ObjectProvider<DatabaseManagementService> embedded;

	@Value("${ctg.embedded.data-dir:}")
	private String dataDir;

	@Test
	void theDatabaseSendsNothingOffTheMachine() throws IOException {
		assumeTrue(this.embedded.getIfAvailable() != null, "the tests run on an external Neo4j: no embedded one to check");
		// each is on unless set: so the check below is of the service's settings, not of Neo4j's defaults
		assertThat(OUTWARD).allSatisfy(setting -> assertThat(setting.defaultValue()).as(setting.name()).isTrue());
		List<String> names = OUTWARD.stream().map(Setting::name).toList();
		Map<String, Object> values;
		try (var session = this.driver.session()) {
			values = session.run("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
					Map.of("names", names))
				.list(row -> Map.entry(row.get("name").asString(), (Object) row.get("value").asString()))
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		}
		assertThat(values).containsOnlyKeys(names).allSatisfy((name, value) -> assertThat(value).as(name).isEqualTo("false"));
		String log = Files.readString(Path.of(this.dataDir, "logs", "debug.log"));
		assertThat(log).contains("Bolt server started")
			.doesNotContain("Anonymous Usage Data is being sent")
			.doesNotContain("Fleet discovery broadcasts");
	}

}
