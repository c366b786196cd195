package org.chinatechgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinatechgraph.ingest.FactFile.MoneyFact;
import org.chinatechgraph.ingest.FactFile.NodeFact;
import org.chinatechgraph.ingest.FactFile.RelationshipFact;
import org.chinatechgraph.system.PartialDate;

/** Turns a validated fact file into the parameter rows of the load statements. */
final class FactRows {

	private final ExchangeRates rates;

	FactRows(ExchangeRates rates) {
		this.rates = rates;
	}

	Map<String, Object> article(FactFile.SourceFact source, String contentHash) {
		Map<String, Object> props = new HashMap<>();
		props.put("title", source.title());
		props.put("kind", source.kind());
		props.put("contentHash", contentHash);
		putIfSet(props, "publisher", source.publisher());
		putIfSet(props, "url", source.url());
		putIfSet(props, "file", source.file());
		putIfSet(props, "note", source.note());
		if (source.publishedOn() != null) {
			var date = PartialDate.parse(source.publishedOn());
			props.put("publishedOn", date.toString());
			props.put("publishedStart", date.start());
			props.put("publishedEnd", date.end());
		}
		return props;
	}

	List<Map<String, Object>> nodes(List<NodeFact> nodes, Integer sourceYear) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (NodeFact node : nodes) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfSet(props, "name", node.name());
			putIfSet(props, "nameZh", node.nameZh());
			putIfSet(props, "description", node.description());
			putIfSet(props, "status", node.status());
			putIfSet(props, "startYear", node.startYear());
			putIfSet(props, "completionYear", node.completionYear());
			putIfSet(props, "phases", node.phases());
			putIfSet(props, "count", node.count());
			putIfSet(props, "country", node.country());
			putIfSet(props, "level", node.level());
			putIfSet(props, "kind", node.kind());
			putIfSet(props, "code", node.code());
			Integer year = node.year();
			if (node.signedOn() != null) {
				var signed = PartialDate.parse(node.signedOn());
				props.put("signedOn", signed.toString());
				props.put("signedStart", signed.start());
				props.put("signedEnd", signed.end());
				year = year == null ? signed.year() : year;
			}
			year = year == null ? node.startYear() : year;
			if ("Project".equals(node.label()) || "Program".equals(node.label())) {
				year = year == null ? sourceYear : year;
			}
			putIfSet(props, "year", year);
			money(props, "investment", node.investment(), year == null ? sourceYear : year);
			Map<String, Object> row = new HashMap<>();
			row.put("id", node.id());
			row.put("labels", Labels.of(node.label()));
			row.put("props", props);
			row.put("aliases", node.aliases());
			row.put("evidence", node.evidence());
			rows.add(row);
		}
		return rows;
	}

	List<Map<String, Object>> relationships(List<RelationshipFact> relationships, Integer sourceYear) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (RelationshipFact rel : relationships) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfSet(props, "kind", rel.kind());
			putIfSet(props, "status", rel.status());
			if (rel.since() != null) {
				props.put("since", PartialDate.parse(rel.since()).toString());
			}
			money(props, "amount", rel.amount(), sourceYear);
			Map<String, Object> row = new HashMap<>();
			row.put("type", rel.type());
			row.put("from", rel.from());
			row.put("to", rel.to());
			row.put("props", props);
			row.put("evidence", rel.evidence());
			rows.add(row);
		}
		return rows;
	}

	/** Money keeps what the text said and adds CNY and USD at the year's average rate. */
	private void money(Map<String, Object> props, String prefix, MoneyFact money, Integer year) {
		if (money == null) {
			return;
		}
		int rateYear = money.year() != null ? money.year() : (year != null ? year : 2020);
		var converted = this.rates.convert(money.amount(), money.currency(), rateYear);
		props.put(prefix + "Amount", money.amount().doubleValue());
		props.put(prefix + "Currency", money.currency());
		putIfSet(props, prefix + "Text", money.text());
		props.put(prefix + "Cny", converted.cny().doubleValue());
		props.put(prefix + "Usd", converted.usd().doubleValue());
		props.put(prefix + "RateYear", converted.rateYear());
	}

	private static void putIfSet(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

}
