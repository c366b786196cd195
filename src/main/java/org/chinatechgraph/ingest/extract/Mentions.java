package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns each sentence's mentions into the article's things ({@link EntityTable}) and records where each sentence
 * names them, resolving "the project", "these projects", "the park", "the company" to the last one named.
 */
final class Mentions {

	private static final Pattern AND_OTHER_PROJECTS = Pattern.compile("^\\s+and other (?:[\\w-]+\\s+){0,2}projects\\b");

	private final EntityTable table;

	private final PlaceRecognizer places;

	/** Organisations known by name whatever the words of their names say. */
	private final KnownOrganizations known;

	private EntityTable.Entry lastProject;

	private EntityTable.Entry lastProgram;

	private EntityTable.Entry lastPark;

	private EntityTable.Entry lastCompany;

	private EntityTable.Entry lastFund;

	/** Names of no known kind that the article calls a firm ("German chemicals giant Lumex"). */
	private final Set<String> describedFirms = new java.util.HashSet<>();

	/** Nouns news puts before a firm's bare name: "chemicals giant X", "chip maker X", "panel supplier X". */
	private static final Set<String> FIRM_NOUNS = Set.of("giant", "maker", "supplier", "manufacturer", "provider",
			"producer", "carmaker", "automaker", "chipmaker", "planemaker", "conglomerate", "vendor", "startup",
			"start-up", "firm", "consultancy", "operator", "developer", "retailer", "brand");

	/** ", a unit of", ", a wholly-owned subsidiary of": what the firm before says of itself and of the firm after. */
	private static final Pattern UNIT_OF = Pattern.compile("\\s*(?:\\([^()]{1,30}\\)\\s*)?,\\s*(?:a|an|the)\\s+(?:wholly[- ]owned\\s+|listed\\s+)?"
			+ "(?:unit|subsidiary|division|arm|affiliate)\\s+of\\s+(?:the\\s+)?");

