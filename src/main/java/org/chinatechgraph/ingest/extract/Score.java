package org.chinatechgraph.ingest.extract;

/** Counts of one row of a score table: true positives, false positives, false negatives, and the measures. */
public record Score(String group, String key, int truePositives, int falsePositives, int falseNegatives) {

	public double precision() {
		int found = this.truePositives + this.falsePositives;
		return found == 0 ? (this.falseNegatives == 0 ? 1 : 0) : (double) this.truePositives / found;
	}

	public double recall() {
		int expected = this.truePositives + this.falseNegatives;
		return expected == 0 ? (this.falsePositives == 0 ? 1 : 0) : (double) this.truePositives / expected;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	Score plus(Score other) {
		return new Score(this.group, this.key, this.truePositives + other.truePositives,
				this.falsePositives + other.falsePositives, this.falseNegatives + other.falseNegatives);
	}

}
