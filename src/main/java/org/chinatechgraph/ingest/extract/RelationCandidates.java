package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pairs a relation classifier looks at: two different extracted entities named in the same sentence, each pair
 * with the sparse features of that sentence's words between, around and at its two ends. A pair named in several
 * sentences is a candidate once per sentence.
 */
public final class RelationCandidates {

	/** A word of a sentence at {@code [start, end)} of it, with a part of speech when the language gives one. */
	public record Word(String text, String tag, int start, int end) {
	}

	/**
	 * One pair in one sentence: {@code left} named before {@code right}.
	 *
	 * @param sentence the sentence's evidence (its offsets in the article)
	 * @param features the feature strings (kept for tests and inspection)
	 * @param hashed the features hashed to buckets
	 */
	public record Candidate(ExtractedEntity left, ExtractedEntity right, Evidence sentence, List<String> features,
			int[] hashed) {
	}

	private RelationCandidates() {
	}

	/** The relation type of a class name: "DEVELOPS>" → "DEVELOPS". */
	static String type(String relationClass) {
		return relationClass.substring(0, relationClass.length() - 1);
	}

	private record Mention(ExtractedEntity entity, int start, int end) {
	}

	/**
	 * The candidates of one article's extraction. {@code words} segments a sentence (English: {@link Token}s; Chinese:
	 * the Chinese rules' segmenter); {@code bits} is the number of hash bits.
	 */
	public static List<Candidate> of(ArticleText article, Extraction extraction,
			Function<String, List<Word>> words, int bits) {
		String text = article.text();
		Map<String, Integer> sentenceStart = new HashMap<>();
		Map<String, List<Mention>> bySentence = new LinkedHashMap<>();
		for (ExtractedEntity e : extraction.entities()) {
			for (Evidence m : e.mentions()) {
				if (m == null || m.sentence() == null) {
					continue;
				}
				String s = m.sentence();
				int at = text.lastIndexOf(s, Math.max(0, m.start()));
				if (at < 0 || at + s.length() < m.end()) {
					at = text.indexOf(s);
				}
				if (at < 0 || m.start() < at || m.end() > at + s.length()) {
					continue;
				}
				String key = at + ":" + s;
				sentenceStart.put(key, at);
				bySentence.computeIfAbsent(key, (k) -> new ArrayList<>()).add(new Mention(e, m.start() - at, m.end() - at));
			}
		}
		Map<String, Set<String>> rules = new HashMap<>();
		for (ExtractedRelation r : extraction.relations()) {
			rules.computeIfAbsent(r.from() + " " + r.to(), (k) -> new HashSet<>()).add(r.type());
		}
		List<Candidate> out = new ArrayList<>();
		for (Map.Entry<String, List<Mention>> s : bySentence.entrySet()) {
			int start = sentenceStart.get(s.getKey());
			String sentence = s.getKey().substring(s.getKey().indexOf(':') + 1);
			List<Mention> mentions = new ArrayList<>(s.getValue());
			mentions.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
			// one mention per entity: its first in the sentence
			Set<String> seen = new HashSet<>();
			mentions.removeIf((m) -> !seen.add(m.entity.ref()));
			if (mentions.size() < 2) {
				continue;
			}
			List<Word> ws = words.apply(sentence);
			Evidence evidence = new Evidence(sentence, start, start + sentence.length());
			for (int i = 0; i < mentions.size(); i++) {
				for (int j = i + 1; j < mentions.size(); j++) {
					Mention l = mentions.get(i);
					Mention r = mentions.get(j);
					List<String> f = features(sentence, ws, mentions, i, j, rules);
					out.add(new Candidate(l.entity, r.entity, evidence, f, hash(f, bits)));
				}
			}
		}
		return out;
	}

	static int[] hash(List<String> features, int bits) {
		int[] h = new int[features.size()];
		for (int i = 0; i < h.length; i++) {
			h[i] = (features.get(i).hashCode() * 0x9E3779B9) >>> (32 - bits);
		}
		return h;
	}

