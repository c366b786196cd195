package org.chinatechgraph.console;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The Neo4j Browser settings of the embedded database, which Browser reads from the server once connected: run
 * {@code :style} with our label style and open our guide of saved queries, from the service's own HTTP port (known
 * only once the web server is up, hence set then); allow fetching them; send no usage data anywhere.
 */
@Component
class EmbeddedBrowserSettings implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBrowserSettings.class);

	private final ObjectProvider<DatabaseManagementService> embedded;

	private final BrowserConnection connection;

	EmbeddedBrowserSettings(ObjectProvider<DatabaseManagementService> embedded, BrowserConnection connection) {
		this.embedded = embedded;
		this.connection = connection;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		this.embedded.ifAvailable(dbms -> {
			String host = this.connection.host("localhost");
			String base = "http://" + host + ":" + event.getWebServer().getPort()
					+ event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
			String commands = "style " + base + BrowserGuideController.STYLE + "; guide " + base + BrowserGuideController.GUIDE;
			Config config = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
				.getDependencyResolver()
				.resolveDependency(Config.class);
			config.set(ServerSettings.browser_post_connect_cmd, commands);
			config.set(ServerSettings.browser_remote_content_hostname_whitelist, host);
			config.set(ServerSettings.allow_telemetry, false);
			log.info("Neo4j Browser runs on connect: {}", commands);
		});
	}

}