	/**
	 * Whether the name is either end of a subsidiary's appositive ("Kestrel Flow Control, a unit of Kestrel
	 * International"): both are firms, whatever their words.
	 */
	private static boolean unitOrOwner(SentenceFacts f, OrganizationRecognizer.Mention o) {
		if (UNIT_OF.matcher(f.text().substring(o.end())).lookingAt()) {
			return true;
		}
		java.util.regex.Matcher m = UNIT_OF.matcher(f.text().substring(0, o.start()));
		while (m.find()) {
			if (m.end() == o.start()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the name comes right after a noun that says what kind of firm it is ("solar cell maker X"). */
	private static boolean describedAsFirm(SentenceFacts f, OrganizationRecognizer.Mention o) {
		if (o.from() == 0 || f.places.stream().anyMatch((p) -> p.start() == o.start())) {
			return false;
		}
		Token before = f.tokens.get(o.from() - 1);
		return FIRM_NOUNS.contains(before.text()) && !isGenericWord(o.name());
	}

	/** "Government-enterprise cooperation": a capitalised word joined to a lower-case one is an adjective, no name. */
	private static final Pattern HYPHENATED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

	/** Head words of things built, which no organisation's name after "a" holds. */
	private static final Pattern WORK_WORD = Pattern.compile("(?i)\\b(?:base|plant|factory|facility|line|fab|campus|complex)\\b");

	/** Whether a capitalised run after "a" or "an" names a thing built ("a New Production Base for ..."). */
	private static boolean describesAWork(SentenceFacts f, OrganizationRecognizer.Mention o) {
		return o.from() > 0 && Set.of("a", "an").contains(f.tokens.get(o.from() - 1).lower()) && WORK_WORD.matcher(o.name()).find();
	}

	/** "a ... plant by X", "an ... center by X": the one whose project it is. */
	private static final Pattern PROJECT_BY = Pattern.compile("(?i)\\b(?:plant|factory|fab|base|center|centre|line|project|"
			+ "facility|site|lab|laboratory|institute|park)\\s+(?:built\\s+|developed\\s+|invested\\s+|funded\\s+)?by\\s+$");

	/** Whether a name of no known kind is the subject of what a firm does ("Kymco Motorcycle broke ground on ..."). */
	private boolean actsAsFirm(SentenceFacts f, OrganizationRecognizer.Mention o) {
		if (PROJECT_BY.matcher(f.text().substring(0, o.start())).find() && !isGenericWord(o.name()) && !personName(o.name())
				&& this.places.gazetteer().lookup(o.name()).isEmpty()) {
			return true;
		}
		return !isGenericWord(o.name()) && !OrganizationRecognizer.notAFirm(o.name()) && !personName(o.name())
				&& !SURNAMES.contains(o.name().toLowerCase(java.util.Locale.ROOT))
				&& f.places.stream().noneMatch((p) -> p.start() <= o.start() && p.end() >= o.end())
				&& this.places.gazetteer().lookup(o.name()).isEmpty()
				&& OrganizationRecognizer.FIRM_ACTS.matcher(f.text().substring(actsFrom(f, o))).lookingAt();
	}

	/** Where the verb of a name's sentence may start: after it, or after the name "and" joins to it. */
	private static int actsFrom(SentenceFacts f, OrganizationRecognizer.Mention o) {
		String after = f.text().substring(o.end());
		java.util.regex.Matcher and = Pattern.compile("^\\s+and\\s+").matcher(after);
		if (!and.lookingAt()) {
			return o.end();
		}
		int next = o.end() + and.end();
		return f.organisations.stream().filter((x) -> x.start() == next).findFirst().map(OrganizationRecognizer.Mention::end)
			.orElse(o.end());
	}

	/**
	 * Whether a name of no known kind owns the project phrase it opens ("Lumex's new plant", "Kavo’ 8-inch line"): a
	 * project's owner is a firm (places were taken out before).
	 */
	private boolean ownsProject(SentenceFacts f, OrganizationRecognizer.Mention o) {
		if (isGenericWord(o.name()) || OrganizationRecognizer.notAFirm(o.name())
				|| !this.places.gazetteer().lookup(o.name()).isEmpty()) {
			return false;
		}
		return f.phrases.stream().anyMatch((p) -> p.kind().equals("Project") && !p.anaphor()
				&& (p.possessor() == o.from() && p.from() == o.from() || o.possessive() && f.ownersSumBetween(o.end(), p.start())));
	}

	/** The names of firms the article names as firms by their words ("Pellion Energy"). */
	private final Set<String> firmNames = new java.util.LinkedHashSet<>();

	/** "(hereinafter referred to as": the short name a whole name is given. */
	private static final Pattern HEREINAFTER = Pattern.compile("(?i)\\s*\\(\\s*(?:hereinafter|hereafter)\\b");

	/** Places the article names with their kind word ("Anyuan District"). */
	private final Set<String> namedWithKind = new java.util.HashSet<>();

	Mentions(EntityTable table, PlaceRecognizer places, KnownOrganizations known) {
		this.table = table;
		this.places = places;
		this.known = known;
	}

	void collect(List<SentenceFacts> facts) {
		facts.forEach(this::hyphenatedPlaces);
		facts.forEach(Mentions::localGovernments);
		List<Gazetteer.Place> inArticle = new ArrayList<>();
		for (SentenceFacts f : facts) {
			for (PlaceRecognizer.Mention m : f.places) {
				if (m.candidates().size() == 1) {
					inArticle.add(m.candidates().get(0));
				}
				if (m.kindHint() != null) {
					this.namedWithKind.addAll(m.candidates().stream().map(Gazetteer.Place::id).toList());
				}
			}
		}
		for (SentenceFacts f : facts) {
			for (OrganizationRecognizer.Mention o : f.organisations) {
				if (o.kind() == null && !titledPerson(f, o) && (describedAsFirm(f, o) || actsAsFirm(f, o))) {
					this.describedFirms.add(Text.normalise(o.name()));
				}
				if (o.kind() == null && o.acronym() != null && HEREINAFTER.matcher(f.text().substring(o.end())).lookingAt()) {
					// "Thermo Fisher Scientific (hereinafter referred to as Thermo Fisher)": a firm's whole name, given
					// the short name the article then uses
					this.describedFirms.add(Text.normalise(o.name()));
					this.firmNames.add(o.name());
				}
				if ("Company".equals(o.kind())) {
					this.firmNames.add(o.name());
				}
			}
		}
		for (SentenceFacts f : facts) {
			collectPlaces(f, inArticle);
			collectOrganisations(f);
			collectPhrases(f);
			collectReferences(f);
			collectSectors(f);
		}
	}

	private void collectPlaces(SentenceFacts f, List<Gazetteer.Place> inArticle) {
		List<Gazetteer.Place> inSentence = f.places.stream().filter((m) -> m.candidates().size() == 1)
			.map((m) -> m.candidates().get(0)).toList();
		for (PlaceRecognizer.Mention m : f.places) {
			PlaceRecognizer.Resolved r = this.places.resolve(m, inSentence, inArticle);
			// a firm named after a province ("Hubei Guangxin Photonics Co., Ltd.") says nothing of where a project is
			if (!countyLevelName(m, r, this.namedWithKind) || givenName(f, m) || knownOrganisationNotPlace(m) || credit(f, m)
					|| insideOrganisation(f, m.start(), m.end(), "Company"::equals)) {
				continue;
			}
			Gazetteer.Place p = r.place();
			EntityTable.Entry e = this.table.keyed(p.kind(), p.id(), p.name(), r.confidence());
			e.names.add(m.text());
			if (p.code() != null) {
				e.properties.put("code", p.code());
			}
			if (p.nameZh() != null) {
				e.properties.put("nameZh", p.nameZh());
			}
			e.properties.put("placeId", p.id());
			if (p.parentId() != null) {
				e.properties.put("parent", p.parentId());
			}
			if (m.candidates().size() > 1) {
				e.properties.put("ambiguous", m.candidates().size());
			}
			e.mention(f.sentence.evidence(m.start(), m.end()));
			f.slots.add(new SentenceFacts.Slot(e, m.start(), m.end(), false, false, insideName(f, m.start(), m.end())));
		}
	}

	/**
	 * Whether a county's bare name stands alone in brackets where a dateline credits its agency ("BEIJING, Jan. 25
	 * (Xinhua) --"): the news agency, whatever place the article also names.
	 */
	private static boolean credit(SentenceFacts f, PlaceRecognizer.Mention m) {
		if (m.kindHint() != null || m.start() < 1 || m.end() >= f.text().length()) {
			return false;
		}
		return f.text().charAt(m.start() - 1) == '(' && f.text().charAt(m.end()) == ')'
				&& f.text().substring(m.end() + 1).matches("(?s)\\s*(?:--|—|–|-).*");
	}

	/**
	 * Whether a mention of a district, county or town is one. Without its kind word, a one-syllable name ("Li",
	 * "Zhao": surnames), an ordinary English word ("East", "West") or a name several counties share that nothing in
	 * the article resolves ("Xinhua": the news agency) is not taken for a place, unless the article names that very
	 * place with its kind word elsewhere.
	 */
	private static boolean countyLevelName(PlaceRecognizer.Mention m, PlaceRecognizer.Resolved r, Set<String> namedWithKind) {
		if (m.kindHint() != null || m.start() < 0 || m.candidates().stream().anyMatch((c) -> namedWithKind.contains(c.id()))) {
			return true;
		}
		boolean countyLevel = m.candidates().stream().allMatch((c) -> c.kind().equals("District") || c.kind().equals("Town"));
		if (!countyLevel) {
			return true;
		}
		String bare = Text.stripPossessive(m.text()).toLowerCase(java.util.Locale.ROOT);
		if (PINYIN_SYLLABLE.matcher(bare).matches() || COMMON_WORDS.contains(bare)) {
			return false;
		}
		return !(m.candidates().size() > 1 && r.confidence() <= 0.5);
	}

	/**
	 * Whether a place's name, written without its kind word, is the given name of a person: right after a common
	 * Chinese surname, capitalised and with nothing between ("Wang Jinhua", "Chen Yichang"), it is the second half
	 * of a name and no place of the article.
	 */
	static boolean givenName(SentenceFacts f, PlaceRecognizer.Mention m) {
		if (m.kindHint() != null || m.start() <= 0 || m.start() > f.sentence.text().length()) {
			return false;
		}
		java.util.regex.Matcher word = WORD_BEFORE.matcher(f.sentence.text().substring(0, m.start()));
		return word.find() && SURNAMES.contains(word.group(1).toLowerCase(java.util.Locale.ROOT));
	}

	/** The capitalised word that ends the text, followed only by spaces. */
	private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(?:^|\\s)(\\p{Lu}[a-z]+) +$");

	/** The commonest Chinese surnames, in pinyin. */
	private static final Set<String> SURNAMES = Set.of("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang",
			"zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng",
			"xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng",
			"peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia",
			"zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "zou", "xiong", "jin", "qin", "qiu", "hou",
			"meng", "bai", "kong", "cui", "kang", "mao", "lei", "duan", "hao", "gu", "lai", "wen", "qian", "gan", "mo",
			"tao", "geng", "wan", "bao", "zhai", "niu", "yin", "shao", "gong", "chang", "liao", "pang", "zuo", "fei",
			"ji", "xing", "huo", "nie", "rao", "tong", "yue", "zhan", "mei", "ning", "hong", "weng", "ni", "ruan",
			"miao", "xiang", "ou", "qu", "dou", "ge", "yi", "ke", "qi", "lan", "shang", "an", "ai", "bi", "jiao");

	private static final java.util.regex.Pattern PINYIN_SYLLABLE = java.util.regex.Pattern.compile(
			"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|v)");

	/**
	 * Whether a name is a Chinese person's, in pinyin: a common surname, then a given name of one or two syllables
	 * ("Wang Jinhua", "Zhao Long", "Li Qiang"). A firm's name of that shape is found by the list of known firms first.
	 */
	static boolean personName(String name) {
		String[] words = name.strip().split("\\s+");
		if (words.length < 2 || words.length > 3 || !SURNAMES.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
			return false;
		}
		StringBuilder given = new StringBuilder();
		for (int i = 1; i < words.length; i++) {
			String w = words[i];
			if (!w.matches("\\p{Lu}[a-z]+")) {
				return false;
			}
			given.append(w.toLowerCase(java.util.Locale.ROOT));
		}
		return given.toString().matches("(?:" + PINYIN_SYLLABLE.pattern() + "){1,2}");
	}

	private static final Set<String> COMMON_WORDS = Set.of("east", "west", "north", "south", "central", "new", "city",
			"river", "lake", "mountain", "bay", "harbor", "harbour", "port", "island", "high", "hi-tech", "development",
			// the news agency ("Xinhua reported"), in English news far more often than any of the Xinhua districts
			"xinhua");

	/** Whether the span is part of (and not all of) the name of an organization of a kind {@code kind} accepts. */
	private static boolean insideOrganisation(SentenceFacts f, int start, int end, java.util.function.Predicate<String> kind) {
		return f.organisations.stream().anyMatch((o) -> o.kind() != null && kind.test(o.kind()) && o.start() <= start
				&& end <= o.end() && !(o.start() == start && o.end() == end));
	}

	private boolean insideName(SentenceFacts f, int start, int end) {
		boolean inOrg = insideOrganisation(f, start, end, (kind) -> true);
		boolean inPhrase = f.phrases.stream().anyMatch((p) -> !p.anaphor() && p.start() <= start && end <= p.end());
		return inOrg || inPhrase;
	}

	private void collectOrganisations(SentenceFacts f) {
		for (OrganizationRecognizer.Mention o : f.organisations) {
			if (describesAWork(f, o) || HYPHENATED_WORDS.matcher(o.name()).matches()) {
				// "to Build a New Production Base for Lithium-ion Batteries" (a headline): a thing built, no organisation
				continue;
			}
			boolean isPlace = f.places.stream()
				.anyMatch((p) -> p.start() == o.start() && p.end() >= o.end() && !knownOrganisationNotPlace(p));
			if (isPlace) {
				continue;
			}
			if (f.sectors.stream().anyMatch((x) -> x.start() <= o.start() && x.end() >= o.end())) {
				// "in the field of Artificial Intelligence (AI)": a sector written in capitals, no organisation
				continue;
			}
			if (o.kind() == null && titledPerson(f, o)) {
				// "Peter Halden, Norvale's Asia-Pacific president, said ...": a person and the post they hold
				continue;
			}
			if (o.kind() == null) {
				EntityTable.Entry known = this.table.knownOrganisation(o.name());
				KnownOrganizations.Known listed = this.known.find(o.name());
				if (known != null && !isGenericWord(o.name()) && !OrganizationRecognizer.notAFirm(o.name())) {
					// a country or region alone ("in China") is no short name of a firm or fund named "China ..."
					known.names.add(o.name());
					if (o.acronym() != null) {
						known.names.add(o.acronym());
					}
					known.mention(f.sentence.evidence(o.start(), o.end()));
					f.slots.add(new SentenceFacts.Slot(known, o.start(), o.end(), false, o.possessive(), false));
					remember(known);
				}
				else if (listed != null && listed.kind().equals("Fund")
						&& fundPhase(f, o.name(), o.start(), o.end(), listed) != null) {
					continue;
				}
				else if (listed != null && !isGenericWord(o.name())) {
					knownOrganisation(f, listed, o.name(), o.acronym(), o.start(), o.end(), o.possessive());
				}
				else if (knownParts(f, o) || personName(o.name()) || OrganizationRecognizer.notAFirm(o.name())
						|| SURNAMES.contains(o.name().toLowerCase(java.util.Locale.ROOT))) {
					// "Chen witnessed the signing": a person named by the surname alone, after the article's first mention
					continue;
				}
				else if (this.describedFirms.contains(Text.normalise(o.name())) || ownsProject(f, o) || placesFirm(f, o)
						|| unitOrOwner(f, o)) {
					// "Pellion starts production ..." in the headline, "Pellion Energy" in the text: one firm, by its
					// whole name
					String whole = this.firmNames.stream().filter((n) -> n.startsWith(o.name() + " ")).findFirst().orElse(o.name());
					EntityTable.Entry e = this.table.organisation("Company", whole, o.acronym(), 0.6);
					e.names.add(o.name());
					e.mention(f.sentence.evidence(o.start(), o.end()));
					f.slots.add(new SentenceFacts.Slot(e, o.start(), o.end(), false, o.possessive(), false));
					remember(e);
				}
				else {
					f.unknown.add(o);
				}
				continue;
			}
			String kind = o.kind();
			if (kind.equals("Company") && OrganizationRecognizer.notAFirm(o.name())) {
				continue;
			}
			KnownOrganizations.Known listedFund = this.known.find(o.name());
			if ((kind.equals("Fund") || listedFund != null && listedFund.kind().equals("Fund"))
					&& fundPhase(f, o.name(), o.start(), o.end(), listedFund) != null) {
				continue;
			}
			if (kind.equals("Park") && !OrganizationRecognizer.namesOne(o.name())) {
				continue;
			}
			if (kind.equals("Institute") && JOINT_LAB.matcher(o.name()).find() && this.known.find(o.name()) == null) {
				// "the Joint Laboratory of Artificial Intelligence & Virtual Reality co-founded by X and Y": a joint lab is
				// a project its founders build, not a body of its own
				projectAt(f, HEADLINE_VERB_AFTER.matcher(o.name()).replaceFirst(""), o.start(), o.end(), 0.7);
				continue;
			}
			if (kind.equals("Institute") && CENTRE.matcher(o.name()).find() && this.known.find(o.name()) == null
					&& f.phrases.stream().anyMatch((p) -> p.kind().equals("Project") && !p.plural() && p.end() == o.end()
							&& p.start() <= o.start())) {
				// "the newly founded Shanxi Kunpeng Innovation Center": a centre the sentence tells of as a thing built,
				// the project its phrase makes, not a body of its own
				continue;
			}
			if (kind.equals("Institute") && CENTRE.matcher(o.name()).find() && this.known.find(o.name()) == null
					&& namedAfterAFirm(o.name())) {
				// "the Pfizer Global Biotechnology Center in Hangzhou": a firm's own centre is a project it builds
				projectAt(f, o.name(), o.start(), o.end(), 0.7);
				continue;
			}
			if (kind.equals("Park") && (AND_OTHER_PROJECTS.matcher(f.text().substring(o.end())).find()
					|| parkBeingBuilt(f, o) || this.table.named("Project", o.name()) != null || firmsPark(o))) {
				projectAt(f, o.name(), o.start(), o.end(), 0.6);
				continue;
			}
			KnownOrganizations.Known k = this.known.find(o.name());
			if (k != null) {
				kind = k.kind(); // "Zhongguancun Science Park" is a park, "China Academy of Information and ..." an institute
			}
			// "Pfizer" in the headline and "PFIZER Inc" in the text: one known firm, however each spells it
			EntityTable.Entry same = k == null ? null : this.table.named(kind, k.name());
			EntityTable.Entry e = same != null ? same : this.table.organisation(kind, o.name(), o.acronym(), confidence(o));
			e.names.add(o.name());
			if (k != null) {
				knownAs(e, k);
			}
			if (o.subKind() != null) {
				e.properties.putIfAbsent("kind", o.subKind());
			}
			if (kind.equals("Government")) {
				governmentDetails(f, o, e);
			}
			e.mention(f.sentence.evidence(o.start(), o.end()));
			f.slots.add(new SentenceFacts.Slot(e, o.start(), o.end(), false, o.possessive(), false));
			remember(e);
		}
	}

	/** "construction of the X Park", "will build X Park", "projects signed include X Park". */
	private static final Pattern BUILDING_BEFORE = Pattern.compile("(?i)\\b(?:construction (?:work )?(?:of|on)|"
			+ "groundbreaking (?:ceremony )?(?:of|for)|broke ground on|breaks ground on|build|builds|building|construct|"
			+ "constructs|constructing|develop|develops|developing|set up|sets up|setting up|projects?\\b[^.;]{0,60}?\\b(?:including|include|includes|such as))"
			+ "\\s+(?:the\\s+|a\\s+|an\\s+)?$");

	/** "X Park, which began construction in 2012", "X Park was one of the projects signed". */
	private static final Pattern BUILDING_AFTER = Pattern.compile("(?i)^\\s*(?:,\\s*which\\s+(?:began|started|broke)\\s+(?:construction|ground)"
			+ "|(?:breaks|broke|has\\s+broken|broken)\\s+ground\\b"
			+ "|(?:is|was|are|were)\\s+(?:one of the|among the|a|an)\\s+(?:[\\w-]+\\s+){0,2}projects?\\b)");

	/**
	 * Whether a named park is itself what is being built or signed ("Construction of the X Industrial Park begins",
	 * "36 projects were signed, including X Park"): then it is a project, not a place things are in. Only parks so
	 * called: a zone or a new area under construction is a policy.
	 */
	private static boolean parkBeingBuilt(SentenceFacts f, OrganizationRecognizer.Mention o) {
		// a zone or new area being built is a policy, not a project
		if (!Set.of("industrial park", "science park", "park").contains(o.subKind())) {
			return false;
		}
		return BUILDING_BEFORE.matcher(f.text().substring(0, o.start())).find()
				|| BUILDING_AFTER.matcher(f.text().substring(o.end())).find();
	}

	/**
	 * Whether a park is named after a firm the article names ("Hengli Industrial Park" of Hengli Group, "China Telecom
	 * Cloud Computing Inner Mongolia Information Park"): a firm's own park is a project it builds, not a zone firms
	 * settle in. The firm's first word alone counts when it is no place and no common word ("Suzhou", "China").
	 */
	private static final Set<String> COMMON_FIRST_WORDS = Set.of("new", "high", "green", "smart", "international",
			"national", "global", "science", "technology", "tech", "industrial", "industry", "modern", "great", "golden",
			"silicon", "digital", "future", "asia", "sino", "united", "general", "advanced", "innovation");

	private boolean firmsPark(OrganizationRecognizer.Mention o) {
		if (!Set.of("industrial park", "science park", "park").contains(o.subKind())) {
			return false;
		}
		return namedAfterAFirm(o.name());
	}

	/** Whether a name opens with the name of a firm the article names, or with its first word ("Pfizer ..."). */
	private boolean namedAfterAFirm(String thing) {
		String park = Text.normalise(thing);
		for (EntityTable.Entry firm : this.table.entries()) {
			if (!firm.kind.equals("Company")) {
				continue;
			}
			for (String n : firm.names) {
				String name = Text.normalise(Text.withoutLegalForm(n));
				String first = name.split(" ")[0];
				boolean whole = !name.isEmpty() && park.startsWith(name + " ");
				boolean byFirstWord = name.contains(" ") && first.length() >= 4 && park.startsWith(first + " ")
						&& this.places.gazetteer().lookup(first).isEmpty() && !OrganizationRecognizer.notAFirm(first)
						&& !COMMON_FIRST_WORDS.contains(first);
				if (whole || byFirstWord) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a place named without its kind word, only at county level, is rather a known organisation of that
	 * name: "Tongwei" (the firm; Tongwei County would say so), "Dongfeng Motor".
	 */
	private boolean knownOrganisationNotPlace(PlaceRecognizer.Mention m) {
		return m.kindHint() == null && !m.candidates().isEmpty()
				&& m.candidates().stream().allMatch((c) -> c.kind().equals("District") || c.kind().equals("Town"))
				&& this.known.find(m.text()) != null;
	}

	private void knownOrganisation(SentenceFacts f, KnownOrganizations.Known k, String name, String acronym, int start,
			int end, boolean possessive) {
		EntityTable.Entry e = this.table.organisation(k.kind(), name, acronym, 0.8);
		knownAs(e, k);
		e.mention(f.sentence.evidence(start, end));
		f.slots.add(new SentenceFacts.Slot(e, start, end, false, possessive, false));
		remember(e);
	}

	/** The parts of a run of names no rule split that are known organisations: "Microsoft and IBM", "Intel, AMD". */
	private boolean knownParts(SentenceFacts f, OrganizationRecognizer.Mention o) {
		String name = o.name();
		String[] parts = PARTS.split(name);
		if (parts.length < 2) {
			return false;
		}
		boolean found = false;
		int from = 0;
		for (int i = 0; i < parts.length; i++) {
			int at = name.indexOf(parts[i], from);
			from = at + parts[i].length();
			KnownOrganizations.Known k = this.known.find(parts[i]);
			if (k != null && !isGenericWord(parts[i])) {
				boolean last = i == parts.length - 1;
				knownOrganisation(f, k, Text.stripPossessive(parts[i]), null, o.start() + at, o.start() + from,
						last && o.possessive());
				found = true;
			}
		}
		return found;
	}

	private static final Pattern PARTS = Pattern.compile("\s*,\s*(?:and\s+)?|\s+and\s+");

	/** A place's name as the first part of a hyphenated word: "Shanghai-based", "Shenzhen-headquartered". */
	private static final Pattern PLACE_BASED = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’]+)-(?:based|headquartered)\\b");

	/** "Shanghai-based COMAC": the place the recognizer could not see inside one hyphenated word is a place too. */
	private void hyphenatedPlaces(SentenceFacts f) {
		Matcher m = PLACE_BASED.matcher(f.text());
		while (m.find()) {
			int start = m.start(1);
			int end = m.end(1);
			if (f.places.stream().anyMatch((p) -> p.start() < end && start < p.end())) {
				continue;
			}
			List<Gazetteer.Place> candidates = this.places.gazetteer().lookup(m.group(1));
			if (!candidates.isEmpty()) {
				int token = f.tokenAt(start);
				f.places.add(new PlaceRecognizer.Mention(candidates, null, token, token + 1, start, end, m.group(1)));
			}
		}
		f.places.sort(java.util.Comparator.comparingInt(PlaceRecognizer.Mention::start));
	}

	/** Right before a name: a place's name and "-based", "-headquartered" or "'s" ("Taiwan's ScinoPharm"). */
	private static final Pattern PLACES_FIRM = Pattern.compile("(?:-(?:based|headquartered)|['’]s)\\s+$");

	/** Whether a name no rule classifies follows a place that it is said to be of or based in: a firm's. */
	private static boolean placesFirm(SentenceFacts f, OrganizationRecognizer.Mention o) {
		if (o.name().contains(" ") && !o.name().matches(".*\\b(?:Co|Ltd|Inc|Corp|Group)\\b.*") || isGenericWord(o.name())) {
			return false; // a single word: "Taiwan's ScinoPharm"; longer runs are people and titles too often
		}
		String before = f.text().substring(0, o.start());
		Matcher m = PLACES_FIRM.matcher(before);
		if (!m.find()) {
			return false;
		}
		int placeEnd = m.start();
		return f.places.stream().anyMatch((p) -> p.end() == placeEnd && !p.candidates().isEmpty()
				&& !p.candidates().get(0).kind().equals("Town"));
	}

	/** After a place: "'s city government", " provincial government", " district government", " government". */
	private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:(?:provincial|municipal|city|district"
			+ "|county|prefectural|prefecture|local)\\s+)?(?:people['’]s\\s+)?government\\b");

	/** Before a place: "the government of ", then after it " district", " city"... or nothing. */
	private static final Pattern GOVERNMENT_BEFORE = Pattern.compile("\\bgovernment\\s+of\\s+(?:the\\s+)?$");

	private static final Pattern PLACE_KIND_AFTER = Pattern.compile("^\\s+(?:city|district|county|province|municipality|prefecture)\\b");

	/**
	 * The governments news writes in lower case around a place's name ("the Wuxi government", "Jiangxi provincial
	 * government", "Beijing's city government", "the government of Xiaoshan district"), which the capitalised names
	 * the organisation rules read miss: each is a government named so, unless a name already covers it.
	 */
	private static void localGovernments(SentenceFacts f) {
		String text = f.text();
		for (PlaceRecognizer.Mention p : f.places) {
			if (p.start() < 0 || p.end() > text.length() || p.candidates().isEmpty()) {
				continue;
			}
			int start = -1;
			int end = -1;
			Matcher after = GOVERNMENT_AFTER.matcher(text).region(p.end(), text.length());
			Matcher before = GOVERNMENT_BEFORE.matcher(text).region(0, p.start());
			if (after.lookingAt()) {
				start = p.start();
				end = after.end();
			}
			else if (before.find()) {
				start = before.start();
				Matcher kind = PLACE_KIND_AFTER.matcher(text).region(p.end(), text.length());
				end = kind.lookingAt() ? kind.end() : p.end();
			}
			final int s = start;
			final int e = end;
			// the place's own capitalised name, of no kind, is part of the government's
			if (s < 0 || f.organisations.stream()
				.anyMatch((o) -> o.start() < e && s < o.end() && (o.kind() != null || o.start() < s || o.end() > e))) {
				continue;
			}
			f.organisations.removeIf((o) -> o.start() < e && s < o.end());
			f.organisations.add(new OrganizationRecognizer.Mention("Government", text.substring(s, e), null, f.tokenAt(s),
					f.tokenAt(e - 1) + 1, s, e, false, null));
		}
		parkCommittees(f);
		f.organisations.sort(java.util.Comparator.comparingInt(OrganizationRecognizer.Mention::start));
	}

	private static final Pattern COMMITTEE_BEFORE = Pattern.compile(
			"\\b(?:management|administrative|administration)\\s+committee\\s+of\\s+(?:the\\s+)?$");

	private static final Pattern COMMITTEE_AFTER = Pattern.compile(
			"^['’]s\\s+(?:management|administrative|administration)\\s+committee\\b");

	/**
	 * A park's committee, the government body that runs it, written in lower case: "the management committee of
	 * Guangzhou Development District", "Optics Valley's administrative committee".
	 */
	private static void parkCommittees(SentenceFacts f) {
		String text = f.text();
		for (OrganizationRecognizer.Mention park : List.copyOf(f.organisations)) {
			if (!"Park".equals(park.kind()) || park.start() < 0 || park.end() > text.length()) {
				continue;
			}
			Matcher before = COMMITTEE_BEFORE.matcher(text).region(0, park.start());
			Matcher after = COMMITTEE_AFTER.matcher(text).region(park.end(), text.length());
			int s;
			int e;
			if (before.find()) {
				s = before.start();
				e = park.end();
			}
			else if (after.lookingAt()) {
				s = park.start();
				e = after.end();
			}
			else {
				continue;
			}
			f.organisations.add(new OrganizationRecognizer.Mention("Government", text.substring(s, e), null, f.tokenAt(s),
					f.tokenAt(e - 1) + 1, s, e, false, null));
		}
	}

	/** What a known organisation brings: its usual name first, its other spellings, its Chinese name. */
	private static void knownAs(EntityTable.Entry e, KnownOrganizations.Known k) {
		e.usualName = k.name();
		e.names.addAll(k.spellings());
		if (k.nameZh() != null) {
			e.properties.putIfAbsent("nameZh", k.nameZh());
		}
		if (k.country() != null) {
			e.properties.putIfAbsent("country", k.country());
		}
	}

	private static boolean isGenericWord(String name) {
		return Text.SENTENCE_STARTERS.contains(name) || name.length() < 3 && !Text.isAcronym(name);
	}

	private static double confidence(OrganizationRecognizer.Mention o) {
		String n = Text.normalise(o.name());
		boolean legal = n.matches(".*\\b(co|ltd|inc|corp|corporation|group|limited)\\b.*");
		return switch (o.kind()) {
			case "Company" -> legal ? 0.9 : 0.75;
			case "University", "Government" -> 0.9;
			case "Institute", "Park", "Fund" -> 0.8;
			default -> 0.6;
		};
	}

	/** "Anyuan District Government of Jiangxi Province": alias "Anyuan District Government", level district. */
	private void governmentDetails(SentenceFacts f, OrganizationRecognizer.Mention o, EntityTable.Entry e) {
		int of = o.name().indexOf(" of ");
		if (of > 0) {
			String after = o.name().substring(of + 4);
			if (!this.places.gazetteer().lookup(after).isEmpty()) {
				e.names.add(o.name().substring(0, of));
			}
		}
		String lower = o.name().toLowerCase(java.util.Locale.ROOT);
		if (lower.startsWith("ministry") || lower.startsWith("national") || lower.startsWith("state ")) {
			e.properties.putIfAbsent("level", "national");
			return;
		}
		for (PlaceRecognizer.Mention p : f.places) {
			if (p.start() == o.start() && !p.candidates().isEmpty()) {
				String level = switch (p.candidates().get(0).kind()) {
					case "Province" -> "province";
					case "City" -> "city";
					case "District" -> "district";
					default -> "town";
				};
				e.properties.putIfAbsent("level", level);
			}
		}
	}

	/** "to build a “Gezhouba City”": a quoted name of the thing built. */
	private static final Pattern BUILDS_QUOTED = Pattern.compile("\\b(?:build|builds|building|construct|constructs|constructing|"
			+ "develop|develops|developing|set\\s+up|sets\\s+up|establish|establishes|establishing)\\s+(?:a|an|the)\\s+(?:new\\s+)?"
			+ "[“\"]((?:\\p{Lu}[\\p{L}\\p{N}&'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’-]*|of|and|for)){0,7})[”\"]");

	private void collectQuotedWorks(SentenceFacts f) {
		Matcher m = BUILDS_QUOTED.matcher(f.text());
		while (m.find()) {
			int s = m.start(1);
			int e = m.end(1);
			if (f.slots.stream().anyMatch((x) -> x.start() < e && s < x.end())) {
				continue;
			}
			projectAt(f, m.group(1), s, e, 0.6);
		}
	}

	/** The project a name at {@code [start, end)} of the sentence makes, now the project talked about. */
	private void projectAt(SentenceFacts f, String name, int start, int end, double confidence) {
		EntityTable.Entry e = this.table.project("Project", name, confidence);
		e.mention(f.sentence.evidence(start, end));
		f.slots.add(new SentenceFacts.Slot(e, start, end, false, false, false));
		this.lastProject = e;
	}

	private void collectPhrases(SentenceFacts f) {
		collectQuotedWorks(f);
		Integer largestCount = null;
		for (PhraseRecognizer.Mention p : f.phrases) {
			EntityTable.Entry e;
			boolean anaphor = p.anaphor();
			switch (p.kind()) {
				case "Program" -> {
					if (largestCount != null && p.count() < largestCount) {
						continue;
					}
					if (firmBefore(f, p) && eachIn(f, p)) {
						// "CATL will invest ... in three battery projects in Yibin, Zhaoqing and Xiapu": a firm's
						// projects, one in each place, not a batch
						continue;
					}
					largestCount = p.count();
					if (this.lastProgram != null && PART_OF_BATCH_BEFORE.matcher(f.text().substring(0, p.start()) + p.name() + " ").find()) {
						// "the remaining five projects", "the other three": part of the batch named before, no batch
						// of their own
						e = this.lastProgram;
						anaphor = true;
						break;
					}
					String told = p.name() + programTail(f.text().substring(p.end()));
					e = this.table.program(told, p.count(), 0.85);
					e.names.add(p.name());
					if (!p.bareName().equals(p.name())) {
						e.names.add(p.bareName());
					}
					this.lastProgram = e;
					anaphor = false;
				}
				case "Project" -> {
					if (namedBeforeThing(f, p)) {
						// "Called Fab 68, the new factory ...": the name goes to the thing after it
						continue;
					}
					if (ANY_ONE.matcher(p.name()).find() || ANY_ONE_BEFORE.matcher(f.text().substring(0, p.start())).find()) {
						// "has exceeded any previous LCD production line": any one, no one built
						continue;
					}
					if (!p.anaphor() && WHAT_IT_IS_TO_BE.matcher(f.text().substring(0, p.start())).find()) {
						// "The park aims to serve as a ... platform", "designed to become a world-class innovation
						// base": what a project is to be, no project of its own
						continue;
					}
					if (!p.anaphor() && (PARTS_OF_THE_PROJECT.matcher(f.text().substring(0, p.start())).matches()
							|| PARTS_AFTER_THE_PROJECT.matcher(f.text().substring(0, p.start())).find())) {
						// the parts of the project the sentence is about are no projects of their own
						continue;
					}
					if (GERUND_OPENING.matcher(f.text().substring(0, p.start())).matches()) {
						// "Building a plant for small LCDs requires less investment": any plant, not one being built
						continue;
					}
					if (anaphor) {
						e = p.plural() ? (this.lastProgram != null ? this.lastProgram : this.lastProject) : this.lastProject;
						if (e == null) {
							continue;
						}
						if (!p.plural()) {
							e = theOneInThePlaceOpening(f, e);
						}
					}
					else if (p.plural() && this.lastProgram != null && EntityTable.contentWords(this.lastProgram.name())
						.containsAll(EntityTable.contentWords(p.name()))) {
						e = this.lastProgram;
						anaphor = true;
					}
					else if (p.plural() && !counted(p.name())) {
						// "R&D centers", "cooperative projects": a kind of project, several of them, none named; "two
						// computing clusters" is still one group of them
						e = this.lastProgram;
						if (e == null) {
							continue;
						}
						anaphor = true;
					}
					else if (nationalStrategy(f, p)) {
						// "the Belt and Road Initiative": a national policy the news invokes, not a project one builds
						continue;
					}
					else if (p.plural() && p.count() != null && PLURAL_HEAD.matcher(p.name()).find()) {
						// "two assembly and test plants in Shanghai and Chengdu": one plant in each place; counted
						// otherwise ("six Verbund sites"), several plants, none of them named
						eachIn(f, p);
						continue;
					}
					else if (p.plural() && p.count() != null && p.count() >= 2 && p.possessor() < 0 && COUNTED_CENTRES.matcher(p.name()).find()) {
						// "Continental has built ... 17 R&D centers in China": several centres, counted, none of them
						// named (unlike "two computing clusters", which a plan builds as one)
						continue;
					}
					else if (rankedOnly(p.name()) && this.lastProject != null) {
						// "the largest ... project", "China's first ... line": what the project talked about is
						e = this.lastProject;
						anaphor = true;
					}
					else if (bareHead(p) && sumOfItsOwn(f, p)) {
						// "a new $500 million plant", "a $2.35bn facility in the Shenzhen region": a thing of its own,
						// told by its sum, however many plants the article has told of
						String where = placeAfter(f, p.end());
						e = this.table.add("Project", p.name(), 0.6);
						e.toldBySum = true;
						if (where != null) {
							e.names.add(p.name() + " in " + where);
						}
						this.lastProject = e;
					}
					else if (bareHead(p) && placeAfter(f, p.end()) == null) {
						// "a new plant", "the Fab", "investment projects": a head word alone names nothing; the thing
						// talked about, if there is one
						e = this.lastProject;
						if (e == null) {
							continue;
						}
						anaphor = true;
					}
					else {
						String head = p.name().toLowerCase(java.util.Locale.ROOT);
						double c = head.contains("project") ? 0.8 : 0.6;
						String where = placeAfter(f, p.end());
						e = this.table.project("Project", p.name(), where, p.plural() ? c - 0.2 : c);
						if (EntityTable.phaseOf(p.name()) != null && !p.bareName().equals(p.name())) {
							// "the second phase of X": X is named too, the whole of which the phase is part
							int at = p.end() - p.bareName().length();
							this.table.project("Project", p.bareName(), c).mention(f.sentence.evidence(at, p.end()));
						}
						String shorter = PhraseRecognizer.withoutLeadingGenerics(p.name());
						if (!shorter.isEmpty() && !shorter.equals(p.name()) && !ProjectCoreference.otherOne(p.name())) {
							e.names.add(shorter);
						}
						if (p.phase() != null) {
							e.properties.put("phase", p.phase());
						}
						if (where != null) {
							e.names.add(p.name() + " in " + where);
						}
						this.lastProject = e;
					}
				}
				case "Fund" -> {
					if (anaphor) {
						e = this.lastFund;
						if (e == null) {
							continue;
						}
					}
					else {
						if (overlapsOrganisation(f, p.start(), p.end())) {
							continue;
						}
						if (kindOfFund(p.name())) {
							// "private equity funds", "a fund": a kind of fund, or the one talked about
							e = this.lastFund;
							if (e == null) {
								continue;
							}
							anaphor = true;
							break;
						}
						if (fundPhase(f, p.name(), p.start(), p.end(), this.known.find(p.name())) != null) {
							continue;
						}
						e = this.table.organisation("Fund", p.name(), null, 0.6);
						this.lastFund = e;
					}
				}
				case "Park" -> {
					if (anaphor && this.lastProject != null && this.lastProject.names.stream()
						.anyMatch((n) -> n.toLowerCase(java.util.Locale.ROOT).endsWith(" park"))) {
						// "The 512-million-yuan park will feature ...": the park being built, a project told of before
						e = this.lastProject;
						f.slots.add(new SentenceFacts.Slot(e, p.start(), p.end(), true, false, false));
						continue;
					}
					if (anaphor && THE_BEFORE.matcher(f.text().substring(0, p.start())).find() && this.lastPark != null
							&& !overlapsOrganisation(f, p.start(), p.end())) {
						// "invested $170 million in the future 7.2-square-kilometer park": the park named before
						f.slots.add(new SentenceFacts.Slot(this.lastPark, p.start(), p.end(), true, false, false));
						continue;
					}
					if (anaphor || overlapsOrganisation(f, p.start(), p.end()) || describedOnly(p.name())
							|| !OrganizationRecognizer.namesOne(p.name())) {
						continue;
					}
					e = this.table.organisation("Park", p.name(), null, 0.55);
					e.properties.putIfAbsent("kind", p.name().toLowerCase(java.util.Locale.ROOT).contains("industrial park") ? "industrial park" : "park");
					this.lastPark = e;
				}
				default -> {
					continue;
				}
			}
			if (!anaphor) {
				e.mention(f.sentence.evidence(p.start(), p.end()));
			}
			if (p.kind().equals("Project") && !p.plural()) {
				// "The new factory, named Fab 68, ...": the name given is the project's own
				java.util.regex.Matcher named = NAMED_AFTER.matcher(f.text().substring(p.end()));
				if (named.lookingAt()) {
					// the name given comes first: it is what the project is called, the phrase only describes it
					e.nameFirst(named.group(1));
				}
				// "Called Fab 68, the new factory will ...": the same, written before the thing
				java.util.regex.Matcher before = NAMED_BEFORE.matcher(f.text().substring(0, p.start()));
				if (before.find()) {
					e.names.add(before.group(1));
				}
			}
			f.slots.add(new SentenceFacts.Slot(e, p.start(), p.end(), anaphor, p.possessor() >= 0, false));
		}
	}

	/**
	 * What the words after a batch's count say of it ("the first 20 projects of the Singapore-Sichuan Hi-Tech
	 * Innovation Park", "28 new projects with total contractual foreign investment of US$ 122.63 million", "3,000
	 * projects at or above the hundreds million yuan level"): the phrases that open with "of", "with", "worth", "at",
	 * "in", "for" or "from", up to a comma, a bracket, the sentence's end, its verb or when it happened ("on Tuesday",
	 * "yesterday", "last week"); "" when none follows.
	 */
	/**
	 * A post after a comma: "Peter Halden, Norvale's Asia-Pacific president", "Qu Daokui, the company's CEO", "Lin,
	 * chairman of ...".
	 */
	private static final Pattern POST_AFTER = Pattern.compile("^,\\s+(?:(?:the|its|their|a|an)\\s+|(?:[A-Z][\\w&.-]*\\s+){0,3}"
			+ "[A-Z][\\w&.-]*(?:'s|’s)\\s+)?(?:[\\w&-]+\\s+){0,3}?(?:president|vice[- ]president|chairman|chairwoman|"
			+ "ceo|cfo|cto|chief executive|founder|co-founder|director|general manager|spokesman|spokeswoman|"
			+ "spokesperson|professor|mayor|vice[- ]mayor|governor|minister|dean|analyst|economist|academician)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Whether a capitalised name is a person's: one to three words, none a firm's or body's word, and the post they
	 * hold written after a comma.
	 */
	private static boolean titledPerson(SentenceFacts f, OrganizationRecognizer.Mention o) {
		String[] words = o.name().split("\\s+");
		if (words.length > 3 || o.acronym() != null || !o.name().matches("[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")
				|| Arrays.stream(words).anyMatch((w) -> OrganizationRecognizer.isOrganisationWord(w))) {
			return false;
		}
		return POST_AFTER.matcher(f.text().substring(o.end())).lookingAt();
	}

	static String programTail(String after) {
		java.util.regex.Matcher m = PROGRAM_TAIL.matcher(after);
		if (!m.lookingAt()) {
			return "";
		}
		String tail = m.group(1).stripTrailing();
		String[] words = tail.strip().split("\\s+");
		return words.length > 16 || UNFINISHED.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT)) ? "" : tail;
	}

	private static final Pattern PROGRAM_TAIL = Pattern.compile("((?:\\s+(?:of|with(?=\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}(?:investments?|value|capital|output|worth)\\b)|worth|at(?=\\s+or\\s+above)|in|for|from)\\s+"
			+ "(?:(?!\\s(?:were|was|are|is|have|has|had|will|would|broke|break|began|begin|started|start|kicked|commenced|got|went|include|includes|including|cover|covers|covering|"
			+ "totaling|totalling|signed|and|by|at|during|since|as|which|that|on|yesterday|today|last)\\b)[^,;:()\\[\\]]|\\.(?=\\d))+?)+)"
			+ "(?=\\s*(?:[,;:()\\[\\]]|\\.(?!\\d)|$)|\\s(?:were|was|are|is|have|has|had|will|would|broke|break|began|"
			+ "begin|started|start|kicked|commenced|got|went|include|includes|"
			+ "including|cover|covers|covering|totaling|totalling|signed|and|by|at|during|since|as|which|that|on|yesterday|today|last)\\b)");

	/** The heads of counted centres, labs and institutes: "17 R&D centers", "two new labs". */
	private static final Pattern COUNTED_CENTRES = Pattern.compile("(?i)\\b(?:centers|centres|labs|laboratories|institutes|hubs|offices)$");

	/** What says a counted batch is the rest of one named before: "the remaining five projects", "the other 12". */
	private static final Pattern PART_OF_BATCH_BEFORE = Pattern.compile(
			"\\b(?:remaining|other|rest of the)\\s+(?:[\\w,-]+\\s+){0,3}?projects\\s+$", Pattern.CASE_INSENSITIVE);

	/** Words a phrase cannot end with: one that does was cut short ("60 projects worth more than"). */
	private static final Set<String> UNFINISHED = Set.of("than", "more", "over", "about", "around", "nearly", "of",
			"the", "a", "an", "with", "at", "in", "for", "from", "worth", "or", "above", "below", "up");

	/** ", named Fab 68", ", called X Park", ", dubbed X", " known as X": the proper name an appositive gives a thing. */
	private static final Pattern NAMED_AFTER = Pattern.compile(
			"\\s*(?:in\\s+\\p{Lu}\\p{L}+\\s*)?,?\\s*(?:named|called|dubbed|known as)\\s+(?:simply\\s+|just\\s+)?[\"“]?((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|\\d+)){0,5})");

	/**
	 * A project's parts, listed after it: "The project includes an intelligent manufacturing center ..., an R&D
	 * center and a materials institute", "the base will comprise ...".
	 */
	private static final Pattern PARTS_OF_THE_PROJECT = Pattern.compile("^\\s*(?:The|This|Its)\\s+(?:new\\s+)?"
			+ "(?:project|plant|base|facility|factory|park|campus|complex|center|centre)\\s+(?:will\\s+|would\\s+|is\\s+to\\s+)?"
			+ "(?:also\\s+)?(?:include|includes|including|comprise|comprises|consist\\s+of|consists\\s+of|feature|features|"
			+ "cover|covers|house|houses|contain|contains)\\b[^.;]*$");

	/** "the" or "this" right before a phrase. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\b(?:the|this)\\s+$");

	/** "the project will cover 374,000 square meters, featuring the ... plant": a part, told after the project. */
	/** "any", "every": a thing of a kind, none in particular. */
	private static final Pattern ANY_ONE = Pattern.compile("(?i)\\b(?:any|every)\\s");

	private static final Pattern ANY_ONE_BEFORE = Pattern.compile("(?i)\\b(?:any|every)\\s+(?:other\\s+|previous\\s+)?$");

	private static final Pattern PARTS_AFTER_THE_PROJECT = Pattern.compile("(?i)\\b(?:the|this|its)\\s+(?:new\\s+)?"
			+ "(?:project|plant|base|facility|factory|campus|complex|center|centre)\\b[^.;]*,\\s*(?:featuring|including|"
			+ "comprising|housing)\\s+(?:the\\s+|an?\\s+)?$");

	/** "serve as a", "to become an", "positioning itself as a", "be built into a": what the subject is to be. */
	private static final Pattern WHAT_IT_IS_TO_BE = Pattern.compile("(?i)\\b(?:serves?|serving|act|acts|acting|function|"
			+ "functions|positioning\\s+(?:itself|it)|positioned|be\\s+built|be\\s+developed|be\\s+turned)\\s+(?:as|into)\\s+"
			+ "(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,6}$|\\b(?:become|becoming|becomes)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,6}$"
			+ "|\\b(?:will|would)\\s+be\\s+(?:(?:the|its|their|[\\p{L}-]+['’]s)\\s+(?:[\\w-]+\\s+){0,6})?$"
			+ "|\\b(?:convert|converts|converting|turn|turns|turning|transform|transforms|transforming|build|building|make|making)"
			+ "\\b[^.;]{0,80}\\binto\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,6}$");

	/** A gerund opening the sentence or a quotation, then "a": "Building a ...", "“Setting up an ...". */
	private static final Pattern GERUND_OPENING = Pattern.compile("\\s*[\"“]?\\s*\\p{Lu}\\p{Ll}+ing(?:\\s+up)?\\s+(?:a|an)\\s+");

	/** Whether the phrase is the name a "Called X, the ..." opening gives the project phrase after it. */
	private static boolean namedBeforeThing(SentenceFacts f, PhraseRecognizer.Mention p) {
		for (PhraseRecognizer.Mention q : f.phrases) {
			if (q != p && q.kind().equals("Project") && q.start() > p.end()) {
				java.util.regex.Matcher m = NAMED_BEFORE.matcher(f.text().substring(0, q.start()));
				if (m.find() && m.group(1).equals(p.name())) {
					return true;
				}
			}
		}
		return false;
	}

	/** "Called Fab 68, the ...", "Named X Park, a ...": the proper name given before the thing, opening its clause. */
	private static final Pattern NAMED_BEFORE = Pattern.compile(
			"(?:^|[.;:]\\s+)(?:Called|Named|Dubbed|Known as)\\s+[\"“]?((?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|\\d+)){0,5})"
					+ "[\"”]?\\s*,\\s*(?:the|its|this|a|an)?\\s*$");

	/**
	 * Whether a park's name only describes a kind of park ("an export-oriented industrial park", "the largest
	 * high-tech zone", "a 6.77 square kilometers IC industry park"): it starts in lower case with a word that ranks,
	 * rates or measures it.
	 */
	private static boolean describedOnly(String name) {
		String first = name.split("[ ]")[0];
		return !first.isEmpty() && !Character.isUpperCase(first.charAt(0))
				&& (DESCRIPTIONS.contains(first) || Character.isDigit(first.charAt(0)));
	}

	private static final Set<String> DESCRIPTIONS = Set.of("first", "second", "third", "largest", "biggest", "top",
			"leading", "world-class", "export-oriented", "national", "state-level", "provincial-level", "new", "major",
			"key", "modern", "large", "big", "comprehensive", "economic", "start-ups", "start-up");

	private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten)\\b");

	/** Whether a phrase says how many things it names ("two computing clusters", "3 plants"). */
	private static boolean counted(String name) {
		// what follows the head says no count: "manufacturing projects for the first quarter of 2023"
		String head = name.split("\\s+(?:for|of|in|at|with|from|by)\\s+", 2)[0];
		return COUNT.matcher(head).find();
	}

	/**
	 * Whether a project's phrase opens with a word that ranks or rates it ("the largest ... project", "China's first
	 * ... line", "an important cooperation project", "a world-class ... base"): it says what the project is, not
	 * which one, so it is the project talked about, or none.
	 */
	private static boolean rankedOnly(String name) {
		String[] words = name.split(" ");
		int k = 0;
		if (words.length > 1 && Text.isPossessive(words[0])) {
			k = 1;
		}
		return k < words.length - 1 && RANKS.contains(words[k].toLowerCase(java.util.Locale.ROOT));
	}

	private static final Set<String> RANKS = Set.of("largest", "biggest", "first", "leading", "top", "world-class",
			"world-leading", "important", "major", "key", "large", "large-scale", "promising", "comprehensive",
			"national", "domestic", "most", "best");

	/** Whether a project's name is its head word alone, or with words that say nothing of which one it is. */
	private static final Pattern JOINT_LAB = Pattern.compile("(?i)\\bjoint\\s+(?:lab|laboratory|research\\s+(?:center|centre|institute))\\b");

	/** A headline's verb after a name: "... Virtual Reality Launched", "... Center Opens". */
	private static final Pattern HEADLINE_VERB_AFTER = Pattern.compile("\\s+(?:Launched|Opens|Opened|Unveiled|Inaugurated|Established|Set Up)$");

	private static final Pattern CENTRE = Pattern.compile("(?i)\\b(?:center|centre)$");

	/** A sum right before a phrase that "a" or "an" opens: "a new $500 million plant", "an RMB 2 billion base". */
	private static final Pattern A_SUM = Pattern.compile("\\b(?:a|an)\\s+(?:new\\s+)?$");

	private static boolean sumOfItsOwn(SentenceFacts f, PhraseRecognizer.Mention p) {
		return f.money.stream().anyMatch((m) -> !m.conversion() && m.end() <= p.start()
				&& f.text().substring(m.end(), p.start()).matches("[\\s-]*")
				&& A_SUM.matcher(f.text().substring(0, m.start())).find());
	}

	private static boolean bareHead(PhraseRecognizer.Mention p) {
		List<String> words = List.of(PhraseRecognizer.withoutLeadingGenerics(p.name()).split(" "));
		return words.size() == 1 || words.size() == 2 && BARE_MODIFIERS.contains(words.get(0).toLowerCase(java.util.Locale.ROOT));
	}

	private static final Set<String> BARE_MODIFIERS = Set.of("investment", "construction", "manufacturing", "production");

	private static final Pattern IN_AT = Pattern.compile("^\\s+(?:in|at)\\s+(?:the\\s+)?");

	/**
	 * "a chip packaging plant in Xi'an": the place or park named right after a project's phrase, which also names
	 * it ("chip packaging plant in Xi'an").
	 */
	private static String placeAfter(SentenceFacts f, int end) {
		java.util.regex.Matcher m = IN_AT.matcher(f.text().substring(end));
		if (!m.find()) {
			return null;
		}
		int at = end + m.end();
		// a park named after its place ("in the Tianjin Economic-Technological Development Area") is where, not the place
		for (OrganizationRecognizer.Mention o : f.organisations) {
			if (o.start() == at && "Park".equals(o.kind())) {
				return f.text().substring(o.start(), o.end());
			}
		}
		for (PlaceRecognizer.Mention pl : f.places) {
			if (pl.start() == at && !pl.candidates().isEmpty()) {
				return f.text().substring(pl.start(), pl.end());
			}
		}
		return null;
	}

	/** Whether a firm's name stands before the phrase in its sentence. */
	private static boolean firmBefore(SentenceFacts f, PhraseRecognizer.Mention p) {
		return f.slots.stream().anyMatch((s) -> s.kind().equals("Company") && s.end() <= p.start());
	}

	/** "In Yibin, Sichuan, the project will ...": a sentence that opens on a place. */
	private static final Pattern PLACE_OPENING = Pattern.compile("^\\s*In\\s+([\\p{Lu}][\\p{L}'’-]*(?:\\s[\\p{Lu}][\\p{L}'’-]*)?)\\s*,");

	/**
	 * Of projects told of together, one in each place, the one in the place the sentence opens on; else the project
	 * talked about.
	 */
	private static EntityTable.Entry theOneInThePlaceOpening(SentenceFacts f, EntityTable.Entry last) {
		Matcher m = PLACE_OPENING.matcher(f.text());
		if (!last.oneOfSeveral() || !m.lookingAt()) {
			return last;
		}
		String place = m.group(1);
		return last.several.stream().filter((x) -> x.name().endsWith(" in " + place)).findFirst().orElse(last);
	}

	/**
	 * A counted plural whose places are as many as its count ("two assembly and test plants in Shanghai and Chengdu",
	 * "three R&D centers in Beijing, Shanghai and Xi'an"): one project in each place, named in the singular with its
	 * place ("assembly and test plant in Shanghai"). False, and nothing made, when the count and the places differ.
	 */
	private boolean eachIn(SentenceFacts f, PhraseRecognizer.Mention p) {
		if (!p.plural() || p.count() == null || p.count() < 2 || p.count() > 6) {
			return false;
		}
		List<String> places = placesAfter(f, p.end());
		String one = singular(COUNT.matcher(p.name()).replaceFirst("").strip().replaceAll("\\s+", " "));
		if (places.size() != p.count() || one.equals(p.name()) || one.isEmpty()) {
			return false;
		}
		List<EntityTable.Entry> several = new ArrayList<>();
		for (String place : places) {
			EntityTable.Entry e = this.table.project("Project", one + " in " + place, place, 0.6);
			e.several = several;
			several.add(e);
			e.mention(f.sentence.evidence(p.start(), p.end()));
			f.slots.add(new SentenceFacts.Slot(e, p.start(), p.end(), false, p.possessor() >= 0, false));
			this.lastProject = e;
		}
		return true;
	}

	/** "the third phase of (the) X Fund", "phase two of X Fund" right before a fund's name. */
	private static final Pattern FUND_PHASE_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?(?:(first|second|third|fourth|"
			+ "fifth)\\s+phase|phase\\s+(one|two|three|four|five|i|ii|iii|iv|v|\\d))\\s+of\\s+(?:the\\s+)?$");

	/** "X Fund Phase Three", "X Fund (Phase II)" right after a fund's name. */
	private static final Pattern FUND_PHASE_AFTER = Pattern.compile("(?i)^\\s+\\(?phase\\s+(one|two|three|four|five|i|ii|"
			+ "iii|iv|v|\\d)\\b\\)?");

	/** A place's possessive before a name: "China's", "Shanghai’s". */
	private static final Pattern POSSESSIVE_OPENING = Pattern.compile("^\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?['’]s\\s+");

	/** The fund each phase of a fund is a phase of, by its usual name. */
	private final java.util.Map<EntityTable.Entry, String> phaseOf = new java.util.IdentityHashMap<>();

	/**
	 * A phase of a fund ("the third phase of the National Integrated Circuit Industry Investment Fund", "Big Fund Phase
	 * Three") is a fund of its own, with its own capital and shareholders; the fund it is a phase of is named too. Two
	 * spellings of the same phase of the same fund are one. Null, and nothing made, when no phase is written.
	 */
	private EntityTable.Entry fundPhase(SentenceFacts f, String name, int start, int end, KnownOrganizations.Known known) {
		String text = f.text();
		Matcher before = FUND_PHASE_BEFORE.matcher(text).region(0, Math.max(0, start));
		Matcher after = FUND_PHASE_AFTER.matcher(text).region(Math.min(end, text.length()), text.length());
		Integer phase;
		int s = start;
		int e = end;
		String base = POSSESSIVE_OPENING.matcher(name).replaceFirst("");
		String phaseName;
		if (before.find()) {
			String w = before.group(1) != null ? before.group(1) : before.group(2);
			phase = PhraseRecognizer.ordinal(w.toLowerCase(java.util.Locale.ROOT));
			s = before.start();
			phaseName = text.substring(s, end).replaceFirst("(?i)^the\\s+", "");
		}
		else if (after.lookingAt()) {
			phase = PhraseRecognizer.ordinal(after.group(1).toLowerCase(java.util.Locale.ROOT));
			e = after.end();
			phaseName = base + text.substring(end, e).replaceAll("[()]", "").replaceAll("\\s+", " ");
		}
		else {
			return null;
		}
		if (phase == null) {
			return null;
		}
		KnownOrganizations.Known listed = known != null ? known : this.known.find(base);
		String whole = listed != null ? listed.name() : Text.normalise(Text.withoutLegalForm(base));
		EntityTable.Entry entry = this.table.entries().stream()
			.filter((x) -> x.kind.equals("Fund") && phase.equals(x.properties.get("phase")) && whole.equals(this.phaseOf.get(x)))
			.findFirst().orElse(null);
		if (entry == null) {
			entry = this.table.distinct("Fund", phaseName, 0.7);
			entry.properties.put("phase", phase);
			this.phaseOf.put(entry, whole);
		}
		entry.names.add(phaseName);
		entry.mention(f.sentence.evidence(s, e));
		// the fund it is a phase of, named too
		String bare = Text.withoutLegalForm(base);
		EntityTable.Entry parent = this.table.entries().stream()
			.filter((x) -> x.kind.equals("Fund") && !this.phaseOf.containsKey(x) && x.names.stream()
				.anyMatch((n) -> Text.normalise(n).equals(Text.normalise(bare)) || listed != null && n.equals(listed.name())))
			.findFirst().orElse(null);
		if (parent == null) {
			parent = this.table.distinct("Fund", bare, listed != null ? 0.8 : 0.6);
		}
		parent.names.add(bare);
		if (listed != null) {
			knownAs(parent, listed);
		}
		parent.mention(f.sentence.evidence(start, end));
		f.slots.add(new SentenceFacts.Slot(parent, start, end, false, false, true));
		f.slots.add(new SentenceFacts.Slot(entry, s, e, false, false, false));
		this.lastFund = entry;
		return entry;
	}

	private static final Set<String> FUND_KINDS = Set.of("a", "an", "the", "this", "that", "its", "fund", "funds",
			"private", "equity", "venture", "capital", "investment", "industrial", "industry", "guidance", "special",
			"new", "government", "state", "public", "mutual", "hedge", "sovereign", "wealth");

	/** A fund's phrase in lower case of only words of a kind of fund: "private equity fund", "the fund". */
	private static boolean kindOfFund(String name) {
		for (String w : name.split("[\\s-]+")) {
			if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || !FUND_KINDS.contains(w))) {
				return false;
			}
		}
		return true;
	}

	/** National strategies news names as initiatives or projects: policies, not things built. */
	private static final Pattern NATIONAL_STRATEGY = Pattern.compile("(?i)\\bbelt and road\\b|\\bone belt,? one road\\b|"
			+ "\\bmade in china 2025\\b|\\binternet plus\\b|\\bwestern development\\b|\\brural revitali[sz]ation\\b|"
			+ "\\bdual[- ]carbon\\b|\\bcommon prosperity\\b");

	/** Whether the phrase is, or ends, a national strategy's name ("Made in China 2025 project" read as "China 2025 project"). */
	private static boolean nationalStrategy(SentenceFacts f, PhraseRecognizer.Mention p) {
		int from = Math.max(0, p.start() - 30);
		java.util.regex.Matcher m = NATIONAL_STRATEGY.matcher(f.text().substring(from, p.end()));
		while (m.find()) {
			if (from + m.end() > p.start()) {
				return true;
			}
		}
		return false;
	}

	/** The places listed right after a phrase: "in Shanghai and Chengdu", "in Beijing, Shanghai and Xi'an". */
	private static List<String> placesAfter(SentenceFacts f, int end) {
		java.util.regex.Matcher m = IN_AT.matcher(f.text().substring(end));
		List<String> out = new ArrayList<>();
		if (!m.find()) {
			return out;
		}
		int at = end + m.end();
		boolean open = true; // a place must follow: after "in", "and"
		while (true) {
			int from = at;
			PlaceRecognizer.Mention place = f.places.stream().filter((pl) -> pl.start() == from && !pl.candidates().isEmpty())
				.findFirst().orElse(null);
			if (place == null) {
				// "in Shanghai and Chengdu, along with ...": the list ended at the comma
				return open ? List.of() : out;
			}
			out.add(f.text().substring(place.start(), place.end()));
			java.util.regex.Matcher sep = LIST_SEPARATOR.matcher(f.text().substring(place.end()));
			if (!sep.lookingAt()) {
				return out;
			}
			open = sep.group().contains("and");
			at = place.end() + sep.end();
		}
	}

	private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,\\s*and|,|and)\\s+");