	private static List<String> features(String sentence, List<Word> ws, List<Mention> mentions, int i, int j,
			Map<String, Set<String>> rules) {
		Mention l = mentions.get(i);
		Mention r = mentions.get(j);
		String kl = l.entity.kind();
		String kr = r.entity.kind();
		String kinds = kl + ">" + kr;
		List<String> f = new ArrayList<>();
		f.add("bias");
		f.add("k=" + kinds);
		f.add("kl=" + kl);
		f.add("kr=" + kr);
		boolean nested = r.start < l.end;
		if (nested) {
			f.add("nested|" + kinds);
		}
		int from = Math.min(l.end, r.start);
		int to = r.start;
		List<Word> between = new ArrayList<>();
		Word before = null;
		Word after = null;
		for (Word w : ws) {
			if (w.start >= from && w.end <= to) {
				between.add(w);
			}
			else if (w.end <= l.start) {
				before = w;
			}
			else if (w.start >= r.end && after == null) {
				after = w;
			}
		}
		int n = between.size();
		String d = n == 0 ? "0" : n == 1 ? "1" : n == 2 ? "2" : n <= 4 ? "3-4" : n <= 7 ? "5-7" : n <= 12 ? "8-12"
				: n <= 20 ? "13-20" : "21+";
		f.add("d=" + d);
		f.add("d|k=" + d + "|" + kinds);
		int commas = 0;
		for (Word w : between) {
			String t = norm(w.text);
			if (t.equals(",") || t.equals("，") || t.equals("、")) {
				commas++;
			}
			f.add("bs=" + stem(t));
			if (w.tag != null && w.tag.startsWith("v")) {
				f.add("bv=" + t);
				f.add("bv|k=" + t + "|" + kinds);
			}
			if (!w.tag.isEmpty()) {
				f.add("bt=" + w.tag);
			}
		}
		f.add("commas=" + Math.min(commas, 3));
		if (n > 0) {
			f.add("b1=" + norm(between.get(0).text) + "|" + kinds);
			f.add("bn=" + norm(between.get(n - 1).text) + "|" + kinds);
		}
		f.add("l-1=" + (before == null ? "^" : norm(before.text)));
		f.add("r+1=" + (after == null ? "$" : norm(after.text)));
		f.add("lh=" + head(sentence, l));
		f.add("rh=" + head(sentence, r));
		String lt = sentence.substring(l.start, l.end).toLowerCase(Locale.ROOT);
		String rt = sentence.substring(r.start, r.end).toLowerCase(Locale.ROOT);
		if (lt.startsWith("the ") || lt.startsWith("该") || lt.startsWith("这")) {
			f.add("lref|" + kl);
		}
		if (rt.startsWith("the ") || rt.startsWith("该") || rt.startsWith("这")) {
			f.add("rref|" + kr);
		}
		int inside = 0;
		for (int k = i + 1; k < j; k++) {
			Mention m = mentions.get(k);
			if (m.start >= l.end) {
				inside++;
				f.add("ib=" + m.entity.kind());
				f.add("ib|k=" + m.entity.kind() + "|" + kinds);
			}
		}
		f.add("inside=" + Math.min(inside, 3));
		f.add("inside|k=" + Math.min(inside, 3) + "|" + kinds);
		int total = mentions.size();
		f.add("ents=" + (total <= 2 ? "2" : total <= 4 ? "3-4" : total <= 8 ? "5-8" : "9+"));
		boolean lSameKind = false;
		for (int k = 0; k < total; k++) {
			if (k != i && k != j && mentions.get(k).entity.kind().equals(kr)) {
				lSameKind = true;
			}
		}
		if (lSameKind) {
			f.add("rkindagain|" + kinds);
		}
		Set<String> forward = rules.getOrDefault(l.entity.ref() + " " + r.entity.ref(), Set.of());
		Set<String> backward = rules.getOrDefault(r.entity.ref() + " " + l.entity.ref(), Set.of());
		for (String t : forward) {
			f.add("rule=" + t + ">");
			f.add("rule|k=" + t + ">|" + kinds);
		}
		for (String t : backward) {
			f.add("rule=" + t + "<");
			f.add("rule|k=" + t + "<|" + kinds);
		}
		if (forward.isEmpty() && backward.isEmpty()) {
			f.add("rule=none|" + kinds);
		}
		return f;
	}

	private static String head(String sentence, Mention m) {
		String t = sentence.substring(m.start, m.end).strip();
		if (t.isEmpty()) {
			return "";
		}
		if (t.codePointAt(0) >= 0x2E80) {
			// Chinese: the last two characters ("项目", "园区", "公司", "政府")
			return t.length() <= 2 ? t : t.substring(t.length() - 2);
		}
		String[] parts = t.toLowerCase(Locale.ROOT).split("[\\s,.()]+");
		return parts.length == 0 ? "" : stem(parts[parts.length - 1]);
	}

	private static String norm(String w) {
		return w.toLowerCase(Locale.ROOT);
	}

	/** A crude English stem: "invested", "invests", "investing" → "invest". */
	static String stem(String w) {
		if (w.length() > 5 && w.endsWith("ing")) {
			return w.substring(0, w.length() - 3);
		}
		if (w.length() > 4 && w.endsWith("ed")) {
			return w.substring(0, w.length() - 2);
		}
		if (w.length() > 4 && w.endsWith("es")) {
			return w.substring(0, w.length() - 2);
		}
		if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}

	/** English words: the extractor's tokens, no part of speech. */
	static List<Word> englishWords(String sentence) {
		List<Word> out = new ArrayList<>();
		for (Token t : Token.of(sentence)) {
			out.add(new Word(t.text(), "", t.start(), t.end()));
		}
		return out;
	}

}
