package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The things of one article while it is read: every mention either joins a thing already named (same place or
 * sector; same organisation by any of its spellings, its acronym, or a shorter form of its name; same project by
 * most of its words; same program by its count) or starts a new one.
 */
final class EntityTable {

	/** A thing being built up from its mentions. */
	static final class Entry {

		final String kind;

		final Set<String> names = new LinkedHashSet<>();

		final List<Evidence> mentions = new ArrayList<>();

		final Map<String, Object> properties = new LinkedHashMap<>();

		String key;

		/** The name a known organisation goes by ({@link KnownOrganizations}), or null to take the fullest spelling. */
		String usualName;

		StatedAmount amount;

		double confidence;

		int order;

		/**
		 * The projects of a counted phrase that names one in each place ("two plants in Shanghai and Chengdu"), this
		 * one among them; empty for a project named alone.
		 */
		List<Entry> several = List.of();

		boolean oneOfSeveral() {
			return !this.several.isEmpty();
		}

		/** A project told by a sum of its own ("a new $500 million plant"): no description of another one. */
		boolean toldBySum;

		Entry(String kind, double confidence) {
			this.kind = kind;
			this.confidence = confidence;
		}

		String name() {
			if (Set.of("Project", "Program", "Province", "City", "District", "Town", "Sector").contains(this.kind)) {
				return this.names.iterator().next();
			}
			if (this.usualName != null) {
				return this.usualName;
			}
			// the fullest spelling of an organisation
			return this.names.stream().filter((n) -> !Text.isAcronym(n)).max((a, b) -> Integer.compare(a.length(), b.length()))
				.orElse(this.names.iterator().next());
		}

		/** Makes {@code name} the entry's name, its other names staying as they were, after it. */
		void nameFirst(String name) {
			List<String> others = new ArrayList<>(this.names);
			others.remove(name);
			this.names.clear();
			this.names.add(name);
			this.names.addAll(others);
		}

		void mention(Evidence e) {
			if (this.mentions.stream().noneMatch((m) -> m.start() == e.start() && m.end() == e.end())) {
				this.mentions.add(e);
			}
		}

	}

	static final Set<String> ORGANISATIONS = Set.copyOf(java.util.Arrays.asList("Company", "University", "Institute", "Government", "Park", "Fund"));

	private static final Set<String> NAME_NOISE = Set.copyOf(java.util.Arrays.asList("co", "ltd", "inc", "corp", "limited", "company", "the",
			"and", "of", "project", "projects", "s"));

	private final List<Entry> entries = new ArrayList<>();

	List<Entry> entries() {
		return this.entries;
	}

	/** The entry for a keyed thing (a place by id, a sector by id), created if new. */
	Entry keyed(String kind, String key, String name, double confidence) {
		for (Entry e : this.entries) {
			if (key.equals(e.key)) {
				e.names.add(name);
				e.confidence = Math.max(e.confidence, confidence);
				return e;
			}
		}
		Entry e = add(kind, name, confidence);
		e.key = key;
		return e;
	}

	Entry organisation(String kind, String name, String acronym, double confidence) {
		Entry match = findOrganisation(kind, name, acronym);
		if (match == null) {
			match = add(kind, name, confidence);
		}
		match.names.add(name);
		if (acronym != null) {
			match.names.add(acronym);
		}
		match.confidence = Math.max(match.confidence, confidence);
		return match;
	}

	/** The entry of this kind already named exactly so (any spelling), or null. */
	Entry named(String kind, String name) {
		String n = Text.normalise(name);
		for (Entry e : this.entries) {
			if (e.kind.equals(kind) && e.names.stream().anyMatch((x) -> Text.normalise(x).equals(n))) {
				return e;
			}
		}
		return null;
	}

