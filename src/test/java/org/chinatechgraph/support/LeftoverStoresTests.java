package org.chinatechgraph.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverStoresTests {

	@TempDir
	Path root;

	@Test
	void removesOnlyOldStoresNobodyHolds() throws IOException {
		Path old = store("ctg-test-1", 2);
		Path fresh = store("ctg-test-2", 0);
		Path held = store("ctg-consoles-3", 2);
		Path other = store("elsewhere-4", 2);
		try (FileChannel channel = FileChannel.open(held.resolve("data/databases/store_lock"), StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			assertThat(LeftoverStores.sweep(this.root, "ctg-")).containsExactly(old);
		}
		assertThat(old).doesNotExist();
		assertThat(fresh.resolve("data/databases/neo4j/neostore")).exists();
		assertThat(held.resolve("data/databases/neo4j/neostore")).exists();
		assertThat(other).exists();
	}

	private Path store(String name, int hoursOld) throws IOException {
		Path dir = Files.createDirectories(this.root.resolve(name));
		Path db = Files.createDirectories(dir.resolve("data/databases/neo4j"));
		Files.writeString(dir.resolve("data/databases/store_lock"), "");
		Files.writeString(db.resolve("database_lock"), "");
		Files.writeString(db.resolve("neostore"), "store");
		Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(hoursOld * 3600L + 60)));
		return dir;
	}

}
