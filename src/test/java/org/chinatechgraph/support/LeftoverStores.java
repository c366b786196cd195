package org.chinatechgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes the Neo4j stores that earlier test runs left in the temporary directory. A store is removed only when it
 * is older than an hour and no process holds any of its lock files (Neo4j locks {@code store_lock} and each
 * database's {@code database_lock} for as long as it runs), so a run going on beside this one keeps its stores.
 */
final class LeftoverStores {

	static final Duration MIN_AGE = Duration.ofHours(1);

	private LeftoverStores() {
	}

	/** Removes the unused stores under {@code root} whose directory name starts with {@code prefix}. */
	static List<Path> sweep(Path root, String prefix) {
		List<Path> removed = new ArrayList<>();
		Instant cutoff = Instant.now().minus(MIN_AGE);
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, prefix + "*")) {
			for (Path dir : dirs) {
				if (Files.isDirectory(dir) && !Files.isSymbolicLink(dir) && olderThan(dir, cutoff) && unlocked(dir)) {
					delete(dir);
					removed.add(dir);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			System.out.println("Left earlier test stores in place: " + ex.getMessage());
		}
		return removed;
	}

	private static boolean olderThan(Path dir, Instant cutoff) throws IOException {
		return Files.getLastModifiedTime(dir).compareTo(FileTime.from(cutoff)) < 0;
	}

	private static boolean unlocked(Path dir) throws IOException {
		List<Path> locks;
		try (Stream<Path> files = Files.walk(dir)) {
			locks = files.filter(f -> f.getFileName().toString().endsWith("_lock") && Files.isRegularFile(f)).toList();
		}
		for (Path lock : locks) {
			try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
				FileLock held = channel.tryLock();
				if (held == null) {
					return false;
				}
				held.release();
			}
			catch (OverlappingFileLockException ex) {
				return false;
			}
		}
		return true;
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(f);
			}
		}
	}

}
