package org.chinatechgraph.console;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is handed Neo4j Browser's login: a same-origin request from this machine, under a name of this machine. */
class BrowserRequestsTests {

	@Test
	void aRequestOfBrowsersOwnPageOnThisMachineGetsIt() {
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", "same-origin"), List.of())).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "localhost", "same-origin"), List.of())).isNull();
		assertThat(BrowserRequests.refusal(request("0:0:0:0:0:0:0:1", "[::1]", "same-origin"), List.of())).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.2", "same-origin"), List.of())).isNull();
		// a client that is no browser sends no Sec-Fetch-Site
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", null), List.of())).isNull();
		assertThat(BrowserRequests.refusal(request("127.0.0.1", "graph.internal", "same-origin"), List.of("graph.internal")))
			.isNull();
	}

	@Test
	void anotherMachineGetsNothing() {
		assertThat(BrowserRequests.refusal(request("192.0.2.7", "127.0.0.1", "same-origin"), List.of()))
			.contains("not from this machine");
		assertThat(BrowserRequests.refusal(request("192.0.2.7", "graph.internal", "same-origin"), List.of("graph.internal")))
			.contains("not from this machine");
	}

	@Test
	void anotherNameGetsNothingHoweverItLooks() {
		for (String host : List.of("rebound.example", "localhost.rebound.example", "127.0.0.1.rebound.example",
				"127.0.0.1.nip.io", "192.0.2.7", "[2001:db8::1]", "0.0.0.0", "")) {
			assertThat(BrowserRequests.refusal(request("127.0.0.1", host, "same-origin"), List.of())).as(host)
				.contains("names the host");
		}
	}

	@Test
	void aRequestAnotherOriginMadeGetsNothing() {
		for (String site : List.of("cross-site", "same-site", "none")) {
			assertThat(BrowserRequests.refusal(request("127.0.0.1", "127.0.0.1", site), List.of())).as(site)
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