	/** The phrase with its head in the singular: "assembly and test plants" → "assembly and test plant". */
	static String singular(String phrase) {
		java.util.regex.Matcher m = PLURAL_HEAD.matcher(phrase);
		if (!m.find()) {
			// "battery projects", one in each place
			return phrase.replaceFirst("(?i)\\bprojects\\b", "project");
		}
		String head = m.group(1);
		String one = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y" : head.substring(0, head.length() - 1);
		return phrase.substring(0, m.start(1)) + one + phrase.substring(m.end(1));
	}

	/** The plural heads a count makes several projects of (counted "projects" are a batch; "centers" stay as they were). */
	private static final Pattern PLURAL_HEAD = Pattern.compile("(?i)\\b(" + String.join("|", PhraseRecognizer.COUNTED_WORKS) + ")\\b");

	private static boolean overlapsOrganisation(SentenceFacts f, int start, int end) {
		return f.organisations.stream().anyMatch((o) -> o.kind() != null && o.start() < end && start < o.end());
	}

	/** "the park", "the company", "the group", "the fund": the last one named. */
	private void collectReferences(SentenceFacts f) {
		for (int i = 0; i + 1 < f.tokens.size(); i++) {
			if (!f.tokens.get(i).is("the")) {
				continue;
			}
			Token next = f.tokens.get(i + 1);
			// "the Fujian-based company", "the state-owned group"
			if (OrganizationRecognizer.describing(next.text()) && i + 2 < f.tokens.size()) {
				next = f.tokens.get(i + 2);
			}
			String w = Text.stripPossessive(next.lower());
			boolean phase = w.equals("phase") || i + 2 < f.tokens.size() && PhraseRecognizer.ordinal(w) != null
					&& f.tokens.get(i + 2).is("phase");
			if (phase && this.lastProject != null) {
				Token last = w.equals("phase") ? next : f.tokens.get(i + 2);
				f.slots.add(new SentenceFacts.Slot(this.lastProject, f.tokens.get(i).start(), last.end(), true, false, false));
				continue;
			}
			EntityTable.Entry e = switch (w) {
				case "park", "zone" -> this.lastPark;
				case "company", "group", "firm", "enterprise" -> this.lastCompany;
				default -> null;
			};
			if (e != null) {
				int at = i;
				boolean taken = f.slots.stream().anyMatch((s) -> s.start() <= f.tokens.get(at).start() && f.tokens.get(at + 1).end() <= s.end());
				if (!taken) {
					f.slots.add(new SentenceFacts.Slot(e, f.tokens.get(i).start(), next.end(), true, Text.isPossessive(next.text()), false));
				}
			}
		}
		// "It will also set up an R&D center": the firm the sentence before opened on, when this one opens on "It"
		// and an act of its own
		if (f.tokens.size() > 2 && f.tokens.get(0).text().equals("It") && IT_ACTS.contains(f.tokens.get(1).lower())
				&& this.lastCompany != null && this.firmOpened == f.index - 1) {
			f.slots.add(new SentenceFacts.Slot(this.lastCompany, f.tokens.get(0).start(), f.tokens.get(0).end(), true, false, false));
		}
		int opening = f.tokens.isEmpty() ? 0 : f.tokens.get(0).start();
		if (this.lastCompany != null && f.slots.stream().anyMatch((s) -> s.entry() == this.lastCompany && s.start() <= opening + 4)) {
			this.firmOpened = f.index;
		}
	}