	/** An organisation already named that this spelling (a short name, an acronym) refers to, or null. */
	Entry knownOrganisation(String name) {
		String n = Text.normalise(name);
		if (n.isEmpty()) {
			return null;
		}
		for (Entry e : this.entries) {
			if (ORGANISATIONS.contains(e.kind) && e.names.stream().anyMatch((x) -> Text.normalise(x).equals(n))) {
				return e;
			}
		}
		for (Entry e : this.entries) {
			if (ORGANISATIONS.contains(e.kind) && e.names.stream().anyMatch((x) -> startsWithWords(Text.normalise(x), n))) {
				return e;
			}
		}
		for (Entry e : this.entries) {
			if ((e.kind.equals("Company") || e.kind.equals("Group")) && e.names.stream().anyMatch((x) -> containsWords(Text.normalise(x), n))) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The organisation of this kind a name refers to: the one already named so (or by this acronym), else one whose
	 * name holds the same words from the same first word ("Lanmo Fund" after "Lanmo Fund Phase Two" is the phase's
	 * fund when no entry is named "Lanmo Fund" itself).
	 */
	private Entry findOrganisation(String kind, String name, String acronym) {
		String n = Text.normalise(name);
		String spelled = spelledOut(n);
		for (Entry e : this.entries) {
			if (e.kind.equals(kind) && e.names.stream()
				.anyMatch((x) -> Text.normalise(x).equals(n) || acronym != null && x.equals(acronym)
						|| spelledOut(Text.normalise(x)).equals(spelled))) {
				return e;
			}
		}
		Set<String> words = contentWords(name);
		for (Entry e : this.entries) {
			if (!e.kind.equals(kind)) {
				continue;
			}
			for (String x : e.names) {
				String nx = Text.normalise(x);
				if (nx.equals(n) || acronym != null && x.equals(acronym) || initialsOf(x).contains(name)
						|| kind.equals("Government") && sameGovernment(x, name)) {
					return e;
				}
				Set<String> xw = contentWords(x);
				boolean subset = !words.isEmpty() && !xw.isEmpty() && (xw.containsAll(words) || words.containsAll(xw));
				boolean sameStart = !words.isEmpty() && !xw.isEmpty() && n.split(" ")[0].equals(nx.split(" ")[0]);
				if (subset && sameStart && Math.min(words.size(), xw.size()) >= 2) {
					return e;
				}
			}
		}
		return null;
	}

	/** A normalised name with the industry's usual abbreviations spelled out: "ai industry fund". */
	private static String spelledOut(String normalised) {
		return (" " + normalised + " ").replace(" ai ", " artificial intelligence ").replace(" r d ", " research and development ")
			.replace(" ic ", " integrated circuit ").strip();
	}

	private static final Set<String> GOVERNMENT_FILLERS = Set.of("the", "of", "people", "s", "government", "local");

	/**
	 * The place and level a government's name gives ("Hefei municipal government" → [city, hefei]; "government of
	 * Leshan City" → [city, leshan]; "Hefei government" → [, hefei]), or null when the name says more than that
	 * ("Hefei Development and Reform Commission").
	 */
	static String[] governmentOf(String name) {
		List<String> words = new ArrayList<>(List.of(Text.normalise(name).split(" ")));
		if (!words.contains("government")) {
			return null;
		}
		String level = "";
		Set<String> place = new java.util.TreeSet<>();
		for (String w : words) {
			switch (w) {
				case "provincial", "province" -> level = "province";
				case "municipal", "city", "municipality" -> level = "city";
				case "district", "county" -> level = "district";
				default -> {
					if (!GOVERNMENT_FILLERS.contains(w)) {
						place.add(w);
					}
				}
			}
		}
		return place.isEmpty() ? null : new String[] { level, String.join(" ", place) };
	}

	/**
	 * Whether two names are one government: the same place, at the same level or one not saying its level
	 * ("Hefei government", "Hefei municipal government"); a province's government is not its capital's.
	 */
	static boolean sameGovernment(String a, String b) {
		String[] x = governmentOf(a);
		String[] y = governmentOf(b);
		return x != null && y != null && x[1].equals(y[1]) && (x[0].equals(y[0]) || x[0].isEmpty() || y[0].isEmpty());
	}

	Entry project(String kind, String name, double confidence) {
		return project(kind, name, null, confidence);
	}

	/**
	 * The project this mention names, or a new one: never one of another phase, another size, another place
	 * ({@code where}, the place the sentence puts it in, or null) or one the mention calls another ("a second plant").
	 */
	Entry project(String kind, String name, String where, double confidence) {
		Set<String> words = contentWords(name);
		for (Entry e : this.entries) {
			if (!e.kind.equals(kind)) {
				continue;
			}
			if (!java.util.Objects.equals(phaseOf(e.name()), phaseOf(name)) || elsewhere(e, where)
					|| ProjectCoreference.otherOne(name) && e.names.stream().noneMatch(ProjectCoreference::otherOne)) {
				continue;
			}
			for (String x : e.names) {
				if (differentSizes(x, name)) {
					continue;
				}
				if (Text.normalise(x).equals(Text.normalise(name)) || similar(words, contentWords(x))) {
					e.names.add(name);
					e.confidence = Math.max(e.confidence, confidence);
					return e;
				}
			}
		}
		return add(kind, name, confidence);
	}

	/** The place a project's name ends with ("Wuxi" of "battery plant in Wuxi"), or null. */
	static String placeInName(String name) {
		int in = name.lastIndexOf(" in ");
		return in > 0 ? name.substring(in + 4) : null;
	}

	/** A project's name without the place it ends with ("battery plant" of "battery plant in Wuxi"). */
	static String withoutPlace(String name) {
		int in = name.lastIndexOf(" in ");
		return in > 0 ? name.substring(0, in) : name;
	}

	/** The places a project's names put it in, by their normalised spelling. */
	static Set<String> placesInNames(Entry e) {
		Set<String> places = new HashSet<>();
		for (String n : e.names) {
			String place = placeInName(n);
			if (place != null) {
				places.add(Text.normalise(place));
			}
		}
		return places;
	}

	/** Whether a project's names put it in another place than {@code where} ("X in Wuxi", "X in Changzhou"). */
	private static boolean elsewhere(Entry e, String where) {
		if (where == null) {
			return false;
		}
		Set<String> places = placesInNames(e);
		return !places.isEmpty() && !places.contains(Text.normalise(where));
	}

	private static final java.util.regex.Pattern PHASE_OF = java.util.regex.Pattern.compile(
			"^(?:the )?(?:(\\w+) phase|phase (\\w+)) of ", java.util.regex.Pattern.CASE_INSENSITIVE);

	/** The phase a name opens with ("second phase of X", "phase two of X"), or null: a phase is a project of its own. */
	static Integer phaseOf(String name) {
		java.util.regex.Matcher m = PHASE_OF.matcher(name);
		if (!m.find()) {
			return null;
		}
		return PhraseRecognizer.ordinal((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT));
	}

	Entry program(String name, int count, double confidence) {
		for (Entry e : this.entries) {
			if (e.kind.equals("Program") && Integer.valueOf(count).equals(e.properties.get("count"))) {
				e.names.add(name);
				return e;
			}
		}
		Entry e = add("Program", name, confidence);
		e.properties.put("count", count);
		return e;
	}

	/** A new entry of its own, whatever else is named alike ("Big Fund Phase Three" is not the "Big Fund"). */
	Entry distinct(String kind, String name, double confidence) {
		return add(kind, name, confidence);
	}

	Entry add(String kind, String name, double confidence) {
		Entry e = new Entry(kind, confidence);
		e.names.add(name);
		e.order = this.entries.size();
		this.entries.add(e);
		return e;
	}

	private static final Set<String> LEGAL_SUFFIXES = Set.of("Co", "Corp", "Corporation", "Company", "Ltd", "Limited",
			"Inc", "Group", "Holdings");

	/**
	 * The acronyms a name's capitalised words make, with and without its legal suffix: "Semiconductor Manufacturing
	 * International Corp." gives "SMIC" and "SMI"; none when the name has fewer than two such words.
	 */
	static Set<String> initialsOf(String name) {
		List<String> capitalised = Arrays.stream(name.split("[\\s,.]+"))
			.filter((w) -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter))
			.toList();
		if (capitalised.size() < 2) {
			return Set.of();
		}
		StringBuilder all = new StringBuilder();
		StringBuilder bare = new StringBuilder();
		for (String w : capitalised) {
			all.append(w.charAt(0));
			if (!LEGAL_SUFFIXES.contains(w)) {
				bare.append(w.charAt(0));
			}
		}
		Set<String> out = new HashSet<>();
		out.add(all.toString());
		if (bare.length() >= 2) {
			out.add(bare.toString());
		}
		return out;
	}

	/** Ordinals in figures read as words: "its 2nd 10.5G line" is "its second 10.5G line". */
	private static final java.util.Map<String, String> ORDINALS = java.util.Map.of("1st", "first", "2nd", "second",
			"3rd", "third", "4th", "fourth");

	static Set<String> contentWords(String name) {
		return Arrays.stream(Text.normalise(name).split(" "))
			.filter((w) -> !w.isEmpty() && !NAME_NOISE.contains(w))
			.map((w) -> w.equals("lab") ? "laboratory" : ORDINALS.getOrDefault(w, w))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
			"(?i)(\\d+(?:\\.\\d+)?)(?:\\s*-?\\s*(?:inch|in|generation|gen|th-generation|th generation|nm|mm|gw|gwh|mw)\\b|th\\b)");

	/** Whether two names give a line, a wafer or a plant different sizes ("8-inch line", "12-inch line"). */
	static boolean differentSizes(String a, String b) {
		Set<String> x = sizesOf(a);
		Set<String> y = sizesOf(b);
		return !x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y);
	}

	private static Set<String> sizesOf(String name) {
		Set<String> out = new HashSet<>();
		java.util.regex.Matcher m = SIZE.matcher(name);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	/** Most words shared: Jaccard of at least one half. */
	static boolean similar(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> any = new HashSet<>(a);
		any.addAll(b);
		// most words shared, or the shorter name's words nearly all found in the longer one
		if (both.size() >= 2 && (both.size() == a.size() || both.size() == b.size())) {
			return true;
		}
		return both.size() >= 2 && (both.size() * 2 >= any.size() || both.size() >= 3 && both.size() * 4 >= Math.min(a.size(), b.size()) * 3);
	}

	private static boolean startsWithWords(String full, String part) {
		return full.startsWith(part + " ");
	}

	private static boolean containsWords(String full, String part) {
		return (" " + full + " ").contains(" " + part + " ");
	}

}
