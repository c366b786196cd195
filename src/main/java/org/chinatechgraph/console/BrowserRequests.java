package org.chinatechgraph.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may be handed Neo4j Browser's login: a page of the service's own origin, opened on this machine. The response
 * carries no CORS header, so a page of another origin cannot read it in any case; these checks keep the login from
 * being made for the requests that could still get near it.
 */
final class BrowserRequests {

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	private BrowserRequests() {
	}

	/**
	 * Why {@code request} may not have the login, or null when it may:
	 * <ul>
	 * <li>it comes from another machine (the embedded Bolt port is on loopback, and Browser on another machine asks
	 * for a login);</li>
	 * <li>it comes from another account of this machine: on Linux, the account that holds the client's end of the
	 * connection ({@link SocketOwners}) must be the one the service runs as, since any account can reach loopback;</li>
	 * <li>its Host is not a loopback name or address, nor one of {@code hosts}: a page reaching this port under a name
	 * of its own, whose DNS now points here (DNS rebinding), is the same origin as its own pages to the browser;</li>
	 * <li>the browser says it was sent by a page of another origin ({@code Sec-Fetch-Site}), as a {@code <script>},
	 * an image or a request without CORS would be.</li>
	 * </ul>
	 */
	static String refusal(HttpServletRequest request, List<String> hosts, SocketOwners owners) {
		if (!isLoopbackAddress(request.getRemoteAddr())) {
			return "the request comes from " + request.getRemoteAddr() + ", not from this machine";
		}
		var owner = owners.ofClient(request.getRemoteAddr(), request.getRemotePort(), request.getLocalAddr(),
				request.getLocalPort());
		if (owner instanceof SocketOwners.Owner.Account account && owners.self().isPresent()
				&& account.uid() != owners.self().get()) {
			return "the request comes from another account of this machine (uid " + account.uid() + ")";
		}
		if (owner instanceof SocketOwners.Owner.NotListed) {
			return "the account that sent the request is not known";
		}
		String host = request.getServerName();
		if (!isLoopbackHost(host) && hosts.stream().noneMatch(host::equalsIgnoreCase)) {
			return "the request names the host " + host + ", which is not this machine's loopback name or address, "
					+ "nor one of ctg.browser.hosts";
		}
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin")) {
			return "the request was sent by a page of another origin (Sec-Fetch-Site: " + site + ")";
		}
		return null;
	}

	/** {@code localhost}, an address in 127.0.0.0/8, or {@code [::1]}; names are never looked up. */
	static boolean isLoopbackHost(String host) {
		if (host == null) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost") || IPV4_LOOPBACK.matcher(name).matches()) {
			return true;
		}
		return name.startsWith("[") && name.endsWith("]") && isLoopbackAddress(name.substring(1, name.length() - 1));
	}

	/** A literal IP address (as the servlet container gives a peer's) on loopback. */
	private static boolean isLoopbackAddress(String address) {
		if (address == null || !(address.contains(":") || IPV4_LOOPBACK.matcher(address).matches())) {
			return false;
		}
		try {
			// a literal: nothing is looked up
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
