package org.chinatechgraph.system.graphql;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lengths of the lists one list field answers over the graph, as how many lists have each length, longest
 * first (lists of length 0 left out). What sets a bound on a query is {@link #total}: the lists of {@code n}
 * different parents hold together at most as many items as the {@code n} longest lists.
 *
 * @param lengths the distinct lengths, longest first
 * @param counts how many lists have each of them ({@link Long#MAX_VALUE}: any number)
 */
public record Lengths(long[] lengths, long[] counts) {

	/** No list holds anything. */
	public static final Lengths NONE = new Lengths(new long[0], new long[0]);

	public Lengths {
		if (lengths.length != counts.length) {
			throw new IllegalArgumentException("a count for each length");
		}
	}

	/** Any number of lists, each at most {@code length} long: all that is known of a list bounded by its maximum. */
	public static Lengths atMost(long length) {
		return (length <= 0) ? NONE : new Lengths(new long[] { length }, new long[] { Long.MAX_VALUE });
	}

	/** From how many lists have each length (lengths of 0 or less are dropped). */
	public static Lengths of(Map<Long, Long> listsByLength) {
		var sorted = new TreeMap<Long, Long>(java.util.Comparator.reverseOrder());
		listsByLength.forEach((length, lists) -> {
			if (length > 0 && lists > 0) {
				sorted.merge(length, lists, Lengths::sum);
			}
		});
		return new Lengths(sorted.keySet().stream().mapToLong(Long::longValue).toArray(),
				sorted.values().stream().mapToLong(Long::longValue).toArray());
	}

	/** The longest list's length. */
	public long max() {
		return (this.lengths.length == 0) ? 0 : this.lengths[0];
	}

	/** How many items the {@code lists} longest lists hold together (saturating at {@link Long#MAX_VALUE}). */
	public long total(long lists) {
		long left = lists;
		long total = 0;
		for (int i = 0; i < this.lengths.length && left > 0; i++) {
			long taken = Math.min(left, this.counts[i]);
			total = sum(total, product(taken, this.lengths[i]));
			left -= taken;
		}
		return total;
	}

	/** The lists of both, as one field asked on two types answers them. */
	public Lengths plus(Lengths other) {
		if (other.lengths.length == 0) {
			return this;
		}
		if (this.lengths.length == 0) {
			return other;
		}
		var merged = new TreeMap<Long, Long>();
		for (Lengths each : new Lengths[] { this, other }) {
			for (int i = 0; i < each.lengths.length; i++) {
				merged.merge(each.lengths[i], each.counts[i], Lengths::sum);
			}
		}
		return of(merged);
	}

	private static long sum(long a, long b) {
		long s = a + b;
		return (s < 0) ? Long.MAX_VALUE : s;
	}

	private static long product(long a, long b) {
		return (a != 0 && b > Long.MAX_VALUE / a) ? Long.MAX_VALUE : a * b;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Lengths that && Arrays.equals(this.lengths, that.lengths)
				&& Arrays.equals(this.counts, that.counts);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.lengths) + Arrays.hashCode(this.counts);
	}

	@Override
	public String toString() {
		var text = new StringBuilder("Lengths[");
		for (int i = 0; i < this.lengths.length; i++) {
			text.append(i == 0 ? "" : ", ").append(this.lengths[i]).append('×')
				.append(this.counts[i] == Long.MAX_VALUE ? "any" : String.valueOf(this.counts[i]));
		}
		return text.append(']').toString();
	}

}
