package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the places of the gazetteer a sentence names: capitalised words (longest match first, "Anyuan District",
 * "Inner Mongolia"), with a following kind word ("Province", "District", "County", "City") taken into the mention
 * and used as a hint, and Chinese names in Han text. A name several places share ("Suzhou", "Gulou District") is
 * resolved by {@link #resolve} from the places named near it.
 */
public final class PlaceRecognizer {

	/** A place name at tokens {@code [from, to)} and characters {@code [start, end)} of a sentence. */
	public record Mention(List<Gazetteer.Place> candidates, String kindHint, int from, int to, int start, int end,
			String text) {
	}

	/** A mention resolved to one place, with how sure that is. */
	public record Resolved(Gazetteer.Place place, double confidence) {
	}

	private final Gazetteer gazetteer;

	public PlaceRecognizer(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	public Gazetteer gazetteer() {
		return this.gazetteer;
	}

	List<Mention> find(String sentence, List<Token> tokens) {
		List<Mention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Mention m = longestAt(sentence, tokens, i);
			if (m != null) {
				found.add(m);
				i = m.to();
			}
			else {
				i++;
			}
		}
		if (sentence.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			findChinese(sentence, found);
		}
		return found;
	}

	private Mention longestAt(String sentence, List<Token> tokens, int i) {
		if (!usable(tokens.get(i)) || Text.SENTENCE_STARTERS.contains(tokens.get(i).text())) {
			return null;
		}
		int max = Math.min(tokens.size(), i + this.gazetteer.longestName() + 1);
		for (int j = max; j > i; j--) {
			boolean ok = true;
			for (int k = i; k < j; k++) {
				Token t = tokens.get(k);
				boolean inner = k > i && k < j - 1 && (t.text().equals("-") || t.is("of"));
				if (!inner && !usable(t) || k < j - 1 && Text.isPossessive(t.text())) {
					ok = false;
					break;
				}
			}
			if (!ok) {
				continue;
			}
			String name = Text.stripPossessive(sentence.substring(tokens.get(i).start(), tokens.get(j - 1).end()));
			List<Gazetteer.Place> candidates = this.gazetteer.lookup(name);
			if (candidates.isEmpty()) {
				continue;
			}
			if (j < tokens.size() && BELOW_COUNTY.contains(Text.stripPossessive(tokens.get(j).lower()))) {
				// "Zhonglou subdistrict", "Runan township": a unit below the county that shares a county's name
				return null;
			}
			if (j < tokens.size() && j == i + 1 && Gazetteer.kindOfWord(name) == null
					&& candidates.stream().allMatch((p) -> BELOW_CITY.contains(p.kind()))
					&& Text.isCapitalised(tokens.get(j).text())
					&& OrganizationRecognizer.isFirmWord(Text.stripPossessive(tokens.get(j).text()))
					&& (j + 1 >= tokens.size() || !OrganizationRecognizer.isParkWord(tokens.get(j + 1).text()))) {
				// "Wuling Industrial", "Dongfang Electric": a district's name that opens a firm's is the firm's (not in
				// "Jiangning Industrial Park")
				return null;
			}
			int to = j;
			String hint = Gazetteer.kindOfWord(Text.stripPossessive(tokens.get(j - 1).text()));
			if (hint == null && j < tokens.size() && !Text.isPossessive(tokens.get(j - 1).text())) {
				String next = Text.stripPossessive(tokens.get(j).text());
				String nextHint = Character.isUpperCase(next.charAt(0)) ? Gazetteer.kindOfWord(next) : null;
				if (nextHint != null) {
					hint = nextHint;
					to = j + 1;
				}
				else if (Character.isLowerCase(next.charAt(0))) {
					// "Hebei province", "the Hebei province-based firm": which kind of place, the word left out of the
					// name
					hint = Gazetteer.kindOfWord(next.replaceFirst("-based$", ""));
				}
			}
			int end = tokens.get(to - 1).end();
			String text = sentence.substring(tokens.get(i).start(), end);
			if (Text.isPossessive(text)) {
				end -= 2;
				text = text.substring(0, text.length() - 2);
			}
			String kindHint = hint;
			List<Gazetteer.Place> ordered = new ArrayList<>(candidates);
			if (kindHint != null && ordered.stream().anyMatch((p) -> p.kind().equals(kindHint))) {
				ordered.removeIf((p) -> !p.kind().equals(kindHint));
			}
			return new Mention(ordered, hint, i, to, tokens.get(i).start(), end, text);
		}
		return null;
	}

	/** The kinds of place below a city, whose names firms also take. */
	private static final java.util.Set<String> BELOW_CITY = java.util.Set.of("District", "Town");

	/** The words of the units below a county, which the gazetteer does not hold. */
	private static final java.util.Set<String> BELOW_COUNTY = java.util.Set.of("subdistrict", "subdistricts", "township",
			"townships", "town", "towns", "village", "villages");

	/** A capitalised word that is not a shouted dateline ("BEIJING, Nov. 17"). */
	private static boolean usable(Token t) {
		String w = Text.stripPossessive(t.text());
		if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
			return false;
		}
		return !(w.length() > 4 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase));
	}

	private void findChinese(String sentence, List<Mention> found) {
		for (String name : this.gazetteer.chineseNames()) {
			int at = sentence.indexOf(name);
			while (at >= 0) {
				int s = at;
				int e = at + name.length();
				boolean overlaps = found.stream().anyMatch((m) -> s < m.end() && m.start() < e);
				if (!overlaps) {
					found.add(new Mention(this.gazetteer.lookupChinese(name), null, -1, -1, s, e, name));
				}
				at = sentence.indexOf(name, e);
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
	}

	/**
	 * Picks the place a mention means: the only candidate (0.9), or the candidate whose province or city is named in
	 * the same sentence (0.85), the one the article names unambiguously elsewhere (0.8), or the one whose province or
	 * city is named elsewhere in the article (0.75); failing that the highest-level, then lowest-coded
	 * candidate (0.5).
	 */
	public Resolved resolve(Mention mention, Collection<Gazetteer.Place> inSentence, Collection<Gazetteer.Place> inArticle) {
		List<Gazetteer.Place> candidates = mention.candidates();
		if (candidates.size() == 1) {
			return new Resolved(candidates.get(0), mention.kindHint() != null ? 0.95 : 0.9);
		}
		Gazetteer.Place best = pick(candidates, inSentence);
		if (best != null) {
			return new Resolved(best, 0.85);
		}
		List<Gazetteer.Place> named = candidates.stream().filter((c) -> inArticle.stream().anyMatch((p) -> p.id().equals(c.id()))).toList();
		if (named.size() == 1) {
			// "Anyuan" where the article also writes "Anyuan District"
			return new Resolved(named.get(0), 0.8);
		}
		best = pick(citiesOverCountiesOfUnnamedCities(candidates, inArticle), inArticle);
		if (best != null) {
			return new Resolved(best, 0.75);
		}
		Gazetteer.Place fallback = candidates.stream()
			.min(Comparator.comparingInt((Gazetteer.Place p) -> rank(p.kind()))
				.thenComparing((Gazetteer.Place p) -> p.code() == null ? "999999" : p.code()))
			.orElseThrow();
		return new Resolved(fallback, 0.5);
	}

	/**
	 * A bare name that is a city and a county elsewhere ("Nanjing" and Nanjing County in Fujian): the article's province
	 * alone does not make it the county; the county's own city named in the article does.
	 */
	private List<Gazetteer.Place> citiesOverCountiesOfUnnamedCities(List<Gazetteer.Place> candidates,
			Collection<Gazetteer.Place> inArticle) {
		if (candidates.stream().noneMatch((c) -> c.kind().equals("City"))) {
			return candidates;
		}
		return candidates.stream().filter((c) -> {
			if (!c.kind().equals("District")) {
				return true;
			}
			List<Gazetteer.Place> chain = this.gazetteer.chain(c);
			return chain.size() > 1 && inArticle.stream().anyMatch((p) -> p.id().equals(chain.get(1).id()));
		}).toList();
	}

	private Gazetteer.Place pick(List<Gazetteer.Place> candidates, Collection<Gazetteer.Place> context) {
		Gazetteer.Place best = null;
		int bestScore = 0;
		for (Gazetteer.Place c : candidates) {
			int score = 0;
			for (Gazetteer.Place ancestor : this.gazetteer.chain(c).subList(1, this.gazetteer.chain(c).size())) {
				if (context.stream().anyMatch((p) -> p.id().equals(ancestor.id()))) {
					score++;
				}
			}
			if (score > bestScore) {
				best = c;
				bestScore = score;
			}
			else if (score == bestScore && score > 0) {
				best = null;
			}
		}
		return best;
	}

	private static int rank(String kind) {
		return switch (kind) {
			case "Province" -> 0;
			case "City" -> 1;
			case "District" -> 2;
			default -> 3;
		};
	}

}
