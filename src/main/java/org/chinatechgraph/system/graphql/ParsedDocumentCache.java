package org.chinatechgraph.system.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of the GraphQL documents the service has seen, keyed by their text, so a
 * request with a known document skips parsing and validation (clients send the same few documents with other
 * variables). Bounded: when full, it is emptied and fills again with what is asked now.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final int capacity;

	private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

	ParsedDocumentCache(int capacity) {
		this.capacity = capacity;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String key = input.getQuery();
		PreparsedDocumentEntry entry = this.entries.get(key);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (this.entries.size() >= this.capacity) {
				this.entries.clear();
			}
			this.entries.put(key, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return this.entries.size();
	}

}
