package org.chinatechgraph.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is handed Neo4j Browser's login: a same-origin request from this machine, under a name of this machine. */
class BrowserRequestsTests {

	/** A system that lists no sockets (not Linux): the account is not asked. */
	private static final SocketOwners NO_TABLES = new SocketOwners(List.of(), Optional.empty());

	/**
	 * Linux's table of IPv4 sockets with two connections to the service on 127.0.0.1:8080 (port 1F90): from port
	 * 41000 (A028), held by uid 1000, and from 41002 (A02A), held by uid 1001; and the service's own ends (uid 1000).
	 */
	private static final String TCP = """
			  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
			   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1001 1 0 100 0 0 10 0
			   1: 0100007F:A028 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 1002 1 0 20 4 30 10 -1
			   2: 0100007F:1F90 0100007F:A028 01 00000000:00000000 00:00000000 00000000  1000        0 1003 1 0 20 4 30 10 -1
			   3: 0100007F:A02A 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1001        0 1004 1 0 20 4 30 10 -1
			   4: 0100007F:1F90 0100007F:A02A 01 00000000:00000000 00:00000000 00000000  1000        0 1005 1 0 20 4 30 10 -1
			""";

	/** The IPv6 table: ::1 port 41004 (A02C) to [::1]:8080, held by uid 1001; and 127.0.0.1 mapped, by uid 1000. */
	private static final String TCP6 = """
			  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
			   0: 00000000000000000000000001000000:A02C 00000000000000000000000001000000:1F90 01 00000000:00000000 00:00000000 00000000  1001        0 2001 1 0 20 4 30 10 -1
			   1: 0000000000000000FFFF00000100007F:A02E 0000000000000000FFFF00000100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 2002 1 0 20 4 30 10 -1
			""";

	@Test
	void onLinuxOnlyTheServicesOwnAccountGetsIt(@TempDir Path dir) throws IOException {
		Path tcp = Files.writeString(dir.resolve("tcp"), TCP);
		Path tcp6 = Files.writeString(dir.resolve("tcp6"), TCP6);
		var owners = new SocketOwners(List.of(tcp, tcp6), Optional.of(1000));
		assertThat(BrowserRequests.refusal(connection("127.0.0.1", 41000, "127.0.0.1"), List.of(), owners)).isNull();
		assertThat(BrowserRequests.refusal(connection("127.0.0.1", 41002, "127.0.0.1"), List.of(), owners))
			.contains("another account of this machine (uid 1001)");
		assertThat(BrowserRequests.refusal(connection("0:0:0:0:0:0:0:1", 41004, "0:0:0:0:0:0:0:1"), List.of(), owners))
			.contains("uid 1001");
		assertThat(BrowserRequests.refusal(connection("127.0.0.1", 41008, "127.0.0.1"), List.of(), owners))
			.contains("not known");
		// an IPv4 client seen through an IPv6 socket
		assertThat(owners.ofClient("127.0.0.1", 41006, "127.0.0.1", 8080)).isEqualTo(new SocketOwners.Owner.Account(1000));
	}

	private static MockHttpServletRequest connection(String from, int port, String to) {
		var request = request(from, "localhost", "same-origin");
		request.setRemotePort(port);
		request.setLocalAddr(to);
		request.setLocalPort(8080);
		return request;
	}

	@Test
	void aRequestOfBrowsersOwnPageOnThisMachineGetsIt() {
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", "same-origin"), List.of(), NO_TABLES)).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "localhost", "same-origin"), List.of(), NO_TABLES)).isNull();
		assertThat(BrowserRequests.refusal(request("0:0:0:0:0:0:0:1", "[::1]", "same-origin"), List.of(), NO_TABLES)).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.2", "same-origin"), List.of(), NO_TABLES)).isNull();
		// a client that is no browser sends no Sec-Fetch-Site
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", null), List.of(), NO_TABLES)).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "graph.internal", "same-origin"), List.of("graph.internal"), NO_TABLES))
			.isNull();
	}

	@Test
	void anotherMachineGetsNothing() {
		assertThat(BrowserRequests.refusal(request("192.0.2.7", "127.0.0.1", "same-origin"), List.of(), NO_TABLES))
			.contains("not from this machine");
		assertThat(BrowserRequests.refusal(request("192.0.2.7", "graph.internal", "same-origin"), List.of("graph.internal"), NO_TABLES))
			.contains("not from this machine");
	}

	@Test
	void anotherNameGetsNothingHoweverItLooks() {
		for (String host : List.of("rebound.example", "localhost.rebound.example", "127.0.0.1.rebound.example",
				"127.0.0.1.nip.io", "192.0.2.7", "[2001:db8::1]", "0.0.0.0", "")) {
			assertThat(BrowserRequests.refusal(request("127.0.0.1", host, "same-origin"), List.of(), NO_TABLES)).as(host)
				.contains("names the host");
		}
	}

	@Test
	void aRequestAnotherOriginMadeGetsNothing() {
		for (String site : List.of("cross-site", "same-site", "none")) {
			assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", site), List.of(), NO_TABLES)).as(site)
				.contains("another origin");
		}
	}

	private static MockHttpServletRequest request(String from, String host, String site) {
		var request = new MockHttpServletRequest("GET", "/browser/connection");
		request.setRemoteAddr(from);
		request.setServerName(host);
		if (site != null) {
			request.addHeader("Sec-Fetch-Site", site);
		}
		return request;
	}

}
