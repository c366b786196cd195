package org.chinatechgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.graph.Values;

/** An ingestion report as a person reads it: what is matched, new, linked, and what needs a decision. */
final class ReportPrinter {

	private final PrintStream out;

	ReportPrinter(PrintStream out) {
		this.out = out;
	}

	void print(Map<String, Object> report) {
		String outcome = (String) report.get("outcome");
		var article = Values.map(report, "article");
		this.out.println();
		this.out.println("== " + report.get("file") + (article == null ? "" : " -> " + article.get("id")) + "  ["
				+ outcome + "]");
		if ("FAILED".equals(outcome)) {
			for (Object problem : Values.list(report, "problems")) {
				this.out.println("   error: " + problem);
			}
			return;
		}
		if (article != null) {
			this.out.println("   " + article.get("title") + " | " + orDash(article.get("publisher")) + " | "
					+ article.get("published") + (article.get("url") == null ? "" : " | " + article.get("url")));
		}
		var summary = Values.map(report, "summary");
		this.out.println("   new nodes " + summary.get("newNodes") + ", matched " + summary.get("matchedNodes")
				+ ", links " + summary.get("relations") + ", for review " + summary.get("reviewItems"));
		var entities = Values.maps(report, "entities");
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
		var relations = Values.maps(report, "relations");
		if (!relations.isEmpty()) {
			this.out.println("   links:");
		}
		for (var relation : relations) {
			this.out.printf("     %-13s %s -> %s%s%s%n", relation.get("type"),
					orDash(relation.get("fromId"), relation.get("from")), orDash(relation.get("toId"), relation.get("to")),
					money(relation.get("amount")), Boolean.TRUE.equals(relation.get("skipped")) ? "  (skipped)" : "");
			sentence(relation.get("evidence"));
		}
		var review = Values.maps(report, "review");
		if (!review.isEmpty()) {
			this.out.println("   for review:");
		}
		for (var item : review) {
			this.out.println("     " + orDash(item.get("name")) + " (" + orDash(item.get("kind")) + "): "
					+ item.get("reason"));
			for (var candidate : Values.maps(item, "candidates")) {
				this.out.println("        ? " + candidate.get("id") + " \"" + candidate.get("name") + "\" score "
						+ candidate.get("score") + " (" + candidate.get("reason") + ")");
			}
		}
	}

	private void sentence(Object evidence) {
		if (evidence instanceof Map<?, ?> map) {
			String sentence = String.valueOf(Values.map(map).get("sentence")).strip().replaceAll("\\s+",
					" ");
			this.out.println("               \"" + (sentence.length() > 150 ? sentence.substring(0, 147) + "..."
					: sentence) + "\"");
		}
	}

	private static String money(Object amount) {
		if (amount instanceof Map<?, ?> map) {
			var m = Values.map(map);
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
