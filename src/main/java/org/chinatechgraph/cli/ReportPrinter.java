package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** An ingestion report as a person reads it: what is matched, new, linked, and what needs a decision. */
final class ReportPrinter {

	private final PrintStream out;

	ReportPrinter(PrintStream out) {
		this.out = out;
	}

	@SuppressWarnings("unchecked")
	void print(Map<String, Object> report) {
		String outcome = (String) report.get("outcome");
		var article = (Map<String, Object>) report.get("article");
		this.out.println();
		this.out.println("== " + report.get("file") + (article == null ? "" : " -> " + article.get("id")) + "  ["
				+ outcome + "]");
		if ("FAILED".equals(outcome)) {
			for (Object problem : (List<Object>) report.get("problems")) {
				this.out.println("   error: " + problem);
			}
			return;
		}
		if (article != null) {
			this.out.println("   " + article.get("title") + " | " + orDash(article.get("publisher")) + " | "
					+ article.get("published") + (article.get("url") == null ? "" : " | " + article.get("url")));
		}
		var summary = (Map<String, Object>) report.get("summary");
		this.out.println("   new nodes " + summary.get("newNodes") + ", matched " + summary.get("matchedNodes")
				+ ", links " + summary.get("relations") + ", for review " + summary.get("reviewItems"));
		var entities = (List<Map<String, Object>>) report.get("entities");
		if (!entities.isEmpty()) {
			this.out.println("   entities:");
		}
		for (var entity : entities) {
			String target = entity.get("id") == null ? "(not written)" : String.valueOf(entity.get("id"));
			String how = entity.get("matchedBy") == null ? "" : " by " + entity.get("matchedBy");
			this.out.printf("     %-7s %-10s %s -> %s%s%s%n", entity.get("action"), entity.get("kind"),
					entity.get("name"), target, how, money(entity.get("amount")));
			sentence(entity.get("evidence"));
		}
		var relations = (List<Map<String, Object>>) report.get("relations");
		if (!relations.isEmpty()) {
			this.out.println("   links:");
		}
		for (var relation : relations) {
			this.out.printf("     %-13s %s -> %s%s%s%n", relation.get("type"),
					orDash(relation.get("fromId"), relation.get("from")), orDash(relation.get("toId"), relation.get("to")),
					money(relation.get("amount")), Boolean.TRUE.equals(relation.get("skipped")) ? "  (skipped)" : "");
			sentence(relation.get("evidence"));
		}
		var review = (List<Map<String, Object>>) report.get("review");
		if (!review.isEmpty()) {
			this.out.println("   for review:");
		}
		for (var item : review) {
			this.out.println("     " + orDash(item.get("name")) + " (" + orDash(item.get("kind")) + "): "
					+ item.get("reason"));
			for (var candidate : (List<Map<String, Object>>) item.get("candidates")) {
				this.out.println("        ? " + candidate.get("id") + " \"" + candidate.get("name") + "\" score "
						+ candidate.get("score") + " (" + candidate.get("reason") + ")");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void sentence(Object evidence) {
		if (evidence instanceof Map<?, ?> map) {
			String sentence = String.valueOf(((Map<String, Object>) map).get("sentence")).strip().replaceAll("\\s+",
					" ");
			this.out.println("               \"" + (sentence.length() > 150 ? sentence.substring(0, 147) + "..."
					: sentence) + "\"");
		}
	}

	@SuppressWarnings("unchecked")
	private static String money(Object amount) {
		if (amount instanceof Map<?, ?> map) {
			var m = (Map<String, Object>) map;
			return "  [" + (m.get("text") != null ? m.get("text") : m.get("value") + " " + m.get("currency")) + "]";
		}
		return "";
	}

	private static String orDash(Object... values) {
		for (Object value : values) {
			if (value != null) {
				return value.toString();
			}
		}
		return "-";
	}

}
