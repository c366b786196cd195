package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds things named by a common-noun phrase rather than a proper name: projects ("Tianyou’s LED and advanced
 * packaging project", "an R&D and production project of IC advanced packaging", "the joint laboratory", "the first
 * training center for humanoid robots", "a new 12-inch wafer plant"), funds ("industrial development investment
 * fund"), unnamed parks ("blockchain and semiconductor equipment industrial park") and programs ("98 emerging
 * industry projects", "42 key projects of electronic information manufacturing": a count of projects). The phrase
 * is the head word with the modifiers before it and an of/on/for complement after it; a phrase with nothing but
 * generic words ("the project", "these projects") is an anaphor of the thing talked about.
 */
final class PhraseRecognizer {

	/** A phrase at characters {@code [start, end)} of a sentence. */
	record Mention(String kind, String name, String bareName, int from, int to, int start, int end, boolean anaphor,
			boolean plural, Integer count, Integer phase, int possessor) {
	}

	private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("the", "a", "an", "this", "that", "these", "those", "its", "their",
			"his", "her", "our", "your", "my", "of", "in", "on", "at", "for", "to", "by", "with", "from", "into", "as",
			"is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could",
			"may", "might", "must", "has", "have", "had", "signed", "sign", "signing", "settle", "settled", "launched",
			"launch", "launching", "started", "start", "starts", "build", "built", "building", "builds", "develop",
			"developed", "developing", "develops", "construct", "constructed", "constructing", "place", "placed",
			"invest", "invested", "invests", "investing", "include", "includes", "including", "such", "which", "who",
			"whom", "where", "when", "while", "also", "both", "all", "each", "every", "than", "more", "most", "over",
			"about", "nearly", "almost", "around", "some", "many", "several", "plans", "plan", "aims", "aim",
			"promote", "promoting", "boosting", "boost", "focusing", "focus", "given", "give", "create", "creating",
			"support", "supporting", "help", "make", "made", "held", "hold", "become", "became", "announced",
			"announce", "released", "release", "rolled", "unveiled", "unveil", "completed", "complete", "put", "putting",
			"carry", "attract", "expand", "foster", "strengthen", "cover", "covers", "involving", "involve", "worth",
			"reached", "implemented", "scheduled", "expected", "slated", "located", "based", "established",
			"establish", "funded", "fund", "backed", "approved", "and", "or", "but", "if", "it", "they", "them", "we",
			"there", "not", "no", "only", "just", "then", "so", "into", "via", "per", "under", "after", "before",
			"since", "during", "within", "between", "among", "through", "one", "is", "inaugurated", "opened",
			"open", "operate", "operating", "run", "running", "said", "says", "according", "total", "totaling",
			"totalling", "amounting", "reach", "reaching", "like", "concentrating", "collaborating", "cooperate",
			"cooperating", "partner", "partnering", "jointly", "what", "how", "why", "do", "does",
			"did", "done", "being", "toward", "towards", "upon", "out", "up", "down", "off", "here", "now",
			"other", "related", "featured", "exploring", "explore", "introduce", "introduced", "transferred",
			"multiple", "numerous", "various", "signs", "launches", "unveils", "rolls", "releases", "approves",
			"kicks", "breaks", "starts", "begins", "adds", "attracts", "lands", "wins", "plans", "inks", "sees",
			"gets", "opens", "completes", "named", "called", "dubbed", "simply", "requires", "require", "required", "needs",
			"need", "needed", "faces", "remains", "costs", "employs", "produces", "provides", "serves", "helps",
			"uses", "lies", "newly", "recently", "founded", "formed", "created"));

	/** Words that say nothing about which project it is. */
	private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList("new", "first", "second", "third", "significant", "important",
			"ambitious", "big", "large", "major", "key", "another", "related", "other", "foreign-invested", "featured",
			"industrial", "emerging", "local", "various", "relevant", "recent", "latest", "current", "future",
			"proposed", "planned", "two", "three", "several", "same", "whole", "entire", "overall", "said", "above", "such",
			"technology-related", "own", "joint-venture", "priority", "flagship", "landmark", "pilot", "national",
			"provincial", "municipal"));

	private static final Set<String> VAGUE = Set.of("multiple", "several", "many", "some", "various", "numerous",
			"other", "more", "all", "such", "series", "number", "lot", "range", "host", "batch", "dozens", "hundreds");

	/** Whether a plural phrase is quantified vaguely: "multiple ... projects", "a series of energy and ... projects". */
	private static boolean vague(List<Token> tokens, int from) {
		for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
			Token t = tokens.get(k);
			if (!t.isWord()) {
				return false;
			}
			if (VAGUE.contains(t.lower())) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> QUANTIFIERS = Set.copyOf(java.util.Arrays.asList("over", "nearly", "about", "some", "around", "almost",
			"approximately", "roughly"));

	private static final Set<String> CENTER_QUALIFIERS = Set.copyOf(java.util.Arrays.asList("r&d", "research", "innovation", "training",
			"data", "computing", "manufacturing", "production", "operations", "design", "testing", "engineering",
			"technology", "supercomputing", "service", "development", "intelligent"));

	private static final Set<String> BASE_QUALIFIERS = Set.copyOf(java.util.Arrays.asList("production", "industrial", "manufacturing", "r&d",
			"research", "industry", "export", "demonstration", "innovation", "training", "assembly", "processing",
			"logistics", "operations"));

	private static final Set<String> LINE_QUALIFIERS = Set.copyOf(java.util.Arrays.asList("production", "assembly",
			"manufacturing", "packaging", "generation", "panel", "fabrication", "test", "testing", "display", "lcd",
			"oled", "amoled", "tft-lcd", "wafer", "chip", "cell", "module"));

	/** "8.5", "12-inch", "6th-generation", "gen-6" before "line". */
	private static final Pattern LINE_SIZE = Pattern.compile("\\d+(?:\\.\\d+)?(?:-inch|-generation|th-generation|-gen|g)?|gen-?\\d+(?:\\.\\d+)?");

	private static final Set<String> FACILITY_QUALIFIERS = Set.of("manufacturing", "production", "fabrication",
			"research", "r&d", "chemical", "packaging", "testing", "assembly");

	private static final Set<String> HUB_QUALIFIERS = Set.of("production", "manufacturing", "r&d", "research",
			"logistics", "assembly", "distribution", "service");

	private static final Set<String> SITE_QUALIFIERS = Set.of("production", "manufacturing", "integrated", "chemical",
			"petrochemical");

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*|" + NumberWords.PATTERN + "|dozens|hundreds");

	private PhraseRecognizer() {
	}

	/** Gatherings a project's name may open: "Project Signing Ceremony", "project fair". */
	private static final Set<String> EVENTS = Set.of("ceremony", "ceremonies", "conference", "forum", "fair", "expo",
			"exhibition", "summit", "symposium", "meeting", "event", "activity", "activities", "festival", "contest",
			"competition", "roadshow", "seminar");

	/** What is done with projects at such gatherings: "project signing ceremony", "project construction was held". */
	private static final Set<String> EVENT_ACTS = Set.of("signing", "construction", "commencement", "groundbreaking",
			"promotion", "launch", "launching", "matchmaking", "investment", "contract", "contracting", "docking", "exchange",
			"negotiation", "roadshow");

	/**
	 * Whether the words from {@code at} make the project word before them part of an event's name: an event word, or
	 * what is done at one and then an event word or "was held".
	 */
	private static boolean namesAnEvent(List<Token> tokens, int at) {
		if (at >= tokens.size()) {
			return false;
		}
		String next = tokens.get(at).lower();
		if (EVENTS.contains(next)) {
			return true;
		}
		if (!EVENT_ACTS.contains(next) || at + 1 >= tokens.size()) {
			return false;
		}
		// "project signing, construction and operation ceremony": several acts before the event word
		int k = at + 1;
		while (k < tokens.size() && k <= at + 6 && (EVENT_ACTS.contains(tokens.get(k).lower())
				|| Set.of(",", "and", "&", "operation", "operations", "production").contains(tokens.get(k).lower()))) {
			k++;
		}
		if (k >= tokens.size()) {
			return false;
		}
		String after = tokens.get(k).lower();
		return EVENTS.contains(after) || (after.equals("was") || after.equals("were")) && k + 1 < tokens.size()
				&& tokens.get(k + 1).lower().equals("held");
	}

	static List<Mention> find(String sentence, List<Token> tokens, List<OrganizationRecognizer.Mention> orgs,
			List<MoneyParser.Mention> money) {
		List<Mention> found = new ArrayList<>();
		for (int h = 0; h < tokens.size(); h++) {
			String head = tokens.get(h).lower();
			String kind = headKind(tokens, h);
			// "the future 7.2-square-kilometer park": the park told of before, whatever its size
			boolean pointing = (kind == null || kind.equals("Park") && head.equals("park")) && pointsBack(tokens, h, money);
			if (kind == null && BUILT_HEADS.contains(head) && !head.equals("hub") && pointing) {
				// "The new center was jointly established by ...": the centre told of before
				kind = "Project";
			}
			if (kind == null && head.equals("park") && pointing) {
				// "The 512-million-yuan park will feature ...": the park told of before
				kind = "Park";
			}
			if (kind == null && BUILT_HEADS.contains(head) && (builtModified(tokens, h, orgs, money) || sumBefore(tokens, h, money))) {
				// "to build a lithium battery materials base in Yichun": what a firm builds is a project, whatever it
				// is a base of
				kind = "Project";
			}
			if (kind == null) {
				continue;
			}
			if (insideOrg(orgs, tokens.get(h)) && !kind.equals("Project")) {
				continue;
			}
			if (kind.equals("Project") && head.startsWith("project") && namesAnEvent(tokens, h + 1)) {
				// "the Industrial Project Signing Ceremony", "the fourth project signing ceremony": an event
				continue;
			}
			int headFrom = h;
			if ((head.equals("laboratory") || head.equals("lab") || head.equals("laboratories")) && h > 0
					&& !STOP.contains(tokens.get(h - 1).lower())) {
				headFrom = h - 1;
			}
			boolean pluralHead = head.endsWith("s") && !head.endsWith("ss");
			int from = backward(tokens, headFrom, orgs, money, pluralHead);
			int possessor = -1;
			if (from < headFrom && Text.isPossessive(tokens.get(from).text())) {
				possessor = from;
			}
			for (OrganizationRecognizer.Mention o : orgs) {
				boolean apostrophe = o.to() < tokens.size() && isApostrophe(tokens.get(o.to()));
				if ((o.possessive() || apostrophe) && o.to() == from + 1 && o.from() < from) {
					possessor = o.from();
					from = o.from();
				}
			}
			if (from + 1 < headFrom && isApostrophe(tokens.get(from)) && tokens.get(from + 1).text().equals("s")) {
				// "Acme Inc.'s new facility": the "'s" after a name ending in a stop is read apart from it; it joins the
				// phrase to the firm before it, and opens no phrase alone
				int clitic = from;
				OrganizationRecognizer.Mention owner = orgs.stream().filter((o) -> o.to() == clitic).findFirst().orElse(null);
				if (owner != null) {
					possessor = owner.from();
					from = owner.from();
				}
				else {
					from += 2;
					possessor = -1;
				}
			}
			int to = h + 1;
			Integer phase = null;
			boolean plural = head.endsWith("s") && !head.endsWith("ss");
			if (!plural && kind.equals("Project")) {
				int[] ph = phaseAfter(tokens, to);
				if (ph != null) {
					phase = ph[1];
					to = ph[0];
				}
				to = forward(tokens, to, orgs);
			}
			else if (plural && kind.equals("Project")) {
				to = forward(tokens, to, orgs);
			}
			if (!plural && kind.equals("Project") && phase == null && numberedUnit(tokens, h)) {
				// "Fab 68", "Plant 2": the number names the unit
				to = h + 2;
			}
			Integer count = null;
			int countAt = -1;
			for (int k = from; k < h; k++) {
				// a figure too large to count anything ("10,000,000,000 yuan") counts nothing
				boolean figure = tokens.get(k).text().matches("\\d[\\d,]*")
						&& tokens.get(k).text().replace(",", "").length() <= 9;
				if (count == null && (figure || NumberWords.value(tokens.get(k).text()) != null)) {
					countAt = k;
				}
				if (figure) {
					count = Integer.valueOf(tokens.get(k).text().replace(",", ""));
				}
				else if (NumberWords.value(tokens.get(k).text()) != null) {
					// news spells small counts out: "three projects worth 37 billion yuan", "Forty-eight major projects",
					// "twenty five projects"
					count = NumberWords.value(tokens.get(k).text());
					Integer unit = k + 1 < h ? NumberWords.value(tokens.get(k + 1).text()) : null;
					if (count >= 20 && count % 10 == 0 && unit != null && unit < 10) {
						count += unit;
						k++;
					}
				}
			}
			String bare = sentence.substring(tokens.get(from).start(), tokens.get(to - 1).end());
			int start = tokens.get(from).start();
			int[] before = !plural && kind.equals("Project") && possessor < 0 ? phaseBefore(tokens, from) : null;
			if (before != null && hasContent(tokens, from, to, h)) {
				// "the second phase of X Center", "phase two of the ... facility": a project of its own
				start = tokens.get(before[0]).start();
				phase = before[1];
			}
			String finalKind = kind;
			if (kind.equals("Project") && !plural && countOpens(tokens, from, h)) {
				// "14 high-generation LCD panel line" (a translated headline): a count, not a size, opens it: a batch
				finalKind = "Program";
			}
			else if (kind.equals("Project") && plural && count != null && count >= 2 && countAt > from
					&& !Text.isPossessive(tokens.get(countAt - 1).text()) && tokens.subList(from, countAt).stream()
						.anyMatch((t) -> t.isWord() && !Text.isCapitalised(t.text()) && !GENERIC.contains(t.lower()) || t.lower().endsWith("ly"))) {
				// "the zone attracted 31 projects", "Totally 50 projects", "The company already operates two plants": the
				// things are counted from their count
				from = countAt;
				start = tokens.get(from).start();
				bare = sentence.substring(start, tokens.get(to - 1).end());
			}
			if (kind.equals("Project") && plural && count != null && count >= 2
					&& (head.startsWith("project") || COUNTED_WORKS.contains(head) && totalAfter(tokens, to))) {
				// "19 new production facilities with a combined investment of 15.83 billion yuan": a batch, told by its
				// total, as counted projects are
				finalKind = "Program";
				// "over 170 ...", "more than 500 ..." belong to the stated count
				int q = from - 1;
				if (q >= 0 && QUANTIFIERS.contains(tokens.get(q).lower())) {
					start = tokens.get(q).start();
				}
				else if (q >= 1 && tokens.get(q).is("than") && tokens.get(q - 1).is("more")) {
					start = tokens.get(q - 1).start();
				}
			}
			if (finalKind.equals("Program") && from > 0 && Set.of("remaining", "other", "rest").contains(tokens.get(from - 1).lower())) {
				// "the remaining 22 projects in that batch": the rest of a batch told of, no batch of its own
				h = Math.max(h, to - 1);
				continue;
			}
			boolean anaphor = pointing || !hasContent(tokens, from, to, h);
			int[] output = finalKind.equals("Project") && !plural && head.equals("project") && anaphor ? annualOutput(tokens, h + 1) : null;
			if (output != null) {
				// "its project with an annual output capacity of 12,000 mt of silicon-based anode materials": what it
				// makes, and how much, names it
				String made = sentence.substring(tokens.get(output[0]).start(), tokens.get(output[1] - 1).end()) + " "
						+ sentence.substring(tokens.get(output[2]).start(), tokens.get(output[3] - 1).end()) + " project";
				found.add(new Mention(finalKind, made, made, h, output[3], tokens.get(h).start(), tokens.get(output[3] - 1).end(),
						false, false, null, phase, -1));
				h = Math.max(h, output[3] - 1);
				continue;
			}
			// "multiple ... projects", "a series of ... projects": several things, none named
			if (plural && count == null && !anaphor && vague(tokens, from)) {
				h = Math.max(h, to - 1);
				continue;
			}
			String name = sentence.substring(start, tokens.get(to - 1).end());
			found.add(new Mention(finalKind, name, bare, from, to, start, tokens.get(to - 1).end(), anaphor, plural, count,
					phase, possessor));
			h = Math.max(h, to - 1);
		}
		return found;
	}

	/** Heads that name a project only as what is built: "a materials base", "a cloud service center". */
	private static final Set<String> BUILT_HEADS = Set.of("base", "center", "centre", "facility", "site", "hub", "campus",
			"laboratory", "lab", "institute");

	/** Heads that name a thing built even bare, by what they are for: "a laboratory for embodied intelligence". */
	private static final Set<String> RESEARCH_HEADS = Set.of("laboratory", "lab", "institute");

	/** Verbs that build or set up what follows them. */
	private static final Set<String> BUILD_VERBS = Set.of("build", "builds", "building", "built", "construct",
			"constructs", "constructing", "constructed", "establish", "establishes", "establishing", "established",
			"open", "opens", "opening", "opened");

	/**
	 * Whether the words before a phrase's first word make it the thing built: "build a", "will construct an", "set up
	 * a new", "establishing its".
	 */
	/** Whether "a" or "an" and a sum open the head: "a $2.35bn facility", "a new 500-million-yuan centre". */
	private static boolean sumBefore(List<Token> tokens, int h, List<MoneyParser.Mention> money) {
		int k = h - 1;
		// "a 5-billion-yuan laser equipment base": up to three words of what it is between the sum and the head
		for (int w = 0; w < 3 && k > 0 && tokens.get(k).isWord() && !holdsMoney(tokens, k, k, money)
				&& !STOP.contains(tokens.get(k).lower()) && !Text.isCapitalised(tokens.get(k).text()); w++) {
			k--;
		}
		if (k < 0 || !holdsMoney(tokens, k, k, money) && !(tokens.get(k).text().equals("-") && k > 0 && holdsMoney(tokens, k - 1, k - 1, money))) {
			return false;
		}
		while (k >= 0 && (holdsMoney(tokens, k, k, money) || tokens.get(k).text().equals("-"))) {
			k--;
		}
		if (k >= 0 && tokens.get(k).is("new")) {
			k--;
		}
		return k >= 0 && Set.of("a", "an").contains(tokens.get(k).lower());
	}

	/** "the center", "The new centre", "this facility": a head after "the" and plain words, with no "of" after it. */
	/** How large a site is, written before it: "7.2-square-kilometer", "500-mu", "200-hectare". */
	private static final Pattern AREA = Pattern.compile("(?i)[\\d.,]+(?:(?:-square)?-(?:kilometer|kilometre|km|meter|metre|mu|hectare|acre)s?)?|square|kilometers?|kilometres?|hectares?|mu");

	private static boolean pointsBack(List<Token> tokens, int h, List<MoneyParser.Mention> money) {
		int k = h - 1;
		while (k >= 0 && (Set.of("new", "planned", "proposed", "said", "whole", "future", "-").contains(tokens.get(k).lower())
				|| holdsMoney(tokens, k, k, money) || tokens.get(k).text().equals(")") || AREA.matcher(tokens.get(k).text()).matches())) {
			if (tokens.get(k).text().equals(")")) {
				// "The 512-million-yuan ($70.21 million) park"
				while (k > 0 && !tokens.get(k).text().equals("(")) {
					k--;
				}
			}
			k--;
		}
		return k >= 0 && Set.of("the", "this").contains(tokens.get(k).lower())
				&& !(h + 1 < tokens.size() && Set.of("of", "for", "'s", "’s").contains(tokens.get(h + 1).lower()));
	}

	private static boolean builtModified(List<Token> tokens, int h, List<OrganizationRecognizer.Mention> orgs,
			List<MoneyParser.Mention> money) {
		int from = backward(tokens, h, orgs, money, false);
		// "building a hub for the industry": a bare head names no thing built, but for a lab or an institute
		boolean forWhat = RESEARCH_HEADS.contains(tokens.get(h).lower()) && h + 2 < tokens.size()
				&& Set.of("for", "on").contains(tokens.get(h + 1).lower()) && tokens.get(h + 2).isWord();
		// "is opening a new facility in Suzhou": bare, but where it is built
		boolean placed = !tokens.get(h).is("hub") && h + 2 < tokens.size() && Set.of("in", "at").contains(tokens.get(h + 1).lower())
				&& (Text.isCapitalised(tokens.get(h + 2).text()) || tokens.get(h + 2).is("the"));
		return (from < h || forWhat || placed) && builtBefore(tokens, from);
	}

	private static boolean builtBefore(List<Token> tokens, int from) {
		int k = from - 1;
		if (k >= 0 && Set.of("new", "second", "third").contains(tokens.get(k).lower())) {
			k--;
		}
		if (k >= 0 && Set.of("a", "an", "its", "their").contains(tokens.get(k).lower())) {
			k--;
		}
		if (k < 0 || k == from - 1) {
			return false;
		}
		String verb = tokens.get(k).lower();
		return BUILD_VERBS.contains(verb) || verb.equals("up") && k > 0 && Set.of("set", "sets", "setting")
			.contains(tokens.get(k - 1).lower());
	}

	/** Words that make an initiative a policy: "economy initiative", "the government's ... initiative". */
	private static final Set<String> POLICY_WORDS = Set.of("economy", "economic", "policy", "strategy", "strategic",
			"reform", "government", "government's", "governments'", "state's", "country's", "nation's", "ministry's",
			"national");

	/**
	 * Whether the initiative ending at {@code h} is a policy, not a thing built: "the Chinese government's "Three New"
	 * economy initiative", "a national initiative".
	 */
	private static boolean policy(List<Token> tokens, int h) {
		for (int k = h - 1; k >= Math.max(0, h - 6); k--) {
			String w = tokens.get(k).lower();
			if (POLICY_WORDS.contains(w)) {
				return true;
			}
			if (w.equals(".") || w.equals(",") || w.equals(";")) {
				break;
			}
		}
		return false;
	}

	/**
	 * Whether the fund at {@code h} is money given, not a fund set up: "to provide an early-stage research and
	 * development fund of 10 million yuan to the lab", "offered a start-up fund of".
	 */
	private static boolean granted(List<Token> tokens, int h) {
		if (h + 1 >= tokens.size() || !tokens.get(h + 1).is("of")) {
			return false;
		}
		for (int k = h - 1; k >= Math.max(0, h - 8); k--) {
			String w = tokens.get(k).lower();
			if (Set.of("provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering", "grant",
					"grants", "granted", "granting", "allocate", "allocates", "allocated").contains(w)) {
				return true;
			}
			if (!tokens.get(k).isWord() && !tokens.get(k).text().equals("-")) {
				return false;
			}
		}
		return false;
	}

	private static String headKind(List<Token> tokens, int h) {
		String w = tokens.get(h).lower();
		String prev = h > 0 ? tokens.get(h - 1).lower() : "";
		return switch (w) {
			case "project", "projects", "plant", "factory", "fab" -> "Project";
			case "initiative" -> policy(tokens, h) ? null : "Project";
			case "laboratory", "lab" -> prev.equals("joint") ? "Project" : null;
			case "center", "centre", "centers", "centres" -> CENTER_QUALIFIERS.contains(prev) ? "Project" : null;
			case "base" -> BASE_QUALIFIERS.contains(prev) ? "Project" : null;
			// "production line", "8.5-generation line", "12-inch line", "final assembly line"
			case "line" -> LINE_QUALIFIERS.contains(prev) || h > 1 && LINE_SIZE.matcher(prev).matches() ? "Project" : null;
			// "components manufacturing facility", "wafer fabrication facility"; not "the facility", "production facilities"
			case "facility" -> FACILITY_QUALIFIERS.contains(prev) ? "Project" : null;
			case "site" -> SITE_QUALIFIERS.contains(prev) ? "Project" : null;
			// "a production hub for power products", "a manufacturing hub"; not "a technology hub" (a place)
			case "hub" -> HUB_QUALIFIERS.contains(prev) ? "Project" : null;
			// "an IC industry cluster", "an innovation cluster": firms gathered in a sector, not a thing one builds; "the
			// Yangtze River delta city cluster": a region
			case "cluster", "clusters" -> h > 0 && tokens.get(h - 1).isWord() && !STOP.contains(prev)
					&& !Set.of("industry", "industrial", "innovation", "biotech", "tech", "technology", "emerging", "city",
							"urban", "port", "town").contains(prev) ? "Project" : null;
			case "platform", "platforms" -> h > 0 && tokens.get(h - 1).isWord()
					&& !STOP.contains(prev) ? "Project" : null;
			// "plans to fund investment projects": the verb
			// "the provincial government's own fund": its own money, no fund; "six fund cooperation projects": projects
			case "fund" -> Set.of("to", "will", "would", "could", "can", "may", "might", "should", "must", "jointly", "help",
					"own").contains(prev) || modifierOf(tokens, h) || granted(tokens, h)
					|| h + 1 < tokens.size() && FUND_MODIFIES.contains(tokens.get(h + 1).lower()) ? null : "Fund";
			case "park", "zone" -> h > 0 && tokens.get(h - 1).isWord() && !STOP.contains(prev) && !modifierOf(tokens, h) ? "Park" : null;
			// "two assembly and test plants": counted, several plants are as many projects; uncounted, none is named
			default -> COUNTED_WORKS.contains(w) && counted(tokens, h) ? "Project" : null;
		};
	}

	/** What else a fund word modifies: "fund cooperation projects", "fund agreements". */
	private static final Set<String> FUND_MODIFIES = Set.of("cooperation", "project", "projects", "agreement",
			"agreements");

	/** Nouns a park or a fund word modifies: "comprehensive park services", "industrial fund support". */
	private static final Set<String> MODIFIED = Set.of("services", "service", "support", "management", "operator",
			"operators", "operation", "operations", "construction", "planning", "administration", "enterprises",
			"companies", "residents", "staff", "workers", "managers", "manager", "policies", "policy", "model", "ecology",
			"ecosystem", "system", "systems", "matrix", "network", "chain");

	private static boolean modifierOf(List<Token> tokens, int h) {
		return h + 1 < tokens.size() && MODIFIED.contains(tokens.get(h + 1).text());
	}

	private static boolean insideOrg(List<OrganizationRecognizer.Mention> orgs, Token t) {
		return orgs.stream().anyMatch((o) -> o.kind() != null && t.start() >= o.start() && t.end() <= o.end());
	}

	/** Units a number before a head measures with: "12 inch", "3 GW", "200,000 ton", "8.5 generation". */
	private static final Set<String> UNITS = Set.of("inch", "inches", "in", "mm", "nm", "gw", "mw", "kw", "gwh", "mwh",
			"ton", "tons", "tonne", "tonnes", "t", "million", "billion", "thousand", "k", "generation", "gen", "g",
			"square", "sq", "mu", "hectare", "hectares", "km", "m", "wafers", "pieces", "units", "sets", "th", "st", "nd", "rd",
			"percent", "%", "billion-yuan", "million-yuan", "yuan", "dollar", "dollars", "usd", "rmb", "cny", "mln", "bln");

	/**
	 * Whether a whole number of two or more opens a singular project's phrase as a count, not as a size or a
	 * designation: "14 high-generation LCD panel line", not "12 inch line", "3 GW cell line", "Fab 68", "2,000-ton plant".
	 */
	private static boolean countOpens(List<Token> tokens, int from, int head) {
		if (from + 1 >= head) {
			return false;
		}
		String first = tokens.get(from).text();
		if (!first.matches("\\d{1,3}") || Integer.parseInt(first) < 2) {
			return false;
		}
		Token next = tokens.get(from + 1);
		return next.isWord() && Character.isLetter(next.text().charAt(0)) && !UNITS.contains(next.lower())
				&& !(from + 2 < head && tokens.get(from + 2).text().equals("/"))
				&& !(from > 0 && tokens.get(from - 1).text().matches("[-.,]"));
	}

	/** Plural heads of places of work that a count makes several projects of. */
	/** Whether a total follows: "with a (combined|total) investment of", "worth", "totalling". */
	private static boolean totalAfter(List<Token> tokens, int at) {
		int k = at;
		if (k < tokens.size() && Set.of("worth", "totaling", "totalling", "totaled", "totalled").contains(tokens.get(k).lower())) {
			return true;
		}
		if (k + 2 < tokens.size() && tokens.get(k).is("with") && Set.of("a", "an").contains(tokens.get(k + 1).lower())) {
			k += 2;
			while (k < tokens.size() && Set.of("combined", "total", "planned", "aggregate", "overall", "gross")
				.contains(tokens.get(k).lower())) {
				k++;
			}
			return k > at + 2 && k < tokens.size() && tokens.get(k).lower().startsWith("investment");
		}
		return false;
	}

	static final Set<String> COUNTED_WORKS = Set.of("plants", "factories", "fabs", "lines", "bases", "facilities", "sites");

	/** Whether a count stands among the few words before a head: "two assembly and test plants", "3 new fabs". */
	private static boolean counted(List<Token> tokens, int h) {
		for (int k = h - 1; k >= Math.max(0, h - 5); k--) {
			Token t = tokens.get(k);
			if (isCount(t)) {
				return true;
			}
			if (!t.isWord() || STOP.contains(t.lower()) && !t.is("and")) {
				return false;
			}
		}
		return false;
	}

	/** A whole number, in figures or in words: "3", "two". */
	private static boolean isCount(Token t) {
		return t.text().matches("\\d+") || NumberWords.value(t.text()) != null;
	}

	/** Whether a count opens the words right before {@code and}: "two assembly and ...", "3 R&D and ...". */
	private static boolean countedBefore(List<Token> tokens, int and) {
		for (int k = and - 1; k >= Math.max(0, and - 3); k--) {
			Token t = tokens.get(k);
			if (isCount(t)) {
				return k < and - 1;
			}
			if (!t.isWord() || STOP.contains(t.lower())) {
				return false;
			}
		}
		return false;
	}

	/** Whether an amount lies in the tokens {@code [from, to]}. */
	private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");

	private static boolean holdsMoney(List<Token> tokens, int from, int to, List<MoneyParser.Mention> money) {
		return money.stream().anyMatch((m) -> tokens.get(from).start() < m.end() && m.start() < tokens.get(to).end());
	}

	private static int backward(List<Token> tokens, int head, List<OrganizationRecognizer.Mention> orgs,
			List<MoneyParser.Mention> money, boolean plural) {
		int k = head - 1;
		int from = head;
		while (k >= 0) {
			Token t = tokens.get(k);
			if (holdsMoney(tokens, k, k, money)) {
				break;
			}
			if (t.text().equals(")")) {
				int open = k - 1;
				while (open >= 0 && !tokens.get(open).text().equals("(")) {
					open--;
				}
				if (open <= 0 || k - open > 6 || holdsMoney(tokens, open, k, money)) {
					// "The 7.76-billion-yuan (1.18 billion U.S. dollars) factory": a sum in parentheses is no modifier
					break;
				}
				k = open - 1;
				from = open;
				continue;
			}
			if (QUOTES.contains(t.text()) && k > 0 && tokens.get(k - 1).isWord()) {
				// 49 "new infrastructure" projects: quoted words are words of the phrase
				int open = k - 1;
				while (open >= 0 && open >= k - 6 && !QUOTES.contains(tokens.get(open).text())) {
					open--;
				}
				if (open >= 0 && open >= k - 6 && open < k - 1) {
					from = open;
					k = open - 1;
					continue;
				}
			}
			if (t.text().equals("-") && k > 0 && tokens.get(k - 1).isWord()) {
				k--;
				continue;
			}
			if (!t.isWord() && !isApostrophe(t)) {
				break;
			}
			String lower = t.lower();
			// "R&D and production project" is one project; "wind energy and pilot projects" are two things
			// "two assembly and test plants" is one counted kind of plant, too
			if (lower.equals("of") && k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).lower().equals("internet")
					&& Set.of("things", "vehicles").contains(tokens.get(k + 1).lower())) {
				// "an Internet of things security product project": the industry's own term, "of" and all
				from = k - 1;
				k -= 2;
				continue;
			}
			if (STOP.contains(lower) && !(lower.equals("and") && !plural && k > 0 && tokens.get(k - 1).isWord()
					&& !STOP.contains(tokens.get(k - 1).lower())) && !(lower.equals("and") && plural && COUNTED_WORKS.contains(tokens.get(head).lower()) && countedBefore(tokens, k))) {
				break;
			}
			// "Nova Microelectronics’ 8-inch line": the apostrophe of a plural possessive stands alone
			if (isApostrophe(t) && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).end() == t.start()
					&& tokens.get(k - 1).lower().endsWith("s") && Character.isUpperCase(tokens.get(k - 1).text().charAt(0))) {
				from = k - 1;
				break;
			}
			if (Text.isPossessive(t.text())) {
				if (Character.isUpperCase(t.text().charAt(0)) || precededByName(tokens, k)) {
					from = k;
				}
				break;
			}
			from = k;
			k--;
		}
		// an "and" left dangling at the front is not part of the phrase
		while (from < head && tokens.get(from).is("and")) {
			from++;
		}
		return from;
	}

	private static boolean isApostrophe(Token t) {
		return t.text().equals("’") || t.text().equals("'");
	}

	private static boolean precededByName(List<Token> tokens, int k) {
		return k > 0 && tokens.get(k - 1).isWord() && Character.isUpperCase(tokens.get(k - 1).text().charAt(0));
	}

	/** "second phase", "phase two", "phase II", "(phase 2)" after the head: the end and the phase number. */
	/** Units an annual output is counted in. */
	private static final Set<String> OUTPUT_UNITS = Set.of("mt", "t", "tons", "tonnes", "ton", "tonne", "gwh", "gw", "mw",
			"sets", "units", "pieces", "vehicles", "wafers", "square", "million", "billion", "thousand");

	/**
	 * "with an annual output (capacity) of 12,000 mt of X", "with an annual production capacity of 20 GWh X": where the
	 * amount starts and ends and where what is made starts and ends, as {amount, amount end, product, product end}; null
	 * when the words after a project are none such.
	 */
	static int[] annualOutput(List<Token> tokens, int at) {
		int k = at;
		if (k >= tokens.size() || !tokens.get(k).is("with")) {
			return null;
		}
		k++;
		if (k < tokens.size() && Set.of("a", "an").contains(tokens.get(k).lower())) {
			k++;
		}
		if (k + 2 >= tokens.size() || !Set.of("annual", "yearly").contains(tokens.get(k).lower())
				|| !Set.of("output", "production", "capacity").contains(tokens.get(k + 1).lower())) {
			return null;
		}
		k += 2;
		if (k < tokens.size() && tokens.get(k).is("capacity")) {
			k++;
		}
		if (k + 1 >= tokens.size() || !tokens.get(k).is("of") || !tokens.get(k + 1).text().matches("\\d[\\d,.]*")) {
			return null;
		}
		int amount = k + 1;
		k = amount + 1;
		while (k < tokens.size() && OUTPUT_UNITS.contains(tokens.get(k).lower())) {
			k++;
		}
		int amountEnd = k;
		if (k < tokens.size() && tokens.get(k).is("of")) {
			k++;
		}
		int product = k;
		while (k < tokens.size() && (tokens.get(k).isWord() || tokens.get(k).text().equals("-"))
				&& !STOP.contains(tokens.get(k).lower()) && k - product < 6) {
			k++;
		}
		return k > product && amountEnd > amount ? new int[] { amount, amountEnd, product, k } : null;
	}

	private static int[] phaseAfter(List<Token> tokens, int at) {
		if (at + 1 < tokens.size()) {
			Integer ordinal = ordinal(tokens.get(at).lower());
			if (ordinal != null && tokens.get(at + 1).is("phase")) {
				return new int[] { at + 2, ordinal };
			}
			if (tokens.get(at).is("phase")) {
				Integer n = ordinal(tokens.get(at + 1).lower());
				if (n != null) {
					return new int[] { at + 2, n };
				}
			}
		}
		return null;
	}

	/** A capitalised head followed by a number ("Fab 68", "Line 2"), the number not a quantity of something after it. */
	private static boolean numberedUnit(List<Token> tokens, int h) {
		if (h + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(h).text().charAt(0))
				|| !tokens.get(h + 1).text().matches("\\d{1,3}[A-Z]?")) {
			return false;
		}
		return h + 2 >= tokens.size() || !tokens.get(h + 2).isWord() || STOP.contains(tokens.get(h + 2).lower());
	}

	/** "second phase of (the)", "phase two of (the)" right before the phrase: where it starts and the phase number. */
	private static int[] phaseBefore(List<Token> tokens, int from) {
		int k = from - 1;
		if (k >= 0 && tokens.get(k).is("the")) {
			k--;
		}
		if (k < 2 || !tokens.get(k).is("of")) {
			return null;
		}
		Integer before = ordinal(tokens.get(k - 2).lower());
		Integer after = ordinal(tokens.get(k - 1).lower());
		if (before != null && tokens.get(k - 1).is("phase")) {
			return new int[] { k - 2, before };
		}
		if (after != null && tokens.get(k - 2).is("phase")) {
			return new int[] { k - 2, after };
		}
		return null;
	}

	private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
			"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			"today", "tomorrow", "yesterday", "time", "schedule");

	static Integer ordinal(String w) {
		return switch (w) {
			case "first", "one", "1", "i" -> 1;
			case "second", "two", "2", "ii" -> 2;
			case "third", "three", "3", "iii" -> 3;
			case "fourth", "four", "4", "iv" -> 4;
			case "fifth", "five", "5", "v" -> 5;
			default -> null;
		};
	}

	private static int forward(List<Token> tokens, int at, List<OrganizationRecognizer.Mention> orgs) {
		if (at >= tokens.size() || !Set.of("of", "on", "for").contains(tokens.get(at).lower())) {
			return at;
		}
		if (at + 1 < tokens.size() && WHEN.contains(tokens.get(at + 1).lower().replace(".", ""))) {
			// "the project on Monday", "for May": when, not what
			return at;
		}
		int k = at + 1;
		int start = k;
		for (OrganizationRecognizer.Mention o : orgs) {
			if (o.kind() != null && (o.from() == k || o.from() == k + 1 && tokens.get(k).is("the"))) {
				return at;
			}
		}
		if (tokens.get(at).is("for") && at > 0 && Text.isCapitalised(tokens.get(at - 1).text()) && k + 1 < tokens.size()
				&& tokens.get(k).is("the") && !Text.isCapitalised(tokens.get(k + 1).text())) {
			// "its Suzhou Plant for the manufacturing and packaging of ...": what a named plant is for, not its name
			return at;
		}
		if (tokens.get(at).is("of") && k < tokens.size() && Text.isCapitalised(tokens.get(k).text())
				&& (Text.isPossessive(tokens.get(k).text()) || k + 1 < tokens.size() && isApostrophe(tokens.get(k + 1)))) {
			// "a manufacturing base of Foxconn's": whose it is, not what it is of
			return at;
		}
		int end = at;
		while (k < tokens.size()) {
			Token t = tokens.get(k);
			String lower = t.lower();
			if (!t.isWord() && !t.text().equals("-") && !t.text().equals("/")) {
				break;
			}
			if (STOP.contains(lower) && !Set.of("of", "and", "for", "with", "on", "the", "a", "an").contains(lower)) {
				break;
			}
			if (k - start > 10) {
				break;
			}
			if (lower.equals("and") && k + 1 < tokens.size() && Set.of("a", "an").contains(tokens.get(k + 1).lower())) {
				// "X of Y and a Z": a second thing, not more of what the first is of
				break;
			}
			if (!Set.of("of", "and", "for", "with", "on", "the", "a", "an", "-", "/").contains(lower)) {
				end = k + 1;
			}
			k++;
		}
		return end > at ? end : at;
	}

	private static boolean hasContent(List<Token> tokens, int from, int to, int head) {
		if (!Set.of("project", "projects", "initiative").contains(tokens.get(head).lower())) {
			// "the fab", "the new plant": the one named before; "a new plant" is still a thing of its own
			if (from == 0 || !Set.of("the", "this", "that").contains(tokens.get(from - 1).lower())) {
				return true;
			}
			for (int k = from; k < head; k++) {
				if (!GENERIC.contains(tokens.get(k).lower())) {
					return true;
				}
			}
			return to > head + 1;
		}
		for (int k = from; k < to; k++) {
			if (k == head || k == head - 1 && tokens.get(head).lower().startsWith("lab")) {
				if (k == head - 1 && tokens.get(k).is("joint")) {
					return true;
				}
				continue;
			}
			Token t = tokens.get(k);
			String lower = Text.stripPossessive(t.lower());
			if (t.isWord() && !STOP.contains(lower) && !GENERIC.contains(lower) && !NUMBER.matcher(lower).matches()
					&& !lower.equals("phase")) {
				return true;
			}
		}
		return false;
	}

	/** "ambitious research project on ..." → "research project on ...". */
	static String withoutLeadingGenerics(String name) {
		return withoutLeading(name, GENERIC);
	}

	/** Terms that open with a word otherwise generic: "new energy" (新能源) is a sector, not a new energy. */
	private static final Set<String> AFTER_NEW = Set.of("energy", "materials", "material", "infrastructure");

	/**
	 * The name without the opening words of {@code generic}, keeping its last word, and keeping "new" where it opens a
	 * term ("new energy vehicle project").
	 */
	static String withoutLeading(String name, Set<String> generic) {
		String[] words = name.split(" ");
		int k = 0;
		while (k < words.length - 1 && generic.contains(words[k].toLowerCase(Locale.ROOT))
				&& !(words[k].equalsIgnoreCase("new") && AFTER_NEW.contains(words[k + 1].toLowerCase(Locale.ROOT)))) {
			k++;
		}
		return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
