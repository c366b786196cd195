package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One project told of in several words. An article names a project once ("SMIC's 12-inch fab in Beijing") and
 * then describes it ("the new chip manufacturing plant", "the facility"); a description that names nothing of its
 * own is the same project as the one named, when exactly one project of the article fits it: the same kind of
 * thing (a plant is a fab is a factory; a line; a centre), no other place, firm or size, and no word such as
 * "second" or "another" that says it is a different one. Where several fit, the one sharing more with it (words,
 * place, the firm its sentences name) wins, and of those that share as much, the last told of before it; where
 * nothing decides, the description stays a project of its own.
 */
final class ProjectCoreference {

	/** Heads that name the same kind of thing: a plant, a fab, a factory, a site are one kind of place of work. */
	private static final Map<String, String> FAMILY = Map.ofEntries(Map.entry("plant", "works"),
			Map.entry("plants", "works"), Map.entry("factory", "works"), Map.entry("fab", "works"),
			Map.entry("facility", "works"), Map.entry("site", "works"), Map.entry("complex", "works"),
			Map.entry("works", "works"), Map.entry("mill", "works"), Map.entry("base", "works"),
			Map.entry("line", "works"), Map.entry("center", "center"), Map.entry("centre", "center"),
			Map.entry("hub", "center"), Map.entry("laboratory", "lab"), Map.entry("lab", "lab"),
			Map.entry("institute", "institute"), Map.entry("park", "park"), Map.entry("campus", "park"),
			Map.entry("project", "any"));

	/** Words that say a description is of another project than the one before. */
	private static final Set<String> OTHER = Set.of("second", "third", "fourth", "2nd", "3rd", "4th", "another", "other", "existing", "old",
			"older", "previous", "sister", "first", "second-phase", "next", "later", "earlier", "smaller", "larger", "bigger");

	/** Words that say nothing of which project it is. */
	private static final Set<String> PLAIN = Set.of("new", "major", "large", "largest", "big", "huge",
			"mega", "giant", "modern", "advanced", "key", "important", "significant", "the", "a", "an", "of", "and",
			"in", "its", "s", "fully", "automated", "world", "class", "world-class", "state-of-the-art", "high-end",
			"planned", "proposed", "whole", "entire", "said", "same", "manufacturing", "production", "fabrication",
			"assembly", "processing");

	private static final Pattern SIZE = Pattern.compile("\\d+(?:[.,]\\d+)*");

	private final EntityTable table;

	private final List<SentenceFacts> facts;

	private final Map<EntityTable.Entry, List<Span>> spans = new LinkedHashMap<>();

	private record Span(SentenceFacts sentence, int start, int end) {
	}

	private ProjectCoreference(EntityTable table, List<SentenceFacts> facts) {
		this.table = table;
		this.facts = facts;
		for (SentenceFacts f : facts) {
			for (SentenceFacts.Slot s : f.slots) {
				if (s.kind().equals("Project") && !s.anaphor()) {
					this.spans.computeIfAbsent(s.entry(), (e) -> new ArrayList<>()).add(new Span(f, s.start(), s.end()));
				}
			}
		}
	}

	/** Merges each description into the one project of the article it can only mean. */
	static void resolve(EntityTable table, List<SentenceFacts> facts) {
		new ProjectCoreference(table, facts).run();
	}

	private void run() {
		List<EntityTable.Entry> projects = new ArrayList<>(this.spans.keySet());
		// every description's project is chosen among the article's projects as read, then the choices are joined
		Map<EntityTable.Entry, EntityTable.Entry> chosen = new LinkedHashMap<>();
		for (EntityTable.Entry d : projects) {
			// one of "two plants in Shanghai and Chengdu" is told apart from the others already
			if (descriptive(d) && !otherOne(d) && !d.oneOfSeveral() && !d.toldBySum) {
				EntityTable.Entry into = antecedent(d, projects);
				if (into != null) {
					chosen.put(d, into);
				}
			}
		}
		Map<EntityTable.Entry, EntityTable.Entry> root = new LinkedHashMap<>();
		for (EntityTable.Entry p : projects) {
			root.put(p, p);
		}
		chosen.forEach((d, into) -> {
			EntityTable.Entry a = find(root, d);
			EntityTable.Entry b = find(root, into);
			if (a != b) {
				// the group goes by a project named rather than described, else by the one the article named first
				boolean aFirst = !descriptive(a) && descriptive(b) || descriptive(a) == descriptive(b) && a.order < b.order;
				root.put(aFirst ? b : a, aFirst ? a : b);
			}
		});
		for (EntityTable.Entry p : projects) {
			EntityTable.Entry r = find(root, p);
			if (r != p) {
				merge(p, r);
			}
		}
	}

