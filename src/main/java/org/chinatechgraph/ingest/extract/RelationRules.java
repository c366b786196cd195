package org.chinatechgraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relationships a sentence states between the things it names, and what it says of a project (amount,
 * status, dates, phases). Each rule reads the words between two mentions; see docs/extraction.md for the list.
 */
final class RelationRules {

	/** A relationship found, between two things of the table. */
	record Draft(String type, EntityTable.Entry from, EntityTable.Entry to, StatedAmount amount, Evidence evidence,
			double confidence, String kind) {
	}

	static final Set<String> ORGS = Set.copyOf(java.util.Arrays.asList("Company", "University", "Institute", "Government", "Park", "Fund"));

	static final Set<String> PLACES = Set.copyOf(java.util.Arrays.asList("Province", "City", "District", "Town"));

	private static final Set<String> HOLDERS = Set.copyOf(java.util.Arrays.asList("Project", "Program", "Fund", "Company", "Government",
			"Institute", "University", "Park"));

	private static final Set<String> BEFORE_PLACE = Set.copyOf(java.util.Arrays.asList("the", "city", "of", "county", "town", "district",
			"province", "east", "west", "north", "south", "central", "southwest", "southeast", "northwest",
			"northeast", "eastern", "western", "northern", "southern", "china’s", "china's", "china", "downtown"));

