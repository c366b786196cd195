package org.chinatechgraph.ingest.extract;

/**
 * A relationship read from the sentence that links its two ends.
 *
 * @param type INVESTS_IN, DEVELOPS, PARTNERS_WITH, LOCATED_IN, PART_OF, IN_SECTOR, SUBSIDIARY_OF or ANNOUNCED
 * @param from the {@link ExtractedEntity#ref()} of the start
 * @param to the {@link ExtractedEntity#ref()} of the end
 * @param amount the money committed, for INVESTS_IN; null otherwise or when not stated
 * @param evidence the linking sentence; its offsets are those of the sentence
 * @param confidence 0..1
 * @param kind what kind of tie the text says it is, for PARTNERS_WITH ("signed agreement", "investment agreement",
 * "strategic cooperation", "joint lab", "joint venture", "planned cooperation"); null when it says none
 */
public record ExtractedRelation(String type, String from, String to, StatedAmount amount, Evidence evidence,
		double confidence, String kind) {

	/** A relationship whose kind the text does not give. */
	public ExtractedRelation(String type, String from, String to, StatedAmount amount, Evidence evidence,
			double confidence) {
		this(type, from, to, amount, evidence, confidence, null);
	}

}