	private static EntityTable.Entry find(Map<EntityTable.Entry, EntityTable.Entry> root, EntityTable.Entry e) {
		EntityTable.Entry r = e;
		while (root.get(r) != r) {
			r = root.get(r);
		}
		return r;
	}

	/**
	 * The one project a description fits, or null: the only other project of its kind in the article, if nothing
	 * sets them apart; else the fitting one that shares the most with it (words, place, the firm its sentences name),
	 * if one does, and of several that share as much the last told of before it.
	 */
	private EntityTable.Entry antecedent(EntityTable.Entry d, List<EntityTable.Entry> projects) {
		String family = family(d);
		if (family == null) {
			return null;
		}
		List<EntityTable.Entry> kin = new ArrayList<>();
		List<EntityTable.Entry> fits = new ArrayList<>();
		for (EntityTable.Entry p : projects) {
			// "a second plant" is told apart from the one before, but a project named with its phase ("X's Second Phase
			// Expansion Project") is one a description may still mean
			String other = (p == d || otherOne(p) && descriptive(p) || p.toldBySum && d.toldBySum) ? null : family(p);
			if (other == null || !(other.equals(family) || family.equals("any") || other.equals("any"))) {
				continue;
			}
			kin.add(p);
			if (java.util.Objects.equals(EntityTable.phaseOf(p.name()), EntityTable.phaseOf(d.name()))
					&& !differentThings(modifiers(d), modifiers(p)) && !placesApart(EntityTable.placesInNames(d), EntityTable.placesInNames(p))
					&& !conflicts(firmsAround(d), firmsAround(p)) && !firmOfItsOwn(d, p)
					&& sizes(p).containsAll(sizes(d))) {
				fits.add(p);
			}
		}
		Set<String> words = contentWords(d);
		if (kin.size() == 1 && fits.size() == 1) {
			// alone of its kind, it is the one meant; of two descriptions, unless both say what they are and agree in
			// nothing ("a battery recycling plant", "an EV plant")
			EntityTable.Entry p = fits.get(0);
			Set<String> theirs = contentWords(p);
			// "the Hefei plant" after "a ... line in Hefei": the place both name is no word of what it is
			Set<String> where = places(d);
			if (!where.isEmpty() && !java.util.Collections.disjoint(where, places(p))) {
				words.removeIf((w) -> where.stream().anyMatch((place) -> place.equals(w) || place.startsWith(w + " ")));
			}
			return (!descriptive(p) || words.isEmpty() || theirs.isEmpty() || !java.util.Collections.disjoint(words, theirs)
					|| !java.util.Collections.disjoint(sectorsNamed(d), sectorsNamed(p))) ? p : null;
		}
		List<EntityTable.Entry> best = new ArrayList<>();
		int bestShared = 0;
		for (EntityTable.Entry p : fits) {
			Set<String> shared = new HashSet<>(contentWords(p));
			shared.retainAll(words);
			if (!java.util.Collections.disjoint(places(d), places(p))) {
				shared.add(" the same place");
			}
			if (!java.util.Collections.disjoint(firmsAround(d), firmsAround(p))) {
				shared.add(" the same firm");
			}
			if (shared.size() > bestShared) {
				best.clear();
				bestShared = shared.size();
			}
			if (shared.size() == bestShared && bestShared > 0) {
				best.add(p);
			}
		}
		if (best.size() == 1) {
			return best.get(0);
		}
		// of projects that fit as well, the one the article told of last before the description, as a reader takes it
		int at = firstMention(d);
		return best.stream().filter((p) -> firstMention(p) < at).max(java.util.Comparator.comparingInt(this::firstMention))
			.orElse(null);
	}

	/**
	 * The sectors a project's own words name: "chip plant" and "semiconductor plant" name one sector in two words,
	 * "LCD factory" and "panel line" another.
	 */
	private Set<String> sectorsNamed(EntityTable.Entry e) {
		Set<String> out = new HashSet<>();
		for (Span s : this.spans.getOrDefault(e, List.of())) {
			for (SectorVocabulary.Mention m : s.sentence().sectors) {
				if (m.start() >= s.start() && m.end() <= s.end()) {
					out.add(m.sectorId());
				}
			}
		}
		return out;
	}