	private static final Pattern COOPERATION = Pattern.compile(
			"\\b(collaborat\\w*|cooperat\\w*|co-operat\\w*|partner(?:ed|ing|s|ship)?|jointly|joint[- ]ventures?|co-develop\\w*|join(?:ed)? hands|team(?:ed)? up|alliance|"
					+ "(?:signed|inked|struck|sealed|clinched|reached)\\b.{0,80}\\b(?:agreements?|contracts?|deals?|memorand(?:um|a|ums)|mous?|framework)"
					+ "|(?:agreements?|contracts?|deals?|memorand(?:um|a|ums)|mous?)\\b.{0,40}\\bsigned|together with)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SIGNED_DEAL = Pattern.compile("\\bsign(?:ed|ing)?\\b.{0,80}\\b(agreements?|contracts?|deals?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INVEST = Pattern.compile("\\b(invest|invests|invested|investing|fund|funds|funded|finance|finances|financed|inject|injects|injected|commit|commits|committed)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DEVELOP = Pattern.compile("\\b(build|builds|built|building|develop|develops|developed|developing|construct|constructs|constructed|constructing|set up|sets up|establish|establishes|established|place|places|placed|operate|operates|operated|launch|launches|launched|implement|implements|implemented|undertake|undertakes|undertook|break ground|breaks ground|broke ground|broken ground|(?:start|starts|started|begin|begins|began|commence|commenced|complete|completes|completed|finish|finishes|finished) (?:the )?construction|groundbreaking ceremony|construction of|open|opens|opened|opening|expand|expands|expanded|expanding|co-develop|co-develops|co-developed|co-build|co-built)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ANNOUNCE = Pattern.compile("\\b(released|announced|unveiled|issued|published|rolled out|roll out|launched)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PHASES = Pattern.compile("\\bin (two|three|four|five|six|\\d{1,3}) (?:phases|stages)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FUTURE = Pattern.compile("\\b(will|scheduled|plans?|planned|expected|slated|to be|is to|are to|aims?)\\b",
			Pattern.CASE_INSENSITIVE);

	/** When a project is due to be finished or to produce: "expected to start production in", "to be completed by". */
	private static final Pattern DUE = Pattern.compile("\\b(?:expected|scheduled|slated|set|due|planned|will|is to|are to)\\s+"
			+ "(?:to\\s+)?(?:be\\s+)?(?:completed|finished|put into (?:production|operation|use)|start production|begin production"
			+ "|start operation|begin operation|go into (?:production|operation)|be operational|operational|open|opened|"
			+ "start operating|come on stream|enter production)\\b");

	private static final Pattern NOT_INVESTMENT = Pattern.compile("^\\W*(?:\\w+\\W+){0,3}?(revenue|output|sales|income|tax|profit|value|equivalent|shares|stock|stocks|bonds"
			+ "|(?:acquire|acquiring|acquisition|buy|buying|purchase)\\b)",
			Pattern.CASE_INSENSITIVE);

	/** "an annual sales volume of more than 100 billion yuan", "GDP reached 26.93 billion yuan": a measure, no cost. */
	private static final Pattern MEASURE_BEFORE = Pattern.compile(
			"\\b(?:revenues?|output(?: value)?|sales(?: volume| revenue)?|income|tax(?:es|ation)?|profits?|gdp|turnover)"
					+ "\\s+(?:(?:of|at|reached|reaching|reach|to|hit|was|is|will|be|expected|amounted|amount)\\s+){0,4}"
					+ "(?:more than|over|about|around|nearly|some|up to|approximately|almost)?\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** Money right after an investing verb is what an investor commits, not the thing's total. */
	private static final Pattern COMMITTED = Pattern.compile(
			"\\b(invest|invests|invested|investing|commit|commits|committed|inject|injects|injected|put|puts)\\s+(?:a total of\\s+|about\\s+|around\\s+|nearly\\s+|over\\s+|more than\\s+|another\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SUBSIDIARY = Pattern.compile(
			"^\\s*(?:\\([^()]{1,30}\\)\\s*)?,\\s+(?:a|an|the)\\s+(?:(?:two|three|four|five|\\d+)\\s+)?(?:wholly[- ]owned\\s+|listed\\s+)?"
			+ "(?:subsidiary|subsidiaries|unit|units|arm|division|affiliate|affiliates)\\s+of\\s+(?:the\\s+)?"
			+ "(?:[\\p{L}.]+-(?:owned|based|listed|headquartered)\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/** "its subsidiary X", "its wholly-owned subsidiaries X": X belongs to the firm "its" stands for. */
	private static final Pattern ITS_SUBSIDIARY = Pattern.compile(
			"(?i)\\bits\\s+(?:wholly[- ]owned\\s+|listed\\s+)?(?:subsidiary|subsidiaries|unit|affiliate)\\s*,?\\s*(?:the\\s+)?$");

	/** Between an owner and its unit: "X's wholly-owned subsidiary Y", "X's unit, Y". */
	private static final Pattern OWNERS_SUBSIDIARY = Pattern.compile(
			"(?i)\\s*(?:['’]s?)\\s+(?:wholly[- ]owned\\s+|fully[- ]owned\\s+|listed\\s+|majority[- ]owned\\s+)?(?:subsidiary|unit|affiliate)\\s*,?\\s*(?:the\\s+)?");

	/** "its X Co. Ltd. subsidiary": the same, the kind word after the name. */
	private static final Pattern SUBSIDIARY_AFTER = Pattern.compile("(?i)^\\s*(?:subsidiary|unit|affiliate)\\b");

	/**
	 * A firm's subsidiaries: "A, a subsidiary of B"; "A and B, the two subsidiaries of the French-owned C"; "X signed
	 * ... between its subsidiary A and ..."; "from its A Co. Ltd. subsidiary" ("its" is the firm named last before it).
	 */
	/** Whether the firm is the owner an appositive names after its unit ("X, a unit of Y"). */
	private static boolean ownerInAppositive(SentenceFacts f, List<SentenceFacts.Slot> slots, SentenceFacts.Slot owner) {
		return slots.stream().anyMatch((a) -> a != owner && a.end() <= owner.start() && a.kind().equals("Company")
				&& SUBSIDIARY.matcher(f.gap(a.end(), owner.start())).matches());
	}

	private void subsidiaries(SentenceFacts f, List<SentenceFacts.Slot> slots) {
		for (int i = 0; i + 1 < slots.size(); i++) {
			SentenceFacts.Slot a = slots.get(i);
			SentenceFacts.Slot b = slots.get(i + 1);
			if (a.kind().equals("Company") && b.kind().equals("Company")
					&& SUBSIDIARY.matcher(f.gap(a.end(), b.start())).matches()) {
				for (SentenceFacts.Slot unit : coordinated(f, slots, a)) {
					add("SUBSIDIARY_OF", unit.entry(), b.entry(), null, f, 0.75);
				}
			}
		}
		for (int i = 0; i + 1 < slots.size(); i++) {
			// "Orion Technology Co., Ltd.'s wholly-owned subsidiary Lumex Electronics Co., Ltd.": the owner's possessive
			SentenceFacts.Slot owner = slots.get(i);
			SentenceFacts.Slot unit = slots.get(i + 1);
			if (owner.kind().equals("Company") && unit.kind().equals("Company")
					&& OWNERS_SUBSIDIARY.matcher(f.gap(owner.end(), unit.start())).matches()) {
				add("SUBSIDIARY_OF", unit.entry(), owner.entry(), null, f, 0.75);
			}
		}
		for (int i = 1; i < slots.size(); i++) {
			SentenceFacts.Slot unit = slots.get(i);
			if (!unit.kind().equals("Company")) {
				continue;
			}
			String before = f.text().substring(0, unit.start());
			boolean its = ITS_SUBSIDIARY.matcher(before).find()
					|| before.matches("(?is).*\\bits\\s+$") && SUBSIDIARY_AFTER.matcher(f.text().substring(unit.end())).lookingAt();
			if (!its) {
				continue;
			}
			int at = before.toLowerCase(Locale.ROOT).lastIndexOf("its");
			slots.subList(0, i).stream().filter((o) -> o.kind().equals("Company") && o.end() <= at && o.entry() != unit.entry())
				.reduce((x, y) -> y)
				.ifPresent((owner) -> add("SUBSIDIARY_OF", unit.entry(), owner.entry(), null, f, 0.7));
		}
	}

	/** Between a thing and what it costs: "will cost", "is worth", "with a total investment of". */
	private static final Pattern COSTS = Pattern.compile("(?i)\\s*,?\\s*(?:will|would|is|was|are|to)?\\s*(?:be\\s+)?"
			+ "(?:cost|costs|costing|worth|valued at|require|requires|required|with (?:a |an )?(?:total )?investment of"
			+ "|has a total investment of|have a total investment of|with a price tag of)"
			+ "\\s+(?:about|around|some|nearly|over|more than|roughly|up to|an estimated)?\\s*");

	private static final Pattern BUILT_BY = Pattern.compile(
			"\\b(built|developed|constructed|operated|undertaken|launched|run|implemented|co-developed|co-built|established|"
			+ "co-established|founded|co-founded|set\\s+up|created)\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

	/** "funded with a 3 billion yuan investment by X", "invested by X": X invests in the project before it. */
	private static final Pattern FUNDED_BY = Pattern.compile(
			"\\b(investment|invested|funded|financed|backed)\\s+by\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

	/** ", of which the Hefei government will contribute 20 billion yuan": a share of the cost told before. */
	private static final Pattern OF_WHICH = Pattern.compile("(?i),?\\s*of\\s+which\\s+(?:the\\s+)?$");

	private static final Pattern CONTRIBUTES = Pattern.compile("(?i)^\\s+(?:will\\s+|would\\s+|is\\s+to\\s+|is\\s+expected\\s+to\\s+)?"
			+ "(?:contribute|contributes|invest|invests|provide|provides|put\\s+in|puts\\s+in|fund|funds)\\s+(?:about\\s+|nearly\\s+|over\\s+)?$");

	/**
	 * "The project will cost 46 billion yuan, of which the Hefei government will contribute 20 billion yuan": the
	 * organisation puts its share into the project the sentence costs.
	 */
	private void sharesOfTheCost(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (SentenceFacts.Slot o : slots) {
			if (!ORGS.contains(o.kind()) || o.kind().equals("Park") || !OF_WHICH.matcher(f.text().substring(0, o.start())).find()) {
				continue;
			}
			MoneyParser.Mention share = f.money.stream().filter((m) -> !m.conversion() && m.start() >= o.end()
					&& CONTRIBUTES.matcher(f.text().substring(o.end(), m.start())).matches()).findFirst().orElse(null);
			if (share == null) {
				continue;
			}
			slots.stream().filter((s) -> s.kind().equals("Project") && s.end() <= o.start()).reduce((a, b) -> b)
				.ifPresent((p) -> add("INVESTS_IN", o.entry(), p.entry(), share.amount(), f, 0.65));
		}
	}

	/** "jointly initiated by X", "set up by X": X founds the fund before it. */
	private static final Pattern FUND_FOUNDED_BY = Pattern.compile("\\b(?:initiated|set\\s+up|established|sponsored|"
			+ "launched|founded|co-founded|created|backed|initiated\\s+and\\s+established)\\s+by\\s+(?:the\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLAUSE_BREAK = Pattern.compile("\\bwhile\\b|\\bwhereas\\b|;|\\bbut\\b");

	private static final List<String> STATUS_ORDER = List.of("planned", "announced", "signed", "under construction",
			"in production", "operating");

	/** With no "with" to split them, the most names a cooperation sentence can pair among themselves. */
	private static final int MAX_LISTED_PARTNERS = 3;

	private final EntityTable table;

	private final Gazetteer gazetteer;

	private final LocalDate published;

	private final Map<String, Draft> drafts = new LinkedHashMap<>();

	private List<SentenceFacts.Slot> lastCollaborators = List.of();

	private int lastCollaborationSentence = -5;

	RelationRules(EntityTable table, Gazetteer gazetteer, LocalDate published) {
		this.table = table;
		this.gazetteer = gazetteer;
		this.published = published;
	}

	List<Draft> drafts() {
		return new ArrayList<>(this.drafts.values());
	}

	void apply(List<SentenceFacts> facts) {
		SentenceFacts previous = null;
		for (SentenceFacts f : facts) {
			amounts(f);
			projectDetails(f);
			locatedIn(f);
			basedIn(f);
			placeSubject(f);
			parkSubject(f);
			nameContainsPlace(f);
			develops(f);
			partners(f, previous);
			invests(f);
			sharesOfTheCost(f);
			saidPartOf(f);
			investorsListed(f);
			schools(f);
			sectors(f, previous);
			announced(f);
			listedMembers(f);
			previous = f;
		}
		programMembers(facts);
		severalInTheirPlaces();
		sharedAmongSeveral();
		projectsWhereTheirSentencesAre(facts);
		projectsOfTheFirmTheirSentencesName(facts);
		projectsNamedAfterTheirFirm();
		soleInvestorsPayTheCost();
		soleDevelopersInvest();
		originalCurrencies(facts);
		governmentsSitWhereNamed();
		pruneLocations();
		foundersAreNoPartners();
	}

	/** Who founds or funds a fund invests in it; it is no partner of the fund ("a fund jointly initiated by X and Y"). */
	private void foundersAreNoPartners() {
		this.drafts.values().removeIf((d) -> d.type().equals("PARTNERS_WITH")
				&& (d.from().kind.equals("Fund") && !draftsBetween("INVESTS_IN", d.to(), d.from()).isEmpty()
						|| d.to().kind.equals("Fund") && !draftsBetween("INVESTS_IN", d.from(), d.to()).isEmpty()));
	}

	private List<Draft> draftsBetween(String type, EntityTable.Entry from, EntityTable.Entry to) {
		return this.drafts.values().stream().filter((d) -> d.type().equals(type) && d.from() == from && d.to() == to).toList();
	}

	/**
	 * A project whose cost is stated and which one investor alone is said to fund, with no sum of its own ("funded with
	 * a 3 billion yuan investment by X"): the investor puts in that cost.
	 */
	private void soleInvestorsPayTheCost() {
		for (EntityTable.Entry project : this.table.entries()) {
			List<Draft> investors = project.kind.equals("Project") && project.amount != null
					? draftsTo("INVESTS_IN", project) : List.of();
			if (investors.size() == 1 && investors.get(0).amount() == null) {
				Draft d = investors.get(0);
				add(d.type(), d.from(), project, project.amount, d.evidence(), d.confidence(), d.kind());
			}
		}
	}

	/** An investment, invested, investing: the cost is money someone puts in, not a price or a value. */
	private static final Pattern INVESTMENT_WORD = Pattern.compile("(?i)\\binvest(?:ment|ments|ed|s|ing)?\\b");

	/**
	 * A project whose cost the article gives as an investment ("The plant, with an investment of US$30 million",
	 * "the total investment for this capacity is RMB 14 billion") and which one firm alone develops, with no investor
	 * named: that firm invests the cost.
	 */
	private void soleDevelopersInvest() {
		for (EntityTable.Entry project : this.table.entries()) {
			SentenceFacts where = this.costSentences.get(project);
			if (!project.kind.equals("Project") || project.amount == null || where == null
					|| !INVESTMENT_WORD.matcher(where.text()).find() || !draftsTo("INVESTS_IN", project).isEmpty()) {
				continue;
			}
			List<Draft> developers = draftsTo("DEVELOPS", project);
			if (developers.size() == 1 && developers.get(0).from().kind.equals("Company")) {
				Draft d = developers.get(0);
				add("INVESTS_IN", d.from(), project, project.amount, where.sentence.evidence(0, where.text().length()),
						d.confidence(), null);
			}
		}
	}

	/**
	 * An amount the article also gives as the conversion of another ("RMB 14 billion, around $2.1 billion") is that
	 * other, in the currency the text states first: a thing costed at "$2.1 billion" in one sentence costs "RMB 14
	 * billion" where a later one gives both.
	 */
	private void originalCurrencies(List<SentenceFacts> facts) {
		Map<StatedAmount, StatedAmount> originals = new java.util.HashMap<>();
		for (SentenceFacts f : facts) {
			for (int i = 1; i < f.money.size(); i++) {
				MoneyParser.Mention c = f.money.get(i);
				MoneyParser.Mention o = f.money.get(i - 1);
				if (c.conversion() && !o.conversion() && !c.amount().currency().equals(o.amount().currency())) {
					originals.putIfAbsent(key(c.amount()), o.amount());
				}
			}
		}
		if (originals.isEmpty()) {
			return;
		}
		for (EntityTable.Entry e : this.table.entries()) {
			if (e.amount != null && originals.containsKey(key(e.amount))) {
				e.amount = originals.get(key(e.amount));
			}
		}
		this.drafts.replaceAll((k, d) -> d.amount() != null && originals.containsKey(key(d.amount()))
				? new Draft(d.type(), d.from(), d.to(), originals.get(key(d.amount())), d.evidence(), d.confidence(), d.kind())
				: d);
	}

	/** An amount by its value and currency alone, whatever its words. */
	private static StatedAmount key(StatedAmount a) {
		return new StatedAmount(a.value().stripTrailingZeros(), a.currency(), "");
	}

	private List<Draft> draftsTo(String type, EntityTable.Entry to) {
		return this.drafts.values().stream().filter((d) -> d.type().equals(type) && d.to() == to).toList();
	}

	/** A relationship a toolkit read in sentence {@code f} ({@link ExtractionToolkit.Analysis#relations}). */
	void read(String type, EntityTable.Entry from, EntityTable.Entry to, StatedAmount amount, SentenceFacts f,
			double confidence) {
		add(type, from, to, amount, f, confidence, null);
	}

	/** Whether the rules drafted a relationship of that type between the two, either way round. */
	boolean drafted(String type, EntityTable.Entry a, EntityTable.Entry b) {
		return this.drafts.values().stream().anyMatch((d) -> d.type().equals(type)
				&& (d.from() == a && d.to() == b || d.from() == b && d.to() == a));
	}

	private void add(String type, EntityTable.Entry from, EntityTable.Entry to, StatedAmount amount, SentenceFacts f,
			double confidence) {
		add(type, from, to, amount, f, confidence, null);
	}

	private void add(String type, EntityTable.Entry from, EntityTable.Entry to, StatedAmount amount, SentenceFacts f,
			double confidence, String kind) {
		add(type, from, to, amount, f.sentence.evidence(), confidence, kind);
	}

	private void add(String type, EntityTable.Entry from, EntityTable.Entry to, StatedAmount amount, Evidence evidence,
			double confidence, String kind) {
		if (from == null || to == null || from == to) {
			return;
		}
		if (type.equals("LOCATED_IN") && from.oneOfSeveral() && PLACES.contains(to.kind)
				&& to.names.stream().noneMatch((n) -> Text.normalise(from.name()).endsWith(" in " + Text.normalise(n)))) {
			// one of "two plants in Shanghai and Chengdu" is in the place its name gives, not in the other one
			return;
		}
		String key = type + "|" + System.identityHashCode(from) + "|" + System.identityHashCode(to);
		if (type.equals("PARTNERS_WITH")) {
			String reverse = type + "|" + System.identityHashCode(to) + "|" + System.identityHashCode(from);
			if (this.drafts.containsKey(reverse)) {
				return;
			}
		}
		Draft existing = this.drafts.get(key);
		if (existing == null || existing.amount() == null && amount != null || existing.kind() == null && kind != null) {
			this.drafts.put(key, new Draft(type, from, to, amount != null ? amount : existing == null ? null : existing.amount(),
					existing != null ? existing.evidence() : evidence,
					Math.max(confidence, existing == null ? 0 : existing.confidence()),
					existing != null && existing.kind() != null ? existing.kind() : kind));
		}
	}

	private static List<SentenceFacts.Slot> things(SentenceFacts f) {
		return f.sorted().stream().filter((s) -> !s.kind().equals("Sector") && !s.embedded()).toList();
	}

	/**
	 * "the aforementioned investment of 5.75 billion yuan will be poured into ... a glass project, ...": a sum told
	 * before, told again; it goes to none of the parts the sentence lists.
	 */
	private static final Pattern RESTATED_BEFORE = Pattern.compile(
			"(?i)\\b(?:aforementioned|above-mentioned|abovementioned|aforesaid|said)\\s+(?:[\\w-]+\\s+){0,2}(?:investment|sum|amount|funds?)"
					+ "\\s+(?:of\\s+)?(?:about\\s+|around\\s+|nearly\\s+|over\\s+)?$");

	/**
	 * What each of several things is worth at least ("831 projects each valued more than 50 million yuan", "54 projects
	 * each with an investment of over 1 billion yuan", "… 50 million yuan each"): a bar each clears, no one thing's
	 * total; or what a year's plan puts in ("The annual planned investment reached 88.2 billion yuan"), no total either.
	 */
	private static final Pattern EACH_OR_ANNUAL_BEFORE = Pattern.compile(
			"(?i)(?:\\beach\\s+(?:[\\w-]+\\s+){0,6}|\\b(?:annual|yearly|this year's)\\s+(?:planned\\s+)?investment\\s+"
					+ "(?:[\\w-]+\\s+){0,3})(?:more than|over|above|at least|exceeding|of|about|around|nearly)?\\s*$");

	private static final Pattern EACH_AFTER = Pattern.compile("(?i)^\\s*(?:each|apiece)\\b");

	/** Each amount goes to the nearest project, program or fund of its sentence that has none yet. */
	private void amounts(SentenceFacts f) {
		// of "three battery projects in Yibin, Zhaoqing and Xiapu", none holds the sum of all three
		List<SentenceFacts.Slot> holders = things(f).stream()
			.filter((s) -> Set.of("Project", "Program", "Fund").contains(s.kind()) && !toldTogether(f, s)).toList();
		for (MoneyParser.Mention m : f.money) {
			if (m.conversion() || NOT_INVESTMENT.matcher(f.text().substring(m.end())).find()
					|| MEASURE_BEFORE.matcher(f.text().substring(0, m.start())).find()
					|| RESTATED_BEFORE.matcher(f.text().substring(0, m.start())).find()
					|| EACH_OR_ANNUAL_BEFORE.matcher(f.text().substring(Math.max(0, m.start() - 80), m.start())).find()
					|| EACH_AFTER.matcher(f.text().substring(m.end())).find()) {
				continue;
			}
			if (COMMITTED.matcher(f.text().substring(0, m.start())).find()) {
				// "X will invest 1 billion yuan in building a production base": one investor's money is also the
				// project's investment, when the project has none stated
				holders.stream().filter((s) -> s.start() >= m.end() && s.kind().equals("Project") && !s.anaphor()
						&& !CLAUSE_BREAK.matcher(f.gap(m.end(), s.start())).find())
					.findFirst()
					.filter((s) -> s.entry().amount == null)
					.ifPresent((s) -> costed(s.entry(), m.amount(), f));
				continue;
			}
			SentenceFacts.Slot best = null;
			int distance = Integer.MAX_VALUE;
			for (SentenceFacts.Slot s : holders) {
				int d = s.end() <= m.start() ? m.start() - s.end() : s.start() - m.end();
				if (Math.abs(d) < distance) {
					distance = Math.abs(d);
					best = s;
				}
			}
			// "the Orion plant will cost 5 billion yuan, and the Lumex line 3 billion": what costs it comes before
			SentenceFacts.Slot costing = holders.stream()
				.filter((s) -> s.end() <= m.start() && COSTS.matcher(f.gap(s.end(), m.start())).matches())
				.reduce((a, b) -> b).orElse(null);
			if (costing != null) {
				best = costing;
			}
			SentenceFacts.Slot own = ownerBefore(f, holders, m);
			best = own != null ? own : batchOfExample(f, holders, best);
			if (best == null && this.lastHolder != null && f.index - this.lastHolderSentence <= 2
					&& STATED_INVESTMENT.matcher(f.text()).find() && !anyNamedThing(f)) {
				// "The total investment is estimated at 10 billion yuan.": about what the sentences before named
				best = new SentenceFacts.Slot(this.lastHolder, 0, 0, true, false, false);
			}
			if (best != null && best.entry().amount == null) {
				costed(best.entry(), m.amount(), f);
			}
		}
		if (!holders.isEmpty()) {
			this.lastHolder = holders.get(holders.size() - 1).entry();
			this.lastHolderSentence = f.index;
		}
	}

	/** Whether the slot is one of several projects a single plural phrase tells of together. */
	private static boolean toldTogether(SentenceFacts f, SentenceFacts.Slot s) {
		return s.entry().oneOfSeveral() && f.slots.stream().anyMatch((o) -> o != s && o.start() == s.start() && o.end() == s.end());
	}

	/** The sentence each thing's cost was read in. */
	private final Map<EntityTable.Entry, SentenceFacts> costSentences = new java.util.HashMap<>();

	private void costed(EntityTable.Entry e, StatedAmount amount, SentenceFacts f) {
		e.amount = amount;
		this.costSentences.put(e, f);
	}

	/**
	 * The thing a sum is given to by the words right before it: "including the Orion battery plant (8 billion yuan)",
	 * "the tourism complex project in Yizhou district, which has an investment of 1.2 billion yuan"; null if none.
	 */
	private static SentenceFacts.Slot ownerBefore(SentenceFacts f, List<SentenceFacts.Slot> holders, MoneyParser.Mention m) {
		return holders.stream()
			.filter((s) -> s.end() <= m.start() && !s.anaphor()
					&& (SUM_IN_BRACKETS.matcher(f.gap(s.end(), m.start())).matches()
							|| SUM_IN_RELATIVE.matcher(f.gap(s.end(), m.start())).matches())
					&& holders.stream().noneMatch((o) -> o != s && o.start() >= s.end() && o.end() <= m.start()))
			.reduce((a, b) -> b).orElse(null);
	}

	/** What stands between a thing and its sum in a relative clause: "X in Y district, which has an investment of". */
	private static final Pattern SUM_IN_RELATIVE = Pattern.compile(
			"(?i)[^,;]{0,60},\\s*(?:which|that)\\s+(?:has|had|have|involves|involved|requires|required|will\\s+have|will\\s+involve|"
					+ "will\\s+require|is\\s+worth)\\s+(?:an?\\s+)?(?:total\\s+)?(?:investment\\s+of\\s+)?(?:about|around|nearly|over|more than|some)?\\s*");

	/** What stands between a thing and its sum in brackets: "X (8 billion yuan)", "X (total investment: about $1 billion)". */
	private static final Pattern SUM_IN_BRACKETS = Pattern.compile(
			"\\s*[(\\[]\\s*(?:(?:with\\s+)?(?:an?\\s+)?(?:total\\s+)?(?:investment|worth|value|cost)(?:\\s+of)?\\s*:?\\s*)?"
					+ "(?:about|around|nearly|over|more than|some|approximately|roughly)?\\s*",
			Pattern.CASE_INSENSITIVE);

	/** "36 projects were signed, including X, with ...": X only stands for some of the batch named before it. */
	private static final Pattern EXAMPLE_BEFORE = Pattern.compile("\\b(?:including|includes|include|such as|among them|among which)\\s+(?:(?:the|an?)\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	/** A project given as an example of a batch the sentence counts: the money is the batch's. */
	private static SentenceFacts.Slot batchOfExample(SentenceFacts f, List<SentenceFacts.Slot> holders, SentenceFacts.Slot best) {
		if (best == null || !best.kind().equals("Project") || !EXAMPLE_BEFORE.matcher(f.text().substring(0, best.start())).find()) {
			return best;
		}
		return holders.stream().filter((s) -> s.kind().equals("Program") && s.end() <= best.start()).reduce((a, b) -> b)
			.orElse(best);
	}

	/** "total investment", "an investment of", "investment in the project": the sentence states what something costs. */
	private static final Pattern STATED_INVESTMENT = Pattern.compile(
			"\\b(?:total investment|investment of|investment in (?:the|this|its) (?:project|plant|factory|fab|base|line|site)|with (?:an? )?(?:total )?investment)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Whether the sentence names an organisation or a park of its own (then its money may be theirs). */
	private static boolean anyNamedThing(SentenceFacts f) {
		return f.slots.stream().anyMatch((s) -> !s.anaphor() && (ORGS.contains(s.kind()) || s.kind().equals("Project")));
	}

	private EntityTable.Entry lastHolder;

	private int lastHolderSentence = -5;

	private void projectDetails(SentenceFacts f) {
		String lower = f.lower();
		Matcher ahead = FUTURE.matcher(lower);
		boolean future = ahead.find();
		// "broke ground in March and is expected to start production in 2025": what happened is said before what will
		String done = future ? lower.substring(0, ahead.start()) : lower;
		Matcher due = DUE.matcher(lower);
		Integer dueYear = due.find() ? f.dates.stream().filter((d) -> d.start() >= due.end()).map(DateResolver.Mention::year)
			.findFirst().orElse(null) : null;
		for (SentenceFacts.Slot s : things(f)) {
			if (!s.kind().equals("Project") && !s.kind().equals("Program")) {
				continue;
			}
			Map<String, Object> p = s.entry().properties;
			if (lower.matches(".*\\b(signed|inked|signing ceremony)\\b.*") && !lower.matches(".*\\b(will|to) be signed\\b.*")) {
				status(p, "signed");
				f.dates.stream().filter((d) -> d.value().length() >= 7).findFirst()
					.ifPresent((d) -> p.putIfAbsent("signedOn", d.value()));
			}
			if (done.matches(".*\\b(broke ground|started construction|construction (?:started|began|has started)|under construction|groundbreaking ceremony)\\b.*")) {
				status(p, "under construction");
			}
			if (done.matches(".*\\b(put into (?:production|operation)|began production|started production|in production|went into operation|commenced operation|started operation)\\b.*")) {
				status(p, "in production");
			}
			if (done.matches(".*\\b(inaugurated|opened|in operation|operational)\\b.*")) {
				status(p, "operating");
			}
			if (dueYear != null && s.kind().equals("Project")) {
				p.putIfAbsent("completionYear", dueYear);
			}
			if (lower.matches(".*\\b(announced|released|unveiled)\\b.*")) {
				status(p, "announced");
			}
			if (future && lower.matches(".*\\b(build|construct|create|plan|plans|planned|set up)\\b.*")) {
				status(p, "planned");
			}
			if (lower.matches(".*\\b(start|started|starts|begin|began|break ground|broke ground|construction)\\b.*")) {
				f.dates.stream().findFirst().ifPresent((d) -> p.putIfAbsent("startYear", d.year()));
			}
			Matcher ph = PHASES.matcher(f.text());
			if (ph.find()) {
				Integer n = PhraseRecognizer.ordinal(ph.group(1).toLowerCase(Locale.ROOT));
				p.putIfAbsent("phases", n != null ? n : Integer.valueOf(ph.group(1)));
			}
			if (s.kind().equals("Program") && !p.containsKey("year")) {
				f.dates.stream().findFirst().ifPresentOrElse((d) -> p.put("year", d.year()), () -> {
					if (this.published != null) {
						p.put("year", this.published.getYear());
					}
				});
			}
		}
	}

	private static void status(Map<String, Object> p, String status) {
		Object now = p.get("status");
		if (now == null || STATUS_ORDER.indexOf(status) > STATUS_ORDER.indexOf(now)) {
			p.put("status", status);
		}
	}

	/** What stands between a place and the place inside it it opens: "Xiamen's Jimei district". */
	private static final Pattern POSSESSIVE_GAP = Pattern.compile("\\s*['’]s\\s+|\\s*['’]\\s+");

	/** "X ... in L", "X, located in L", "Located in L, X": X is in L, unless L only names where an earlier L is. */
	private void locatedIn(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (int i = 0; i < slots.size(); i++) {
			SentenceFacts.Slot l = slots.get(i);
			if (!PLACES.contains(l.kind()) && !l.kind().equals("Park")) {
				continue;
			}
			int t = f.tokenAt(l.start());
			int k = t - 1;
			int skipped = 0;
			while (k >= 0 && skipped < 5 && BEFORE_PLACE.contains(f.tokens.get(k).lower())) {
				k--;
				skipped++;
			}
			if (k < 0 || !Set.of("in", "at", "inside", "within").contains(f.tokens.get(k).lower())) {
				continue;
			}
			// "in Xiamen's Jimei district": the place is the district the city's name opens
			while (i + 1 < slots.size() && (PLACES.contains(slots.get(i + 1).kind()) || slots.get(i + 1).kind().equals("Park"))
					&& POSSESSIVE_GAP.matcher(f.gap(l.end(), slots.get(i + 1).start())).matches()) {
				i++;
				l = slots.get(i);
			}
			boolean fronted = k >= 1 && k <= 3 && Set.of("located", "based", "headquartered", "situated").contains(f.tokens.get(k - 1).lower());
			if (fronted) {
				for (int j = i + 1; j < slots.size(); j++) {
					SentenceFacts.Slot x = slots.get(j);
					if (HOLDERS.contains(x.kind())) {
						add("LOCATED_IN", x.entry(), l.entry(), null, f, 0.75);
						break;
					}
				}
				continue;
			}
			for (int j = i - 1; j >= 0; j--) {
				SentenceFacts.Slot x = slots.get(j);
				if (PLACES.contains(x.kind()) || x.kind().equals("Park") && l.kind().equals("Park")) {
					break;
				}
				if (HOLDERS.contains(x.kind()) && x.entry() != l.entry()) {
					if (AGENT_BEFORE.matcher(f.text().substring(0, x.start())).find() && slots.subList(0, j).stream()
						.anyMatch((y) -> y.kind().equals("Project"))) {
						// "the project, funded ... by SICC Co, started construction in Liuyang ...": the agent of a
						// participle is not what the sentence places; the project before it is
						continue;
					}
					if (ORGANISATIONS_THAT_ACT.contains(x.kind()) && acts(f.gap(x.end(), f.tokens.get(k).start()))) {
						// "Intel has broken ground in Dalian", "BYD on December 30 in Shenzhen began ...", "X will invest
						// $4 million to build a plant in Y": where the firm acts, not where it is
						break;
					}
					add("LOCATED_IN", x.entry(), l.entry(), null, f, 0.7);
					break;
				}
			}
		}
	}

	/** Organisations a sentence can tell acting somewhere: a firm, a university, an institute. */
	private static final Set<String> ORGANISATIONS_THAT_ACT = Set.of("Company", "University", "Institute");

	/** A verb or a date: what happens between a firm and "in L" ("has broken ground", "on Friday", "to build"). */
	private static final Pattern ACTION = Pattern.compile("(?i)\\b(?:has|have|had|will|would|shall|can|could|may|to|"
			+ "did|does|is|are|was|were|plans?|began|begins?|opens?|builds?|sets?|invests?|produces?|expands?|lands?|"
			+ "landing|on|signs?|holds?|held|broke|starts?|launch(?:es)?|\\w+ed)\\b");

	/** Words between a firm and where it is that only say it is there ("located", "based", "registered"). */
	private static final Pattern SITED = Pattern.compile("(?i)\\b(?:located|based|headquartered|registered|situated|"
			+ "incorporated|founded|established|listed)\\b");

	private static boolean acts(String between) {
		return ACTION.matcher(between).find() && !SITED.matcher(between).find();
	}

	/** "... by X": X is the agent of a participle ("funded by", "built by"). */
	private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(?:funded|financed|invested|built|developed|"
			+ "constructed|backed|sponsored|launched|operated|owned|initiated)\\b[^;]{0,80}\\bby\\s+(?:the\\s+)?$");

	/** Right after a place: "-based", "-headquartered", or its possessive ("Taiwan's"). */
	private static final Pattern BASED = Pattern.compile("^(?:-(?:based|headquartered)\\b|['’]s\\b)");

	/**
	 * "Shanghai-based COMAC", "the Shenzhen-headquartered maker Skyworth", "Taiwan's ScinoPharm": the firm (or
	 * university, institute) named next, within a few words and before any comma, is in that place.
	 */
	private void basedIn(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = f.sorted();
		String text = f.text();
		for (int i = 0; i < slots.size(); i++) {
			SentenceFacts.Slot l = slots.get(i);
			if (!PLACES.contains(l.kind()) || l.embedded() || l.end() >= text.length()
					|| !BASED.matcher(text).region(l.end(), text.length()).lookingAt()) {
				continue;
			}
			for (int j = i + 1; j < slots.size(); j++) {
				SentenceFacts.Slot x = slots.get(j);
				String between = text.substring(l.end(), Math.max(l.end(), x.start()));
				if (x.start() - l.end() > 40 || between.contains(",") || between.contains(";")) {
					break;
				}
				if (x.start() >= l.end() && Set.of("Company", "University", "Institute").contains(x.kind()) && !x.anaphor()) {
					add("LOCATED_IN", x.entry(), l.entry(), null, f, 0.7);
					break;
				}
			}
		}
	}

	/** After a park that opens the sentence: the verb of a park that signs or draws in projects. */
	private static final Pattern PARK_SIGNS = Pattern.compile("(?i)^(?:\\s*,[^,;]{1,60},)?\\s+(?:has\\s+|have\\s+|on\\s+\\w+\\s+)?"
			+ "(?:signed|inked|attracted|introduced|landed|welcomed|started|launched|broke\\s+ground\\s+on)\\b");

	/**
	 * "Wuhan East Lake High-tech Development Zone, also known as Optics Valley, signed 18 projects ...": the batch a park
	 * signs, and the projects it draws in, are in the park.
	 */
	private void parkSubject(SentenceFacts f) {
		List<SentenceFacts.Slot> all = things(f);
		if (all.isEmpty() || !all.get(0).kind().equals("Park") || f.tokenAt(all.get(0).start()) > 2) {
			return;
		}
		SentenceFacts.Slot park = all.get(0);
		Matcher verb = PARK_SIGNS.matcher(f.text().substring(park.end()));
		if (!verb.lookingAt()) {
			return;
		}
		int after = park.end() + verb.end();
		// "..., also known as Optics Valley, signed": what the sentence names after its verb
		List<SentenceFacts.Slot> slots = new ArrayList<>(List.of(park));
		all.stream().filter((s) -> s.start() >= after).forEach(slots::add);
		for (SentenceFacts.Slot s : slots.subList(1, slots.size())) {
			if (PLACES.contains(s.kind()) || s.kind().equals("Park")) {
				// a place of their own named in the sentence says where they are
				return;
			}
		}
		for (SentenceFacts.Slot s : slots.subList(1, slots.size())) {
			if (s.kind().equals("Program") || s.kind().equals("Project") && !s.anaphor()) {
				add("LOCATED_IN", s.entry(), park.entry(), null, f, 0.65);
			}
		}
	}

	/** "Beijing is building ...", "Anhui, Zhejiang and Hainan plan to create ...": the projects are there. */
	private void placeSubject(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		int opening = 0;
		for (int k = 0; k < Math.min(14, f.tokens.size()); k++) {
			if (Set.of("--", "—", "–").contains(f.tokens.get(k).text()) || f.tokens.get(k).text().equals("-") && k + 1 < f.tokens.size()
					&& f.tokens.get(k + 1).text().equals("-")) {
				opening = k + 1;
			}
		}
		int open = opening;
		slots = slots.stream().filter((s) -> f.tokenAt(s.start()) >= open).toList();
		if (slots.isEmpty() || !PLACES.contains(slots.get(0).kind()) || f.tokenAt(slots.get(0).start()) > opening + 5) {
			return;
		}
		List<SentenceFacts.Slot> subjects = new ArrayList<>();
		int i = 0;
		while (i < slots.size() && PLACES.contains(slots.get(i).kind())) {
			SentenceFacts.Slot s = slots.get(i);
			subjects.add(s);
			int next = f.tokenAt(s.end());
			if (next >= f.tokens.size()) {
				return;
			}
			String after = f.tokens.get(next).text();
			boolean continues = (after.equals(",") || after.equalsIgnoreCase("and")) && i + 1 < slots.size()
					&& PLACES.contains(slots.get(i + 1).kind()) && f.tokenAt(slots.get(i + 1).start()) <= next + 2;
			if (continues) {
				i++;
				continue;
			}
			boolean verbLike = after.equals("(") || after.equals(",") || Character.isLowerCase(after.charAt(0));
			if (!verbLike || ACTS_AS_AUTHORITY.matcher(f.text().substring(s.end())).lookingAt()) {
				// "Taiwan has approved an investment plan by UMC ...": the place decides, the project is elsewhere
				return;
			}
			break;
		}
		for (SentenceFacts.Slot s : slots) {
			if (!Set.of("Project", "Program", "Fund").contains(s.kind())) {
				continue;
			}
			boolean placed = this.drafts.values().stream().anyMatch((d) -> d.type().equals("LOCATED_IN") && d.from() == s.entry()
					&& d.evidence().start() == f.sentence.start());
			if (!placed) {
				for (SentenceFacts.Slot p : subjects) {
					add("LOCATED_IN", s.entry(), p.entry(), null, f, 0.5);
				}
			}
		}
	}

	/**
	 * A park or government named after its place ("Anyuan Industrial Park", "Hunan Department of ...") is there; a
	 * park's committee is in its park.
	 */
	private void nameContainsPlace(SentenceFacts f) {
		projectNamesPlace(f);
		for (SentenceFacts.Slot o : f.slots) {
			if (o.anaphor() || !o.kind().equals("Park") && !o.kind().equals("Government")) {
				continue;
			}
			for (SentenceFacts.Slot p : f.slots) {
				// "Hainan Provincial Government"; "the government of Qingshan district", a name of its place and
				// government words alone
				boolean opens = p.start() == o.start() && p.end() < o.end();
				boolean governs = o.kind().equals("Government") && o.start() <= p.start() && p.end() <= o.end()
						&& EntityTable.governmentOf(f.text().substring(o.start(), o.end())) != null
						&& !this.namedSeats.containsKey(o.entry()) && firstPlaceIn(f, o) == p;
				if (PLACES.contains(p.kind()) && (opens || governs)) {
					add("LOCATED_IN", o.entry(), p.entry(), null, f, 0.6);
					if (o.kind().equals("Government")) {
						this.namedSeats.put(o.entry(), p.entry());
					}
				}
				// "the management committee of Guangzhou Development District" sits in the park it runs
				if (o.kind().equals("Government") && p.kind().equals("Park") && o.start() <= p.start() && p.end() <= o.end()
						&& p.entry() != o.entry()) {
					add("LOCATED_IN", o.entry(), p.entry(), null, f, 0.6);
					this.namedSeats.put(o.entry(), p.entry());
				}
			}
		}
	}

	/** The first place named inside a name: "Wuhan" of "Wuhan Municipal People's Government of Hubei Province". */
	private static SentenceFacts.Slot firstPlaceIn(SentenceFacts f, SentenceFacts.Slot o) {
		return f.slots.stream().filter((p) -> PLACES.contains(p.kind()) && o.start() <= p.start() && p.end() <= o.end())
			.min(java.util.Comparator.comparingInt(SentenceFacts.Slot::start)).orElse(null);
	}

	/** Governments named after their place, and that place ("Hainan Provincial Government" → Hainan). */
	private final Map<EntityTable.Entry, EntityTable.Entry> namedSeats = new java.util.IdentityHashMap<>();

	/**
	 * A government named after its place is there, and nowhere else the article puts it: "... and Hainan Provincial
	 * Government was signed in Haikou" says where the signing was, not where the government sits.
	 */
	private void governmentsSitWhereNamed() {
		this.drafts.values().removeIf((d) -> d.type().equals("LOCATED_IN") && this.namedSeats.containsKey(d.from())
				&& this.namedSeats.get(d.from()) != d.to());
	}

	/** "the new Tianjin plant", "the Xi'an fab": a place inside a project's own words is where the project is. */
	private void projectNamesPlace(SentenceFacts f) {
		for (SentenceFacts.Slot p : f.slots) {
			if (p.anaphor() || !p.kind().equals("Project")) {
				continue;
			}
			for (SentenceFacts.Slot l : f.slots) {
				if (PLACES.contains(l.kind()) && p.start() <= l.start() && l.end() <= p.end() && !insideFirm(f, l)) {
					add("LOCATED_IN", p.entry(), l.entry(), null, f, 0.6);
				}
			}
		}
	}

	private static boolean insideFirm(SentenceFacts f, SentenceFacts.Slot l) {
		return f.slots.stream().anyMatch((o) -> ORGS.contains(o.kind()) && o.start() <= l.start() && l.end() <= o.end());
	}

	private void develops(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		List<SentenceFacts.Slot> all = f.sorted();
		for (SentenceFacts.Slot p : slots) {
			if (!p.kind().equals("Project") || p.anaphor()) {
				continue;
			}
			// an organisation inside the project's phrase: "Tianyou’s ... project", "the Quick Flash Technologies project"
			for (SentenceFacts.Slot o : all) {
				if (isDeveloper(o) && o.start() >= p.start() && o.end() <= p.end()) {
					add("DEVELOPS", o.entry(), p.entry(), null, f, 0.75);
				}
			}
			// "the ... project of the CRRC Zhuzhou Times Semiconductor Co., Ltd."
			int after = f.tokenAt(p.end());
			if (after < f.tokens.size() && f.tokens.get(after).is("of")) {
				for (SentenceFacts.Slot o : slots) {
					int at = f.tokenAt(o.start());
					if (isDeveloper(o) && (at == after + 1 || at == after + 2 && f.tokens.get(after + 1).is("the"))) {
						add("DEVELOPS", o.entry(), p.entry(), null, f, 0.7);
					}
				}
			}
			String name = p.entry().name().toLowerCase(Locale.ROOT);
			if (name.contains("joint lab") || name.contains("joint research") || name.contains("joint venture")) {
				// the partners of this sentence or, where it names none, of the one before
				boolean ownPartners = slots.stream().anyMatch((o) -> isDeveloper(o));
				if (f.index == this.lastCollaborationSentence || !ownPartners && f.index - this.lastCollaborationSentence == 1) {
					for (SentenceFacts.Slot c : this.lastCollaborators) {
						if (isDeveloper(c)) {
							add("DEVELOPS", c.entry(), p.entry(), null, f, 0.6);
						}
					}
				}
			}
		}
		subsidiaries(f, slots);
		for (int i = 0; i + 1 < slots.size(); i++) {
			SentenceFacts.Slot a = slots.get(i);
			SentenceFacts.Slot b = slots.get(i + 1);
			// "Orion's 5-billion-yuan battery plant": the sum stands between the owner and its plant
			if (b.kind().equals("Project") && !b.anaphor() && (isDeveloper(a) || a.possessive() && a.kind().equals("Company"))
					&& f.ownersSumBetween(a.end(), b.start())) {
				add("DEVELOPS", a.entry(), b.entry(), null, f, 0.65);
			}
			// "a 5 billion yuan battery plant by X": the firm whose plant it is
			if (a.kind().equals("Project") && !a.anaphor() && isDeveloper(b)
					&& f.gap(a.end(), b.start()).matches("\\s+by\\s+(?:the\\s+)?")) {
				add("DEVELOPS", b.entry(), a.entry(), null, f, 0.65);
			}
		}
		// "the base is being built by X", "to be built by X", "co-developed by the government and X"
		for (SentenceFacts.Slot o : introducedBy(f, slots, BUILT_BY)) {
			if (!isDeveloper(o) && !o.kind().equals("Government")) {
				// a government builds too: "co-developed by the government of Qingshan district and Sugon"
				continue;
			}
			slots.stream().filter((s) -> s.kind().equals("Project") && s.end() <= o.start()).reduce((a, b) -> b)
				.ifPresent((p) -> add("DEVELOPS", o.entry(), p.entry(), null, f, 0.7));
		}
		// "a fund jointly initiated by X and Y", "The fund was set up by the Ministry of Finance, ... and SDIC": who
		// founds a fund puts money in it
		for (SentenceFacts.Slot o : introducedBy(f, slots, FUND_FOUNDED_BY)) {
			if (!ORGS.contains(o.kind()) || o.kind().equals("Park") || o.kind().equals("Fund")) {
				continue;
			}
			slots.stream().filter((s) -> s.kind().equals("Fund") && s.end() <= o.start()).reduce((a, b) -> b)
				.ifPresent((fund) -> add("INVESTS_IN", o.entry(), fund.entry(), null, f, 0.6));
		}
		// "funded with ... investment by X", "jointly invested by X, Y and Z"
		for (SentenceFacts.Slot o : introducedBy(f, slots, FUNDED_BY)) {
			if (!ORGS.contains(o.kind()) || o.kind().equals("Park")) {
				continue;
			}
			slots.stream().filter((s) -> s.kind().equals("Project") && s.end() <= o.start()).reduce((a, b) -> b)
				.ifPresent((p) -> {
					add("INVESTS_IN", o.entry(), p.entry(), null, f, 0.65);
					if (isDeveloper(o)) {
						add("DEVELOPS", o.entry(), p.entry(), null, f, 0.6);
					}
				});
		}
		// "X builds / develops / placed ... project"
		Matcher m = DEVELOP.matcher(f.text());
		while (m.find()) {
			SentenceFacts.Slot subject = null;
			for (SentenceFacts.Slot s : slots) {
				if (s.end() <= m.start() && isDeveloper(s) && !ownerInAppositive(f, slots, s)) {
					// "X, a unit of Y, opened ...": X opened it
					subject = s;
				}
				else if (s.end() <= m.start() && (s.kind().equals("Project") || PLACES.contains(s.kind()) && !afterPreposition(f, s))) {
					subject = null;
				}
			}
			SentenceFacts.Slot project = null;
			for (SentenceFacts.Slot s : slots) {
				if (s.start() >= m.end() && s.kind().equals("Project")) {
					project = s;
					break;
				}
			}
			if (subject == null && project != null) {
				subject = unknownSubject(f, slots, m.start());
			}
			if (subject == null || project == null) {
				continue;
			}
			StatedAmount cost = costRightBefore(f, project, m.end());
			for (SentenceFacts.Slot builder : coordinated(f, slots, subject)) {
				add("DEVELOPS", builder.entry(), project.entry(), null, f, 0.6);
				if (cost != null && ORGS.contains(builder.kind())) {
					// "X has completed construction of a $113 million ... plant": X puts in what it costs
					add("INVESTS_IN", builder.entry(), project.entry(), cost, f, 0.6);
				}
			}
		}
	}

	private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,|,?\\s*and|&|,?\\s*as well as)\\s*");

	/**
	 * The subject and the developers coordinated before it ("X and Y will jointly build", "X, Y and Z build"): each
	 * builds what the verb says.
	 */
	private static List<SentenceFacts.Slot> coordinated(SentenceFacts f, List<SentenceFacts.Slot> slots, SentenceFacts.Slot subject) {
		List<SentenceFacts.Slot> out = new ArrayList<>(List.of(subject));
		SentenceFacts.Slot right = subject;
		for (int i = slots.indexOf(subject) - 1; i >= 0; i--) {
			SentenceFacts.Slot left = slots.get(i);
			if (left.end() > right.start() || !isDeveloper(left)
					|| !COORDINATION.matcher(f.gap(left.end(), right.start())).matches()) {
				break;
			}
			out.add(left);
			right = left;
		}
		return out;
	}

	/** The amount written right before a project's words, after {@code from}: "a $113 million plant". */
	private static StatedAmount costRightBefore(SentenceFacts f, SentenceFacts.Slot project, int from) {
		for (MoneyParser.Mention money : f.money) {
			if (!money.conversion() && money.start() >= from && money.end() <= project.start()
					&& f.gap(money.end(), project.start()).matches("[\\s-]*(?:worth\\s+)?")) {
				return money.amount();
			}
		}
		return null;
	}

	/** Whether {@code o} comes in the same list as {@code before}: "by X, Y and Z". */
	/**
	 * The things a phrase ending right before them introduces ("built by X", "The investors are X"), and those listed
	 * after each of them ("X, Y and Z").
	 */
	private static List<SentenceFacts.Slot> introducedBy(SentenceFacts f, List<SentenceFacts.Slot> slots, Pattern opening) {
		List<SentenceFacts.Slot> introduced = new ArrayList<>();
		SentenceFacts.Slot previous = null;
		for (SentenceFacts.Slot o : slots) {
			boolean byThis = opening.matcher(f.text().substring(0, o.start())).find() || listedAfter(f, previous, o);
			previous = byThis ? o : null;
			if (byThis) {
				introduced.add(o);
			}
		}
		return introduced;
	}

	private static boolean listedAfter(SentenceFacts f, SentenceFacts.Slot before, SentenceFacts.Slot o) {
		return before != null && before.end() <= o.start()
				&& f.gap(before.end(), o.start()).matches("\\s*(?:,|,?\\s*and)\\s*(?:the\\s+)?");
	}

	/** Between a subject and its verb: auxiliaries, adverbs, "plans to", "has completed". */
	private static final Pattern SUBJECT_TO_VERB = Pattern.compile("(?i)^\\s*(?:(?:has|have|had|will|would|is|are|was|"
			+ "were|be|been|to|plans?|planned|aims?|decided|agreed|recently|also|officially|formally|now|already|"
			+ "completed|finished|successfully|jointly|soon|today|yesterday|on|monday|tuesday|wednesday|thursday|friday|"
			+ "saturday|sunday)\\b\\s*)*$");

	/**
	 * "Lumex has completed construction of a ... plant": a name of no known kind right before the verb (nothing but
	 * auxiliaries and adverbs between), which opens the sentence's clause, builds the project after the verb: a firm.
	 */
	private SentenceFacts.Slot unknownSubject(SentenceFacts f, List<SentenceFacts.Slot> slots, int verb) {
		for (OrganizationRecognizer.Mention u : f.unknown) {
			if (u.end() > verb || !SUBJECT_TO_VERB.matcher(f.text().substring(u.end(), verb)).matches()) {
				continue;
			}
			// another name right before it is the subject; "Taiwan's Lumex" is still Lumex
			boolean nameBefore = slots.stream().anyMatch((s) -> s.end() <= u.start() && !afterPreposition(f, s)
					&& f.gap(s.end(), u.start()).matches("\\s*(?:,|and)?\\s*")
					&& !(PLACES.contains(s.kind()) && f.gap(s.start(), u.start()).matches("(?s).*[’']s\\s*")));
			// "Jointly, ...": an adverb opening the sentence
			boolean adverb = !u.name().contains(" ") && u.name().endsWith("ly");
			if (nameBefore || adverb || u.name().length() < 3 || Text.SENTENCE_STARTERS.contains(u.name())
					|| !this.gazetteer.lookup(u.name()).isEmpty() || OrganizationRecognizer.notAFirm(u.name())) {
				return null;
			}
			EntityTable.Entry e = this.table.organisation("Company", u.name(), u.acronym(), 0.5);
			e.mention(f.sentence.evidence(u.start(), u.end()));
			SentenceFacts.Slot slot = new SentenceFacts.Slot(e, u.start(), u.end(), false, u.possessive(), false);
			f.slots.add(slot);
			return slot;
		}
		return null;
	}

	/** "... in Dalian", "... at Hefei": a place that is not the subject of what follows. */
	private static boolean afterPreposition(SentenceFacts f, SentenceFacts.Slot s) {
		int at = f.tokenAt(s.start());
		return at > 0 && Set.of("in", "at", "of", "from", "near", "to", "into").contains(f.tokens.get(at - 1).lower());
	}

	/**
	 * A project no sentence gave a developer, whose name begins with the name of a firm (or university, institute) of
	 * the article ("the BOE Hefei 10.5 line", "Samsung Xi'an memory fab"): that firm develops it, read from the
	 * sentence that first names the project. Only one firm may fit, and only by a whole word of its name.
	 */
	private void projectsNamedAfterTheirFirm() {
		for (EntityTable.Entry project : this.table.entries()) {
			if (!project.kind.equals("Project") || project.mentions.isEmpty() || !draftsTo("DEVELOPS", project).isEmpty()
					|| !draftsTo("INVESTS_IN", project).isEmpty()) {
				continue;
			}
			List<EntityTable.Entry> firms = this.table.entries().stream()
				.filter((o) -> Set.of("Company", "University", "Institute").contains(o.kind) && !o.mentions.isEmpty()
						&& project.names.stream().anyMatch((p) -> o.names.stream().anyMatch((n) -> namedAfter(p, n))))
				.toList();
			if (firms.size() == 1) {
				add("DEVELOPS", firms.get(0), project, null, project.mentions.get(0), 0.55, null);
			}
		}
	}

	/** Whether a project's name begins with a firm's name, as a whole word: "BOE Hefei line" and "BOE". */
	private static boolean namedAfter(String project, String firm) {
		String p = Text.stripPossessive(project.startsWith("the ") ? project.substring(4) : project);
		return firm.length() >= 3 && p.length() > firm.length() + 3 && p.startsWith(firm)
				&& !Character.isLetterOrDigit(p.charAt(firm.length())) && Character.isUpperCase(firm.charAt(0));
	}

	private static boolean isDeveloper(SentenceFacts.Slot s) {
		return Set.of("Company", "University", "Institute").contains(s.kind());
	}

	/**
	 * "X has invested 77 million U.S. dollars in Kunshan": money right after the verb, then "in" a place or park, is
	 * the investor's stake in that place, an INVESTS_IN with the amount.
	 */
	private boolean investsInPlace(SentenceFacts f, List<SentenceFacts.Slot> slots, SentenceFacts.Slot investor, int verbEnd) {
		MoneyParser.Mention money = f.money.stream().filter((x) -> !x.conversion() && x.start() >= verbEnd).findFirst().orElse(null);
		if (money == null || !MONEY_AFTER_VERB.matcher(f.gap(verbEnd, money.start())).matches()) {
			return false;
		}
		int after = money.end();
		for (MoneyParser.Mention conversion : f.money) {
			if (conversion.conversion() && conversion.start() >= after && conversion.start() - after <= 3) {
				after = f.text().indexOf(')', conversion.end()) >= 0 ? f.text().indexOf(')', conversion.end()) + 1 : conversion.end();
			}
		}
		for (SentenceFacts.Slot s : slots) {
			if (s.start() < after) {
				continue;
			}
			if (!(PLACES.contains(s.kind()) || s.kind().equals("Park"))) {
				return false;
			}
			if (!IN_PLACE.matcher(f.gap(after, s.start())).matches()) {
				return false;
			}
			add("INVESTS_IN", investor.entry(), s.entry(), money.amount(), f, 0.7);
			return true;
		}
		return false;
	}

	private static final Pattern MONEY_AFTER_VERB = Pattern.compile(
			"\\s*(?:a total of|in total|about|around|nearly|over|more than|some|approximately|up to|so far|to date)?\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern IN_PLACE = Pattern.compile(
			"\\s*(?:so far\\s+|in total\\s+|to date\\s+)?(?:in|into)\\s+(?:the\\s+)?(?:(?:city|county|district|town|province) of\\s+)?(?:(?:east|west|north|south|central|southwest|southeast|northwest|northeast|eastern|western|northern|southern)\\s+china(?:’s|'s)\\s+)?",
			Pattern.CASE_INSENSITIVE);

	/** "The investors are X and Y", "held by 19 shareholders, including X, Y and Z": the list that names who pays. */
	private static final Pattern INVESTORS_ARE = Pattern.compile("(?i)\\b(?:investors|shareholders|backers|"
			+ "financiers)\\b[^.;:]{0,40}?\\b(?:are|include|includes|included|including|were)\\s+(?:the\\s+)?$");

	/** The project or fund talked about last, for a sentence that names who pays for it and nothing else. */
	private EntityTable.Entry lastHeld;

	/**
	 * "The investors are X and Y", "the company is jointly held by 19 shareholders, including X, Y and Z": each name of
	 * the list invests in the project or fund of the sentence, or else in the one talked about last.
	 */
	private void investorsListed(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (SentenceFacts.Slot o : introducedBy(f, slots, INVESTORS_ARE)) {
			if (!ORGS.contains(o.kind()) || o.kind().equals("Park")) {
				continue;
			}
			EntityTable.Entry held = slots.stream()
				.filter((s) -> (s.kind().equals("Project") || s.kind().equals("Fund")) && s.end() <= o.start())
				.map(SentenceFacts.Slot::entry).reduce((a, b) -> b).orElse(this.lastHeld);
			if (held != null && held != o.entry()) {
				add("INVESTS_IN", o.entry(), held, null, f, 0.6);
			}
		}
		slots.stream().filter((s) -> s.kind().equals("Project") || s.kind().equals("Fund")).reduce((a, b) -> b)
			.ifPresent((s) -> this.lastHeld = s.entry());
	}

	/** ", announcing that it would", ", saying it will": the subject of the sentence speaks again, as "it". */
	private static final Pattern SUBJECT_AGAIN = Pattern.compile("(?i),\\s*(?:announcing|saying|stating|adding|noting|"
			+ "declaring)\\s+(?:that\\s+)?(?:it|the company|the firm|the group)\\s+(?:would|will|is to|was to|plans to|"
			+ "planned to|intends to|is going to)\\s+$");

	/** "X signed an agreement with the ": the one after "with" is whom the subject signed with. */
	private static final Pattern SIGNED_WITH = Pattern.compile("(?i)\\b(?:signed|signs|inked|inks|reached|entered\\s+into)"
			+ "\\b[^;]*\\bwith\\s+(?:the\\s+)?$");

	/** " in China to ", " to ": what lies between the one signed with and "invest" in "with Y in China to invest". */
	private static final Pattern THEN_TO = Pattern.compile("(?i)^(?:\\s+in\\s+[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*)?\\s+to\\s+"
			+ "(?:jointly\\s+)?$");

	private void invests(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		Matcher m = INVEST.matcher(f.text());
		while (m.find()) {
			String before = f.lower().substring(0, m.start());
			if (before.matches(".*\\b(was|were|been|be)\\s+$") || before.endsWith("-")) {
				continue;
			}
			SentenceFacts.Slot investor = null;
			for (SentenceFacts.Slot s : slots) {
				if (s.end() <= m.start() && (ORGS.contains(s.kind()) && !s.kind().equals("Park"))) {
					investor = s;
				}
			}
			if (investor == null) {
				continue;
			}
			if (SUBJECT_AGAIN.matcher(f.text().substring(investor.end(), m.start())).find()
					|| SIGNED_WITH.matcher(f.text().substring(0, investor.start())).find()
							&& THEN_TO.matcher(f.text().substring(investor.end(), m.start())).matches()) {
				// "X signed a memorandum with Y, announcing that it would invest", "X signed an agreement with Y to
				// invest": the sentence's subject invests
				investor = slots.stream().filter((s) -> ORGS.contains(s.kind()) && !s.kind().equals("Park"))
					.findFirst().orElse(investor);
			}
			if (investsInPlace(f, slots, investor, m.end())) {
				continue;
			}
			SentenceFacts.Slot project = slots.stream().filter((s) -> s.start() >= m.end() && s.kind().equals("Project")).findFirst()
				.orElse(slots.stream().filter((s) -> s.kind().equals("Project")).reduce((a, b) -> b).orElse(null));
			if (project != null) {
				// "X and Y will jointly invest 5 billion yuan": each of the firms joined to the one next to the verb
				// invests, and the sum is theirs together, no one's own
				List<SentenceFacts.Slot> together = jointInvestors(f, slots, investor);
				StatedAmount sum = f.firstAmountAfter(m.end());
				for (SentenceFacts.Slot partner : together) {
					add("INVESTS_IN", partner.entry(), project.entry(), null, f, 0.6);
				}
				add("INVESTS_IN", investor.entry(), project.entry(), together.isEmpty() && !toldTogether(f, project) ? sum : null, f, 0.65);
				if (investor.kind().equals("Company") && project.start() >= m.end()
						&& OWN_NEW_WORKS.matcher(f.text().substring(m.end(), project.start())).find()) {
					// "X will invest 1.2 billion yuan in a new packaging plant": a plant of its own
					add("DEVELOPS", investor.entry(), project.entry(), null, f, 0.55);
				}
			}
		}
		possessiveInvestment(f, slots);
		// an investment agreement signed for a firm's project: the firm commits the money
		if (SIGNED_DEAL.matcher(f.text()).find() && !f.money.isEmpty()) {
			StatedAmount amount = f.money.stream().filter((x) -> !x.conversion()).map(MoneyParser.Mention::amount).findFirst().orElse(null);
			for (Draft d : this.drafts.values().stream().toList()) {
				if (d.type().equals("DEVELOPS") && d.evidence().start() == f.sentence.start() && d.from().kind.equals("Company")) {
					add("INVESTS_IN", d.from(), d.to(), amount, f, 0.6);
				}
			}
		}
	}

	/** What joins a second investor to the first: "X and Y", "X, Y and Z". */
	private static final Pattern JOINED = Pattern.compile("^\\s*(?:,|and|,\\s*and)\\s*$");

	/** The organisations joined by "and" or commas before the investor next to "invest": "X and Y will jointly invest". */
	private static List<SentenceFacts.Slot> jointInvestors(SentenceFacts f, List<SentenceFacts.Slot> slots, SentenceFacts.Slot investor) {
		List<SentenceFacts.Slot> out = new ArrayList<>();
		int at = slots.indexOf(investor);
		SentenceFacts.Slot right = investor;
		for (int i = at - 1; i >= 0; i--) {
			SentenceFacts.Slot left = slots.get(i);
			if (!ORGS.contains(left.kind()) || left.kind().equals("Park") || !JOINED.matcher(f.gap(left.end(), right.start())).matches()) {
				break;
			}
			out.add(left);
			right = left;
		}
		return out;
	}

	/** Between "invest" and a project a firm puts its money into as its own: "… in a new", "… in its", "… to build a". */
	private static final Pattern OWN_NEW_WORKS = Pattern.compile("(?i)(?:\\b(?:in|into)\\s+(?:a|an|its)|\\bto\\s+(?:build|set up|construct|open|establish)\\s+(?:a|an|its))\\s+(?:new\\s+)?$");

	/** After an investor's name: "'s investment in ", "'s US$2.5 billion investment into the ". */
	private static final Pattern POSSESSIVE_INVESTMENT = Pattern.compile(
			"^(?:’s|'s|’|')\\s+(?:[^\\s;]+\\s+){0,4}?investments?\\s+(?:in|into)\\s+(?:the\\s+|its\\s+|a\\s+|an\\s+)?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Intel's investment in Fab 68", "X's $2 billion investment in the Y plant": the organisation whose investment it
	 * is invests in the project or fund named right after, with the sum stated before "investment", if any.
	 */
	private void possessiveInvestment(SentenceFacts f, List<SentenceFacts.Slot> slots) {
		for (SentenceFacts.Slot investor : slots) {
			if (!ORGS.contains(investor.kind()) || investor.kind().equals("Park")) {
				continue;
			}
			Matcher m = POSSESSIVE_INVESTMENT.matcher(f.text().substring(investor.end()));
			if (!m.find()) {
				continue;
			}
			int at = investor.end() + m.end();
			int in = investor.end() + m.group().toLowerCase(Locale.ROOT).lastIndexOf(" in");
			SentenceFacts.Slot target = slots.stream().filter((s) -> s.start() > in && s.start() <= at
					&& (s.kind().equals("Project") || s.kind().equals("Fund"))).findFirst().orElse(null);
			if (target != null) {
				StatedAmount amount = f.money.stream().filter((x) -> !x.conversion() && x.start() >= investor.end()
						&& x.end() <= at).map(MoneyParser.Mention::amount).findFirst().orElse(null);
				add("INVESTS_IN", investor.entry(), target.entry(), amount, f, 0.65);
			}
		}
	}


	private void partners(SentenceFacts f, SentenceFacts previous) {
		Matcher cue = COOPERATION.matcher(f.text());
		if (!cue.find()) {
			return;
		}
		List<SentenceFacts.Slot> slots = new ArrayList<>(things(f).stream().filter((s) -> ORGS.contains(s.kind())).toList());
		addCoordinatedUnknowns(f, slots);
		slots.sort(java.util.Comparator.comparingInt(SentenceFacts.Slot::start));
		if (between(f, slots)) {
			return;
		}
		int with = -1;
		Matcher w = Pattern.compile("\\bwith\\b", Pattern.CASE_INSENSITIVE).matcher(f.text());
		if (w.find(cue.start())) {
			with = w.start();
		}
		List<SentenceFacts.Slot> subjects = new ArrayList<>();
		List<SentenceFacts.Slot> objects = new ArrayList<>();
		int groupEnd = Integer.MAX_VALUE;
		if (with >= 0) {
			for (SentenceFacts.Slot s : slots) {
				if (s.start() > with) {
					Matcher comma = Pattern.compile("[,;]|\\b(?:while|to|and the|for)\\b").matcher(f.text());
					if (comma.find(s.end())) {
						groupEnd = comma.start();
					}
					break;
				}
			}
		}
		for (SentenceFacts.Slot s : slots) {
			if (with >= 0 && s.start() > with) {
				if (s.start() < groupEnd) {
					objects.add(s);
				}
			}
			else {
				subjects.add(s);
			}
		}
		double confidence = 0.6;
		String kind = PartnershipKinds.of(f.text());
		if (subjects.isEmpty() && !objects.isEmpty() && previous != null) {
			// "Plans are to cooperate with ...": the one the previous sentence was about
			List<SentenceFacts.Slot> before = things(previous).stream().filter((s) -> ORGS.contains(s.kind())).toList();
			if (!before.isEmpty()) {
				subjects.add(before.get(before.size() - 1));
				confidence = 0.5;
			}
		}
		List<SentenceFacts.Slot> everyone = new ArrayList<>(subjects);
		everyone.addAll(objects);
		everyone = withoutParentsOfSchools(f, everyone);
		if (!objects.isEmpty() && !subjects.isEmpty()) {
			for (SentenceFacts.Slot a : subjects) {
				for (SentenceFacts.Slot b : objects) {
					if (everyone.contains(a) && everyone.contains(b) && a.entry() != b.entry()
							&& !administers(a.entry(), b.entry()) && !administers(b.entry(), a.entry())) {
						add("PARTNERS_WITH", a.entry(), b.entry(), null, f, confidence, kind);
					}
				}
			}
		}
		else if (everyone.stream().map(SentenceFacts.Slot::entry).distinct().count() <= MAX_LISTED_PARTNERS) {
			// a cue among a longer list of names (officials, guests, hosts) does not say who partners with whom
			for (int i = 0; i < everyone.size(); i++) {
				for (int j = i + 1; j < everyone.size(); j++) {
					EntityTable.Entry a = everyone.get(i).entry();
					EntityTable.Entry b = everyone.get(j).entry();
					if (!administers(a, b) && !administers(b, a)) {
						add("PARTNERS_WITH", a, b, null, f, confidence, kind);
					}
				}
			}
		}
		this.lastCollaborators = everyone;
		this.lastCollaborationSentence = f.index;
	}

	/**
	 * Whether a government body is the administration of the park ("Optics Valley's administrative committee" of the
	 * zone called Optics Valley): one side of a signing, not two partners.
	 */
	static boolean administers(EntityTable.Entry government, EntityTable.Entry park) {
		if (!government.kind.equals("Government") || !park.kind.equals("Park")) {
			return false;
		}
		String name = Text.normalise(government.name());
		return park.names.stream().map(Text::normalise).anyMatch((n) -> n.length() >= 4 && name.contains(n));
	}

	private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * "signed a cooperation framework document between its subsidiary SMIC Beijing and the Beijing municipal
	 * government": the two the agreement is between are the partners, not whoever signed it for one of them.
	 */
	private boolean between(SentenceFacts f, List<SentenceFacts.Slot> slots) {
		Matcher b = BETWEEN.matcher(f.text());
		if (!b.find()) {
			return false;
		}
		List<SentenceFacts.Slot> after = slots.stream().filter((s) -> s.start() > b.end()).toList();
		if (after.size() < 2) {
			return false;
		}
		SentenceFacts.Slot first = after.get(0);
		SentenceFacts.Slot second = after.get(1);
		if (!f.gap(first.end(), second.start()).matches("\\s*(?:,\\s*)?and\\s+(?:the\\s+)?")
				|| first.entry() == second.entry()) {
			return false;
		}
		add("PARTNERS_WITH", first.entry(), second.entry(), null, f, 0.65, PartnershipKinds.of(f.text()));
		this.lastCollaborators = List.of(first, second);
		this.lastCollaborationSentence = f.index;
		return true;
	}

	/** Names of no known kind listed with partners ("SUSTech, and AlpsenTek are collaborating") are firms. */
	private void addCoordinatedUnknowns(SentenceFacts f, List<SentenceFacts.Slot> partners) {
		for (OrganizationRecognizer.Mention u : f.unknown) {
			int at = u.from();
			boolean listedAfter = at > 0 && (f.tokens.get(at - 1).is("and") || f.tokens.get(at - 1).text().equals(","))
					&& partners.stream().anyMatch((p) -> p.end() <= u.start() && u.start() - p.end() <= 20);
			boolean listedBefore = u.to() < f.tokens.size() && (f.tokens.get(u.to()).is("and") || f.tokens.get(u.to()).text().equals(","))
					&& partners.stream().anyMatch((p) -> p.start() >= u.end() && p.start() - u.end() <= 20);
			boolean withObject = at > 0 && f.tokens.get(at - 1).is("with");
			if (listedAfter || listedBefore || withObject) {
				if (!this.gazetteer.lookup(u.name()).isEmpty() || OrganizationRecognizer.notAFirm(u.name())) {
					continue;
				}
				EntityTable.Entry e = this.table.organisation("Company", u.name(), u.acronym(), 0.5);
				e.mention(f.sentence.evidence(u.start(), u.end()));
				SentenceFacts.Slot slot = new SentenceFacts.Slot(e, u.start(), u.end(), false, u.possessive(), false);
				f.slots.add(slot);
				partners.add(slot);
			}
		}
	}

	/** A school and its university both named: the school is the partner. */
	private List<SentenceFacts.Slot> withoutParentsOfSchools(SentenceFacts f, List<SentenceFacts.Slot> slots) {
		List<SentenceFacts.Slot> kept = new ArrayList<>();
		for (SentenceFacts.Slot s : slots) {
			boolean parent = s.kind().equals("University") && slots.stream().anyMatch((x) -> "school".equals(x.entry().properties.get("kind"))
					&& Math.abs(x.start() - s.start()) < 120);
			if (!parent) {
				kept.add(s);
			}
		}
		return kept;
	}

	/** "School of Microelectronics (SME), Southern University of Science and Technology": part of it. */
	private void schools(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (int i = 0; i < slots.size(); i++) {
			SentenceFacts.Slot s = slots.get(i);
			if (!"school".equals(s.entry().properties.get("kind"))) {
				continue;
			}
			if (i + 1 < slots.size() && slots.get(i + 1).kind().equals("University")) {
				String between = f.gap(s.end(), slots.get(i + 1).start()).strip().toLowerCase(Locale.ROOT);
				if (between.matches("(\\([^)]*\\))?\\s*(,|of|at|in|of the|at the)?\\s*(the)?")) {
					add("PART_OF", s.entry(), slots.get(i + 1).entry(), null, f, 0.8);
				}
			}
			if (i > 0 && slots.get(i - 1).kind().equals("University") && slots.get(i - 1).possessive()
					&& f.gap(slots.get(i - 1).end(), s.start()).strip().matches("[’']s")) {
				add("PART_OF", s.entry(), slots.get(i - 1).entry(), null, f, 0.8);
			}
		}
	}

	private void sectors(SentenceFacts f, SentenceFacts previous) {
		List<SentenceFacts.Slot> targets = things(f).stream().filter((s) -> s.kind().equals("Project") || s.kind().equals("Program")).toList();
		for (SentenceFacts.Slot sector : f.sorted()) {
			if (!sector.kind().equals("Sector")) {
				continue;
			}
			SentenceFacts.Slot inside = targets.stream().filter((t) -> !t.anaphor() && t.start() <= sector.start() && sector.end() <= t.end())
				.findFirst().orElse(null);
			if (inside != null) {
				add("IN_SECTOR", inside.entry(), sector.entry(), null, f, 0.8);
				continue;
			}
			SentenceFacts.Slot nearest = null;
			int distance = Integer.MAX_VALUE;
			for (SentenceFacts.Slot t : targets) {
				int d = Math.abs(t.start() - sector.start());
				String between = f.text().substring(Math.min(t.end(), sector.start()), Math.max(t.start(), sector.end()));
				if (CLAUSE_BREAK.matcher(between).find()) {
					continue;
				}
				if (d < distance) {
					distance = d;
					nearest = t;
				}
			}
			if (nearest != null) {
				add("IN_SECTOR", nearest.entry(), sector.entry(), null, f, 0.55);
			}
			else if (previous != null && previous.paragraph == f.paragraph) {
				List<SentenceFacts.Slot> before = things(previous).stream()
					.filter((s) -> s.kind().equals("Project") || s.kind().equals("Program")).toList();
				if (before.size() == 1) {
					add("IN_SECTOR", before.get(0).entry(), sector.entry(), null, f, 0.4);
				}
			}
		}
	}

	private void announced(SentenceFacts f) {
		Matcher m = ANNOUNCE.matcher(f.text());
		if (!m.find()) {
			return;
		}
		List<SentenceFacts.Slot> slots = things(f);
		SentenceFacts.Slot government = slots.stream().filter((s) -> s.kind().equals("Government") && s.end() <= m.start())
			.reduce((a, b) -> b).orElse(null);
		if (government == null) {
			return;
		}
		slots.stream().filter((s) -> s.kind().equals("Program") && s.start() >= m.end()).findFirst()
			.ifPresent((p) -> add("ANNOUNCED", government.entry(), p.entry(), null, f, 0.7));
	}

	/** "N projects ... include(s)/including/such as", "among them": what follows lists the batch's projects. */
	private static final Pattern LISTS_MEMBERS = Pattern.compile("\\b(?:include|includes|included|including|such as|among them|among which)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Eight projects were approved. The remaining five projects include a hub project, a ... project and ...": the
	 * projects a sentence lists after its batch are of that batch, in an article that names several batches too.
	 */
	private void listedMembers(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (SentenceFacts.Slot batch : slots) {
			if (!batch.kind().equals("Program")) {
				continue;
			}
			Matcher m = LISTS_MEMBERS.matcher(f.text()).region(batch.end(), f.text().length());
			if (!m.find() || CLAUSE_BREAK.matcher(f.gap(batch.end(), m.start())).find()) {
				continue;
			}
			for (SentenceFacts.Slot s : slots) {
				if (s.start() >= m.end() && s.kind().equals("Project") && !s.anaphor()) {
					add("PART_OF", s.entry(), batch.entry(), null, f, 0.6);
				}
			}
		}
	}

	/** "will be part of", "is a part of the": what the project before is of the batch after. */
	private static final Pattern PART_OF_SAID = Pattern.compile("(?i)^\\s*(?:,[^,]{0,60},)?\\s*(?:will\\s+be|would\\s+be|is|are|was|were|"
			+ "becomes?|forms?|has\\s+become)\\s+(?:a\\s+|one\\s+)?part\\s+of\\s+(?:the\\s+)?$");

	/** Whether a sentence said which batch a project is part of. */
	private boolean partOfSaid;

	/** "The factory will be part of the 2020 Yixing Major Projects": the project, named or pointed at, is of that batch. */
	private void saidPartOf(SentenceFacts f) {
		List<SentenceFacts.Slot> slots = things(f);
		for (int i = 0; i + 1 < slots.size(); i++) {
			SentenceFacts.Slot p = slots.get(i);
			SentenceFacts.Slot b = slots.get(i + 1);
			if (p.kind().equals("Project") && b.kind().equals("Program") && p.end() <= b.start()
					&& PART_OF_SAID.matcher(f.text().substring(p.end(), b.start())).matches()) {
				add("PART_OF", p.entry(), b.entry(), null, f, 0.8);
				this.partOfSaid = true;
			}
		}
	}

	/** In an article about one batch of projects, the projects it goes on to name are taken to be of the batch. */
	private void programMembers(List<SentenceFacts> facts) {
		List<EntityTable.Entry> programs = this.table.entries().stream().filter((e) -> e.kind.equals("Program")).toList();
		if (programs.size() != 1 || programs.get(0).mentions.isEmpty() || this.partOfSaid) {
			// the article said which project is of the batch
			return;
		}
		EntityTable.Entry program = programs.get(0);
		int headlineEnd = headlineEnd(facts);
		int programStart = firstAfter(program, headlineEnd);
		for (EntityTable.Entry e : this.table.entries()) {
			int start = firstAfter(e, headlineEnd);
			if (!e.kind.equals("Project") || start == Integer.MAX_VALUE || start < programStart) {
				continue;
			}
			SentenceFacts f = facts.stream().filter((x) -> x.sentence.start() <= start && start < x.sentence.end())
				.findFirst().orElse(null);
			if (f != null) {
				add("PART_OF", e, program, null, f, 0.4);
			}
		}
	}

	/**
	 * What a sentence says of one of "two plants in Shanghai and Chengdu" it says of each: who builds them, their
	 * sector, the batch they are in.
	 */
	private static final Set<String> SHARED_AMONG_SEVERAL = Set.of("DEVELOPS", "INVESTS_IN", "IN_SECTOR", "PART_OF");

	private void sharedAmongSeveral() {
		for (Draft d : drafts()) {
			if (!SHARED_AMONG_SEVERAL.contains(d.type())) {
				continue;
			}
			EntityTable.Entry project = d.type().equals("DEVELOPS") || d.type().equals("INVESTS_IN") ? d.to() : d.from();
			for (EntityTable.Entry other : project.several) {
				if (d.type().equals("INVESTS_IN")) {
					// who invests in one invests in each, but its sum is no one's cost
					add(d.type(), d.from(), other, null, d.evidence(), d.confidence(), d.kind());
				}
				else if (d.type().equals("DEVELOPS")) {
					add(d.type(), d.from(), other, null, d.evidence(), d.confidence(), d.kind());
				}
				else {
					add(d.type(), other, d.to(), null, d.evidence(), d.confidence(), d.kind());
				}
			}
		}
	}

	/** Each of "two plants in Shanghai and Chengdu" is in the place its name ends with. */
	private void severalInTheirPlaces() {
		for (EntityTable.Entry e : this.table.entries()) {
			if (!e.oneOfSeveral() || e.mentions.isEmpty()) {
				continue;
			}
			String where = EntityTable.placeInName(e.name());
			this.table.entries().stream()
				.filter((p) -> PLACES.contains(p.kind) && where != null
						&& p.names.stream().anyMatch((n) -> Text.normalise(n).equals(Text.normalise(where))))
				.findFirst()
				.ifPresent((p) -> add("LOCATED_IN", e, p, null, e.mentions.get(0), 0.7, null));
		}
	}

	/**
	 * Where the headline ends: the article's first sentence when it ends with no stop (a title, "Construction of the X
	 * Park Begins"), else 0. A headline names what the body tells of in order, so it says nothing of what came first.
	 */
	private static int headlineEnd(List<SentenceFacts> facts) {
		if (facts.size() < 2) {
			return 0;
		}
		String first = facts.get(0).text().strip();
		return first.isEmpty() || ".!?。！？".indexOf(first.charAt(first.length() - 1)) >= 0 ? 0 : facts.get(0).sentence.end();
	}

	/** Where the article first tells of a thing after the headline, or MAX_VALUE. */
	private static int firstAfter(EntityTable.Entry e, int headlineEnd) {
		int first = e.mentions.stream().mapToInt(Evidence::start).filter((s) -> s >= headlineEnd).min().orElse(Integer.MAX_VALUE);
		return first == Integer.MAX_VALUE && !e.mentions.isEmpty() ? e.mentions.get(0).start() : first;
	}

	/**
	 * A project no sentence rule placed, whose sentences name one place (or places within one another: Wuxi,
	 * Jiangsu, China), is in the most specific of them: "to build a new components manufacturing facility" in an
	 * article about "the industrial park of Wuxi" is in Wuxi. Places inside a firm's or a government's name, and
	 * sentences that also name another project, say nothing of it.
	 */
	/**
	 * What a place's name does when it stands for its authorities ("Taiwan has approved an investment plan by UMC",
	 * "Taiwan's Investment Commission"): it is who decides, not where the project is.
	 */
	private static final Pattern ACTS_AS_AUTHORITY = Pattern.compile("(?i)(?:['’]s\\s+(?:investment commission|authorities|"
			+ "government|ministry|economics ministry)|\\s+(?:has|had)?\\s*(?:approved|authorized|authorised|allowed|declined|rejected|"
			+ "barred|banned)\\b|\\s+authorities\\b)");

	private void projectsWhereTheirSentencesAre(List<SentenceFacts> facts) {
		for (EntityTable.Entry project : this.table.entries()) {
			if (!project.kind.equals("Project") || project.mentions.isEmpty() || this.drafts.values().stream()
				.anyMatch((d) -> d.type().equals("LOCATED_IN") && d.from() == project)) {
				continue;
			}
			List<SentenceFacts> told = ownSentences(facts, project);
			Map<EntityTable.Entry, SentenceFacts> places = new java.util.LinkedHashMap<>();
			for (SentenceFacts f : told) {
				for (SentenceFacts.Slot s : f.slots) {
					// "Taiwan's TSMC", "Shanghai-based X": where the firm is from, not where its project is
					if (PLACES.contains(s.kind()) && !s.embedded() && !insideFirm(f, s)
							&& !ACTS_AS_AUTHORITY.matcher(f.text().substring(s.end())).lookingAt()
							&& !BASED.matcher(f.text()).region(s.end(), f.text().length()).lookingAt()) {
						places.putIfAbsent(s.entry(), f);
					}
				}
			}
			List<EntityTable.Entry> innermost = places.keySet().stream()
				.filter((p) -> places.keySet().stream().allMatch((q) -> q == p || within(p, q)))
				.toList();
			if (innermost.size() == 1) {
				add("LOCATED_IN", project, innermost.get(0), null, places.get(innermost.get(0)), 0.45);
			}
		}
	}

	/**
	 * A project no rule gave a developer or an investor, whose own sentences name one firm and no other project, is
	 * that firm's: "Tongwei announced ... an agreement with the government of Leshan City ... for a new polysilicon
	 * manufacturing site".
	 */
	private void projectsOfTheFirmTheirSentencesName(List<SentenceFacts> facts) {
		for (EntityTable.Entry project : this.table.entries()) {
			if (!project.kind.equals("Project") || project.mentions.isEmpty() || !draftsTo("DEVELOPS", project).isEmpty()
					|| !draftsTo("INVESTS_IN", project).isEmpty()) {
				continue;
			}
			Map<EntityTable.Entry, SentenceFacts> firms = new java.util.LinkedHashMap<>();
			for (SentenceFacts f : ownSentences(facts, project)) {
				f.slots.stream().filter((s) -> s.kind().equals("Company")).forEach((s) -> firms.putIfAbsent(s.entry(), f));
			}
			if (firms.size() == 1) {
				var only = firms.entrySet().iterator().next();
				add("DEVELOPS", only.getKey(), project, null, only.getValue(), 0.45);
			}
		}
	}

	/** The sentences that tell of the project and of no other project. */
	private static List<SentenceFacts> ownSentences(List<SentenceFacts> facts, EntityTable.Entry project) {
		return facts.stream()
			.filter((f) -> f.slots.stream().anyMatch((s) -> s.entry() == project)
					&& f.slots.stream().noneMatch((s) -> s.kind().equals("Project") && s.entry() != project))
			.toList();
	}

	/** Whether place {@code a} lies within place {@code b} by the gazetteer. */
	private boolean within(EntityTable.Entry a, EntityTable.Entry b) {
		if (a.key == null || b.key == null) {
			return false;
		}
		Gazetteer.Place pa = this.gazetteer.byId(a.key).orElse(null);
		Gazetteer.Place pb = this.gazetteer.byId(b.key).orElse(null);
		return pa != null && pb != null && !pa.id().equals(pb.id()) && this.gazetteer.within(pa, pb);
	}

	/** Keep the most specific place: drop "in Suzhou" when the same thing is also in Fenhu, a town of Suzhou. */
	private void pruneLocations() {
		List<Draft> located = this.drafts.values().stream().filter((d) -> d.type().equals("LOCATED_IN")).toList();
		for (Draft outer : located) {
			for (Draft inner : located) {
				if (inner == outer || inner.from() != outer.from()) {
					continue;
				}
				if (lies(inner.to(), outer.to(), located, 0)) {
					this.drafts.values().remove(outer);
					break;
				}
			}
		}
	}

	/** Whether {@code a} lies within {@code b}, by the gazetteer or by what the article says of parks. */
	private boolean lies(EntityTable.Entry a, EntityTable.Entry b, List<Draft> located, int depth) {
		if (a == b || depth > 4) {
			return a == b && depth > 0;
		}
		if (PLACES.contains(a.kind) && PLACES.contains(b.kind) && within(a, b)) {
			return true;
		}
		for (Draft d : located) {
			if (d.from() == a && (d.to() == b || lies(d.to(), b, located, depth + 1))) {
				return true;
			}
		}
		return false;
	}

}
