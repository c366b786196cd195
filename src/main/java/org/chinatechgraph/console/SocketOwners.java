package org.chinatechgraph.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which account of this machine holds the other end of a TCP connection on loopback, as Linux lists every socket
 * with its owner in {@code /proc/net/tcp} and {@code /proc/net/tcp6}: the client's end is the line whose local
 * address is the peer's and whose remote address is the service's. Elsewhere (no {@code /proc}) nothing is known.
 */
class SocketOwners {

	/** What this machine says of a connection's client. */
	sealed interface Owner {

		/** The account that holds the client's end. */
		record Account(int uid) implements Owner {
		}

		/** The system lists sockets, but not this one (it closed, or lives in another network namespace). */
		record NotListed() implements Owner {
		}

		/** The system lists no sockets with owners (not Linux). */
		record Unknown() implements Owner {
		}

	}

	private final List<Path> tables;

	private final Optional<Integer> self;

	SocketOwners() {
		this(List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6")), ownUid());
	}

	SocketOwners(List<Path> tables, Optional<Integer> self) {
		this.tables = tables;
		this.self = self;
	}

	/** The uid this process runs as, where the system says. */
	Optional<Integer> self() {
		return this.self;
	}

	/** Who holds the client end of the connection from {@code peer}:{@code peerPort} to {@code local}:{@code localPort}. */
	Owner ofClient(String peer, int peerPort, String local, int localPort) {
		boolean listed = false;
		for (Path table : this.tables) {
			if (!Files.isReadable(table)) {
				continue;
			}
			listed = true;
			List<String> lines;
			try {
				lines = Files.readAllLines(table);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
				String[] columns = line.trim().split("\\s+");
				if (columns.length > 7 && matches(columns[1], peer, peerPort) && matches(columns[2], local, localPort)) {
					return new Owner.Account(Integer.parseInt(columns[7]));
				}
			}
		}
		return listed ? new Owner.NotListed() : new Owner.Unknown();
	}

	/** Whether a table's {@code ADDRESS:PORT} (hex, each 32-bit word in the kernel's little-endian order) is this one. */
	static boolean matches(String entry, String address, int port) {
		int colon = entry.indexOf(':');
		if (colon < 0 || Integer.parseInt(entry.substring(colon + 1), 16) != port) {
			return false;
		}
		byte[] listed = addressBytes(entry.substring(0, colon));
		byte[] wanted;
		try {
			wanted = InetAddress.getByName(address).getAddress(); // a literal: nothing is looked up
		}
		catch (UnknownHostException ex) {
			return false;
		}
		return java.util.Arrays.equals(ipv4(listed), ipv4(wanted));
	}

	private static byte[] addressBytes(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int i = 0; i < 4; i++) {
				int at = (word * 4 + 3 - i) * 2;
				bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
			}
		}
		return bytes;
	}

	/** An IPv4-mapped IPv6 address as its IPv4 address; any other as it is. */
	private static byte[] ipv4(byte[] address) {
		if (address.length == 16) {
			boolean mapped = address[10] == (byte) 0xff && address[11] == (byte) 0xff;
			for (int i = 0; i < 10 && mapped; i++) {
				mapped = address[i] == 0;
			}
			if (mapped) {
				return java.util.Arrays.copyOfRange(address, 12, 16);
			}
		}
		return address;
	}

	private static Optional<Integer> ownUid() {
		try {
			return Optional.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}


}
