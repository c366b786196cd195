package org.chinatechgraph.system.neo4j;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of Neo4j's user {@code neo4j} on the embedded database: the configured one
 * ({@code ctg.embedded.auth-password}), or else a secret the service makes on its first start and keeps in the data
 * directory, in {@value #FILE_NAME}, a file only its owner may read, from the moment it exists.
 */
public final class EmbeddedNeo4jSecret {

	/** The file in the data directory that holds the generated password, followed by a newline. */
	public static final String FILE_NAME = "neo4j-password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jSecret.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedNeo4jSecret() {
	}

	/** The configured password when there is one, else the data directory's, made first when there is none. */
	static String password(Path dataDir, String configured) throws IOException {
		if (configured != null && !configured.isEmpty()) {
			return configured;
		}
		Path file = dataDir.resolve(FILE_NAME);
		String existing = read(file);
		if (existing != null) {
			return existing;
		}
		String secret = generate();
		try {
			// an empty file is what a crash may leave of a write: Neo4j is given the new secret on this start anyway
			write(file, (secret + "\n").getBytes(StandardCharsets.UTF_8), Files.exists(file));
			log.info("Made a password for Neo4j's user neo4j in {} (readable by its owner only)", file);
			return secret;
		}
		catch (FileAlreadyExistsException ex) {
			// another process made it first (the store's lock lets only one of them open it)
			return read(file);
		}
	}

	/** The password in a data directory's file, or null when there is none (or it is empty). */
	public static String read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return null;
		}
		ownerOnly(file);
		String content = Files.readString(file, StandardCharsets.UTF_8).strip();
		return content.isEmpty() ? null : content;
	}

	/** A new secret: 32 bytes (256 bits) from {@link SecureRandom}, in URL-safe Base64 without padding (43 characters). */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Writes {@code content} to {@code file} so that no one but the owner can ever read it: into a new file created
	 * with the permissions rw------- (on a POSIX file system), synced, then moved into place whole. Without
	 * {@code replace}, fails with {@link FileAlreadyExistsException} when the file exists.
	 */
	public static void write(Path file, byte[] content, boolean replace) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
		Path temp = posix
				? Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp",
						PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
		if (!posix) {
			log.warn("{} is not on a POSIX file system: its permissions are those the directory gives new files", file);
		}
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			if (replace) {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
			else {
				publish(temp, file);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Gives {@code temp} the name {@code file} unless that exists: a hard link does both at once. */
	private static void publish(Path temp, Path file) throws IOException {
		try {
			Files.createLink(file, temp);
		}
		catch (FileAlreadyExistsException ex) {
			throw ex;
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			// a file system without hard links: check, then rename
			Files.move(temp, file);
		}
	}

	/** Takes the permissions of group and others away from a secret's file that has them, and says so. */
	private static void ownerOnly(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (!OWNER_ONLY.containsAll(permissions)) {
			log.warn("{} could be read by others ({}); it is now rw------- ", file,
					PosixFilePermissions.toString(permissions));
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

}
