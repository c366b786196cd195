package org.chinatechgraph.security;

/** Who sent a request, as far as its credentials tell. */
public sealed interface Caller {

	/** The key under which a request's caller is kept in its GraphQL context. */
	String KEY = "org.chinatechgraph.security.Caller";

	/** No credentials were sent. */
	record Anonymous() implements Caller {
	}

	/** Credentials were sent and are valid: an API key's or a user's name. */
	record Authenticated(String name) implements Caller {
	}

	/** Credentials were sent and are wrong; {@code reason} says which kind, never the secret. */
	record Rejected(String reason) implements Caller {
	}

	Caller ANONYMOUS = new Anonymous();

}
