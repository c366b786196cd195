package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.FactFile;

/**
 * The controlled vocabulary of sectors ({@code facts/reference/sectors.json}): finds the sectors a sentence names by
 * their names and aliases, whole words, case-insensitive except for short acronyms ("AI", "IC", "LED").
 */
public final class SectorVocabulary {

	/** A sector named at {@code [start, end)} of a sentence. */
	public record Mention(String sectorId, String name, String text, int start, int end) {
	}

	private record Term(String sectorId, String name, Pattern pattern) {
	}

	private final List<Term> terms = new ArrayList<>();

	public SectorVocabulary(FactFile sectors) {
		for (FactFile.NodeFact node : sectors.nodes()) {
			if (!"Sector".equals(node.label()) || node.name() == null) {
				continue;
			}
			List<String> words = new ArrayList<>();
			words.add(node.name());
			words.addAll(node.aliases());
			for (String w : words) {
				boolean acronym = w.length() <= 4 && w.equals(w.toUpperCase(Locale.ROOT));
				String base = !acronym && w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
				String body = Pattern.quote(base).replace(" ", "\\E[\\s-]+\\Q");
				String plural = acronym ? "s?" : "(?:s|es)?";
				Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + body + plural + "(?![\\p{L}\\p{N}])",
						acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
				this.terms.add(new Term(node.id(), node.name(), p));
			}
		}
		this.terms.sort(Comparator.comparingInt((Term t) -> t.pattern().pattern().length()).reversed());
	}

	public static SectorVocabulary reference() {
		return new SectorVocabulary(ReferenceFiles.classpath("facts/reference/sectors.json"));
	}

	/** The sectors named in the text, longest terms first claiming their words, in text order. */
	public List<Mention> find(String text) {
		List<Mention> found = new ArrayList<>();
		for (Term term : this.terms) {
			Matcher m = term.pattern().matcher(text);
			while (m.find()) {
				int s = m.start();
				int e = m.end();
				if (found.stream().noneMatch((x) -> s < x.end() && x.start() < e)) {
					found.add(new Mention(term.sectorId(), term.name(), m.group(), s, e));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return found;
	}

}