	/** What "It" opening a sentence does when it stands for a firm: "It will", "It also", "It plans". */
	private static final Set<String> IT_ACTS = Set.of("will", "also", "plans", "intends", "aims", "then", "would", "has");

	/** The index of the last sentence that opened on the last firm named, or -2. */
	private int firmOpened = -2;

	/**
	 * "semiconductor display": the trade's name for flat panels (半导体显示, which the vocabulary reads as Display), so
	 * the word "semiconductor" in it names no chip sector; "display" after it names the Display sector.
	 */
	private static final Pattern SEMICONDUCTOR_DISPLAY = Pattern.compile("(?i)semiconductor[\\s-]+display");

	/**
	 * What a product is used in ("widely used in ... fields, including power transmission, aerospace, new energy
	 * vehicles", "for applications in electric vehicles"): its customers' trades, not the sector of the firm or the
	 * project that makes it, up to the verb of another clause. ("Used to produce LED products" says what a line
	 * makes, and is no such list.)
	 */
	private static final Pattern USED_IN = Pattern.compile("(?i)\\b((used|uses)\\s+(in|for|across)|applied\\s+(in|to)|applications?\\s+(in|for|across))\\b"
			+ "(?:(?!\\b(?:will|is|are|was|were|has|have|had|which|that|while|but)\\b)[^.;:]){0,120}$");

	private void collectSectors(SentenceFacts f) {
		for (SectorVocabulary.Mention m : f.sectors) {
			boolean inName = f.organisations.stream().anyMatch((o) -> o.kind() != null && !o.kind().equals("Park")
					&& o.start() <= m.start() && m.end() <= o.end());
			if (inName || SEMICONDUCTOR_DISPLAY.matcher(f.text().substring(m.start())).lookingAt()
					|| USED_IN.matcher(f.text().substring(0, m.start())).find()) {
				continue;
			}
			EntityTable.Entry e = this.table.keyed("Sector", m.sectorId(), m.name(), 0.7);
			e.names.add(m.text());
			e.properties.put("sectorId", m.sectorId());
			e.mention(f.sentence.evidence(m.start(), m.end()));
			f.slots.add(new SentenceFacts.Slot(e, m.start(), m.end(), false, false, false));
		}
	}

	private void remember(EntityTable.Entry e) {
		switch (e.kind) {
			case "Park" -> this.lastPark = e;
			case "Company" -> this.lastCompany = e;
			case "Fund" -> this.lastFund = e;
			default -> {
			}
		}
	}

	static final Set<String> PROJECT_KINDS = Set.copyOf(java.util.Arrays.asList("Project", "Program"));

}
