package org.chinatechgraph.ingest.extract;

/**
 * Where a fact was read: the whole sentence, and the character offsets {@code [start, end)} of the mention itself
 * (not of the sentence) in the article text, so {@code text.substring(start, end)} is the words that name it.
 */
public record Evidence(String sentence, int start, int end) {
}
