package org.chinatechgraph.ingest.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.resolve.Resolution.Candidate;

/**
 * What ingesting one file would add (a preview) or added: the format of {@code ingest --dry-run --json}, described
 * by {@code facts/schema/ingest-report.schema.json}.
 *
 * @param outcome PREVIEW, ADDED, REPLACED, UNCHANGED (this content is in the graph already) or FAILED
 */
public record IngestReport(String file, ArticleInfo article, String outcome, List<EntityItem> entities,
		List<RelationItem> relations, List<ReviewItem> review, Summary summary, List<String> problems) {

	public static IngestReport failed(String file, List<String> problems) {
		return new IngestReport(file, null, "FAILED", List.of(), List.of(), List.of(), new Summary(0, 0, 0, 0),
				List.copyOf(problems));
	}

	public IngestReport withOutcome(String outcome) {
		return new IngestReport(this.file, this.article, outcome, this.entities, this.relations, this.review,
				this.summary, this.problems);
	}

	public record ArticleInfo(String id, String url, String title, String publisher, String published) {
	}

	/**
	 * A thing the file names.
	 *
	 * @param ref unique in the report; relations refer to it
	 * @param kind the graph label
	 * @param match the id of the existing node it resolves to, or null
	 * @param action MATCH (links to {@code match}), NEW (a new node {@code id}), REVIEW (a new node {@code id},
	 * listed for a person to check against the candidates) or SKIPPED (not written; see review)
	 */
	public record EntityItem(String ref, String kind, String name, List<String> aliases, Amount amount, String match,
			String matchedBy, String action, String id, double confidence, EvidenceItem evidence,
			List<EvidenceItem> mentions, Map<String, Object> properties) {
	}

	public record RelationItem(String type, String from, String to, String fromId, String toId, Amount amount,
			double confidence, EvidenceItem evidence, boolean skipped) {
	}

	/** An item a person should decide: a possible duplicate, or something the graph cannot take as it is. */
	public record ReviewItem(String ref, String name, String kind, String reason, List<Candidate> candidates) {
	}

	/** The amount as stated. */
	public record Amount(BigDecimal value, String currency, String text) {
	}

	/**
	 * The sentence that states it; {@code start} and {@code end} are character offsets of the mention in the
	 * article's body (after its front matter); -1 for facts from a fact file.
	 */
	public record EvidenceItem(String sentence, int start, int end) {
	}

	public record Summary(int newNodes, int matchedNodes, int relations, int reviewItems) {
	}

}