	/** Where the article first tells of a project, as a character offset. */
	private int firstMention(EntityTable.Entry e) {
		return e.mentions.stream().mapToInt(Evidence::start).min().orElse(Integer.MAX_VALUE);
	}

	/** The places a project's words name, inside its phrase ("the Xi'an fab") or after it ("a fab in Xi'an"). */
	private Set<String> places(EntityTable.Entry e) {
		Set<String> out = new HashSet<>(EntityTable.placesInNames(e));
		for (EntityTable.Entry m : modifiers(e)) {
			if (!EntityTable.ORGANISATIONS.contains(m.kind)) {
				m.names.forEach((n) -> out.add(Text.normalise(n)));
			}
		}
		return out;
	}

	/** Whether two projects' names put them in different places: "in Wuxi" and "in Wuxi High-tech Zone" do not. */
	private static boolean placesApart(Set<String> a, Set<String> b) {
		return conflicts(a, b) && a.stream().noneMatch((x) -> b.stream().anyMatch((y) -> x.startsWith(y + " ") || y.startsWith(x + " ")));
	}

	private static <T> boolean conflicts(Set<T> a, Set<T> b) {
		return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
	}

	/** Whether every mention of the project only describes it: no word of a name but those of firms and places. */
	private boolean descriptive(EntityTable.Entry e) {
		for (Span s : this.spans.get(e)) {
			String text = s.sentence().text();
			int at = s.start();
			for (String word : text.substring(s.start(), s.end()).split("[\\s/]+")) {
				int from = text.indexOf(word, at);
				at = from + word.length();
				if (word.isEmpty() || coveredByName(s, from, at)) {
					continue;
				}
				String bare = Text.stripPossessive(word.replaceAll("[,.;:()\"“”]+$", ""));
				if (bare.isEmpty()) {
					continue;
				}
				char first = bare.charAt(0);
				boolean designation = Character.isUpperCase(first) && bare.chars().anyMatch(Character::isDigit);
				boolean acronym = bare.length() <= 8 && bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.chars().anyMatch(Character::isLetter)
						&& !designation;
				if (designation || Character.isUpperCase(first) && !acronym) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether characters [from, to) of a span's sentence lie inside a firm, place or other thing named within it. */
	private static boolean coveredByName(Span s, int from, int to) {
		for (SentenceFacts.Slot o : s.sentence().slots) {
			if (!o.kind().equals("Project") && o.start() <= from && to <= o.end() + 2) {
				return true;
			}
		}
		return false;
	}

	/** Whether a description says it is another project than one before ("a second plant", "the existing fab"). */
	private static boolean otherOne(EntityTable.Entry d) {
		for (String n : d.names) {
			if (otherOne(n)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a project's name says it is another one than one before: "a second plant", "another fab". */
	static boolean otherOne(String n) {
		for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
			if (OTHER.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** The kind of thing a project is, by the head word of its first name (before "in <place>"). */
	private static String family(EntityTable.Entry e) {
		String name = EntityTable.withoutPlace(e.names.iterator().next()).toLowerCase(Locale.ROOT);
		String[] words = name.split("[^\\p{L}\\p{N}]+");
		if (words.length == 0) {
			return null;
		}
		String last = words[words.length - 1];
		if (words.length >= 2 && last.matches("\\d+") && Set.of("fab", "plant", "line", "factory").contains(words[words.length - 2])) {
			// "Fab 68", "Plant 2": the unit's number names it, the word before says what it is
			last = words[words.length - 2];
		}
		String family = FAMILY.get(last);
		// "a research facility", "an R&D base" are the centre of research a "research and development center" is
		if ("works".equals(family) && words.length >= 2 && RESEARCH.contains(words[words.length - 2])) {
			return "center";
		}
		return family;
	}

	/** The words that make a facility, site or base one of research. */
	private static final Set<String> RESEARCH = Set.of("research", "r", "d", "development", "innovation", "testing", "test");

	/** The firms and places named inside the project's mentions. */
	private Set<EntityTable.Entry> modifiers(EntityTable.Entry e) {
		Set<EntityTable.Entry> out = new LinkedHashSet<>();
		for (Span s : this.spans.get(e)) {
			for (SentenceFacts.Slot o : s.sentence().slots) {
				if (!o.kind().equals("Project") && !o.kind().equals("Sector") && o.start() >= s.start() && o.end() <= s.end()) {
					out.add(o.entry());
				}
			}
		}
		return out;
	}

	/**
	 * Whether a description names its own firm ("a Kestrel Robotics assembly base"), or its sentences do ("Kestrel
	 * Motors opened a plant"), and the named project it might mean ("the Lumex plant") is told of with no word of that
	 * firm: another firm's project.
	 */
	private boolean firmOfItsOwn(EntityTable.Entry d, EntityTable.Entry p) {
		if (descriptive(p)) {
			return false;
		}
		Set<EntityTable.Entry> own = new LinkedHashSet<>(modifiers(d));
		own.addAll(firmsApart(d, p));
		for (EntityTable.Entry firm : own) {
			if (EntityTable.ORGANISATIONS.contains(firm.kind) && !modifiers(p).contains(firm) && !firmsApart(p, d).contains(firm)
					&& !namedAfter(p, firm)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a project's own name holds a name of the firm ("Tidfore Tianjin Harbor Industrial Park", "Tidfore"). */
	private static boolean namedAfter(EntityTable.Entry p, EntityTable.Entry firm) {
		for (String n : p.names) {
			String name = " " + Text.normalise(n) + " ";
			for (String f : firm.names) {
				String firmName = Text.normalise(f);
				if (!firmName.isBlank() && name.contains(" " + firmName + " ")) {
					return true;
				}
			}
		}
		return false;
	}

	/** The firms of the sentences that tell of {@code e} but not of {@code other} ("the Lumex plant and a Kestrel ..."). */
	private Set<EntityTable.Entry> firmsApart(EntityTable.Entry e, EntityTable.Entry other) {
		Set<SentenceFacts> shared = new HashSet<>();
		this.spans.get(other).forEach((s) -> shared.add(s.sentence()));
		Set<EntityTable.Entry> out = new HashSet<>();
		for (Span s : this.spans.get(e)) {
			if (!shared.contains(s.sentence())) {
				s.sentence().slots.stream().filter((o) -> o.kind().equals("Company")).forEach((o) -> out.add(o.entry()));
			}
		}
		return out;
	}

	/** The firms named in the sentences that mention the project: another firm's sentence tells of another project. */
	private Set<EntityTable.Entry> firmsAround(EntityTable.Entry e) {
		Set<EntityTable.Entry> out = new HashSet<>();
		for (Span s : this.spans.get(e)) {
			for (SentenceFacts.Slot o : s.sentence().slots) {
				if (o.kind().equals("Company")) {
					out.add(o.entry());
				}
			}
		}
		return out;
	}

	/** Two projects are different when their mentions name different things of one kind (two firms, two cities). */
	private static boolean differentThings(Set<EntityTable.Entry> a, Set<EntityTable.Entry> b) {
		for (EntityTable.Entry x : a) {
			if (b.contains(x)) {
				continue;
			}
			for (EntityTable.Entry y : b) {
				if (y.kind.equals(x.kind) || EntityTable.ORGANISATIONS.contains(x.kind) && EntityTable.ORGANISATIONS.contains(y.kind)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The numbers in a project's names: sizes, generations, capacities. */
	private static Set<String> sizes(EntityTable.Entry e) {
		Set<String> out = new HashSet<>();
		for (String n : e.names) {
			java.util.regex.Matcher m = SIZE.matcher(n);
			while (m.find()) {
				out.add(m.group().replace(",", ""));
			}
		}
		return out;
	}

	private static Set<String> contentWords(EntityTable.Entry e) {
		Set<String> out = new HashSet<>();
		for (String n : e.names) {
			for (String w : EntityTable.contentWords(EntityTable.withoutPlace(n))) {
				if (!PLAIN.contains(w) && !FAMILY.containsKey(w)) {
					out.add(w);
				}
			}
		}
		return out;
	}

	/** The description's mentions, words and facts go to the project; every slot of it in a sentence points there. */
	private void merge(EntityTable.Entry from, EntityTable.Entry into) {
		for (String n : from.names) {
			if (n.contains(" ")) {
				into.names.add(n);
			}
		}
		from.mentions.forEach(into::mention);
		from.properties.forEach(into.properties::putIfAbsent);
		if (into.amount == null) {
			into.amount = from.amount;
		}
		into.confidence = Math.max(into.confidence, from.confidence);
		this.spans.get(into).addAll(this.spans.get(from));
		for (SentenceFacts f : this.facts) {
			f.slots.replaceAll((s) -> s.entry() == from
					? new SentenceFacts.Slot(into, s.start(), s.end(), s.anaphor(), s.possessive(), s.embedded()) : s);
		}
		this.table.entries().remove(from);
	}

}
