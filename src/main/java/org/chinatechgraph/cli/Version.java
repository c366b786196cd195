package org.chinatechgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project's version, as the build wrote it into {@code version.properties}. */
final class Version implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "china-tech-graph " + version() };
	}

	/** The project's version, or {@code unknown} in a build that did not write it. */
	static String version() {
		try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.startsWith("@")) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// as if there were none
		}
		String manifest = Version.class.getPackage().getImplementationVersion();
		return manifest != null ? manifest : "unknown";
	}

}
