package org.chinatechgraph.summary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For each id a project row names (a sector, a place, park or program it is inside, a program it is part of), the
 * rows that name it, so that the rows of one sector or one small batch are found without testing every row.
 */
final class RowPostings {

	private final Map<String, int[]> rows;

	private final int size;

	private RowPostings(Map<String, int[]> rows, int size) {
		this.rows = rows;
		this.size = size;
	}

	/** The postings of the ids {@code named} gives for each of {@code rows}. */
	static <R> RowPostings of(List<R> rows, Function<R, List<String>> named) {
		Map<String, List<Integer>> lists = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			for (String id : named.apply(rows.get(i))) {
				lists.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
			}
		}
		Map<String, int[]> postings = new HashMap<>();
		lists.forEach((id, at) -> postings.put(id, at.stream().mapToInt(Integer::intValue).distinct().toArray()));
		return new RowPostings(postings, rows.size());
	}

	/** The rows that name {@code id}, as a set of row numbers. */
	BitSet rows(String id) {
		BitSet set = new BitSet(this.size);
		for (int row : this.rows.getOrDefault(id, new int[0])) {
			set.set(row);
		}
		return set;
	}

}
