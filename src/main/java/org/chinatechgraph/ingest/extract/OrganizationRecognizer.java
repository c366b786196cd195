package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names of organisations in a sentence and tells their kind from the words they are made of: runs of
 * capitalised words (joined by "of", "and", "for", "&", " - ", a parenthesised place, "Co., Ltd."), split where two
 * complete names are coordinated ("... University and Peking University"), then classified by their head words:
 * Government (Government, Ministry, Commission, Department, Bureau...), University (University, College),
 * Institute (Institute, Academy, Laboratory, School of X), Fund, Park (Park, Zone, Technology City, Valley,
 * Industrial Base, New Area...), Company (Co., Ltd., Group, Corporation, Technology, Semiconductor, Electronics...).
 * An acronym in parentheses after a name ("(NUDT)") is kept as its alias. Runs that fit no kind are returned with
 * a null kind: they may be short names of organisations named before, or places.
 */
public final class OrganizationRecognizer {

	/** A name at tokens {@code [from, to)} and characters {@code [start, end)} of a sentence. */
	public record Mention(String kind, String name, String acronym, int from, int to, int start, int end,
			boolean possessive, String subKind) {
	}

	private static final Set<String> LEGAL = Set.copyOf(java.util.Arrays.asList("co", "co.", "ltd", "ltd.", "inc", "inc.", "corp", "corp.",
			"corporation", "company", "llc", "plc", "gmbh", "ag", "limited", "group", "holdings", "holding", "s.a"));

	/** Words that, with the words of a firm's kind, still name no firm. */
	private static final Set<String> UNNAMING = Set.of("and", "of", "the", "science", "research", "industry",
			"cooperation", "big", "dept", "storage", "ev", "new", "global", "high",
			"advanced", "green", "digital", "smart", "information", "development", "production", "construction",
			// what a firm makes or a kind of money, which names no firm ("Anode Materials", "Foreign Direct Investment")
			"anode", "cathode", "electrolyte", "separator", "foreign", "direct", "overseas", "domestic", "fixed", "asset", "assets");

	private static final Set<String> COMPANY_WORDS = Set.copyOf(java.util.Arrays.asList("technology", "technologies", "tech", "semiconductor",
			"semiconductors", "electronics", "electronic", "microelectronics", "optoelectronics", "materials",
			"energy", "motors", "motor", "automotive", "auto", "pharmaceutical", "pharmaceuticals", "biotech",
			"software", "systems", "networks", "photonics", "chips", "industries", "devices", "display", "displays",
			"power", "battery", "batteries", "robotics", "intelligence", "compressor", "equipment", "instruments",
			"microsystems", "circuits", "telecom", "communications", "capital", "ventures", "investment", "bank",
			"solar", "photovoltaic", "new energy", "optics", "lithium", "chemical", "chemicals", "steel", "machinery",
			"manufacturing", "pharma", "biology", "biosciences", "medical", "hydropower", "mining", "petroleum",
			"petrochemical", "biopharma", "biopharmaceutical", "aviation", "logistics", "textiles", "metals", "shipbuilding",
			"photoelectric", "optoelectronic"));

	/** Abbreviations written with a stop inside names: "Dept. of Science and Technology of Jiangsu Province". */
	private static final Set<String> ABBREVIATIONS = Set.of("dept", "govt", "intl", "natl", "univ", "inst", "assn");

	private static final Set<String> GOVERNMENT_WORDS = Set.copyOf(java.util.Arrays.asList("government", "ministry", "commission", "department", "dept",
			"bureau", "administration", "committee", "council", "office", "municipality's", "people's"));

	/** What a committee that governs nothing but a lab, a school or a firm is named after. */
	private static final Set<String> NOT_GOVERNING = Set.of("laboratory", "lab", "laboratories", "university", "college",
			"corporation", "company", "group", "co", "ltd", "inc", "hospital", "school");

	private static final Set<String> INSTITUTE_WORDS = Set.copyOf(java.util.Arrays.asList("institute", "academy", "laboratory", "lab",
			"laboratories", "observatory", "center", "centre"));

	private static final Set<String> PARK_WORDS = Set.copyOf(java.util.Arrays.asList("park", "zone", "valley", "area", "district", "base", "hub", "campus",
			"city", "town", "port", "island", "cluster"));

	/** Heads that make a name complete: a coordination between two such names is two names. */
	private static final Set<String> STRONG_HEADS = Set.copyOf(java.util.Arrays.asList("university", "college", "institute", "academy",
			"laboratory", "group", "co", "ltd", "corporation", "inc", "government", "ministry", "commission",
			"department", "bureau", "park", "zone", "district", "fund", "valley", "company", "limited", "lab", "province"));

	private OrganizationRecognizer() {
	}

	/** Countries, regions and the like that build or own things in a sentence and are no firm. */
	private static final Set<String> NO_FIRMS = Set.of("china", "mainland", "mainland china", "japan", "korea", "south korea", "taiwan",
			"india", "germany", "france", "britain", "us", "u s", "usa", "america", "europe", "asia", "singapore",
			"hong kong", "macao", "world", "country", "nation", "it", "they", "we", "he", "she",
			// kinds of work written with an ampersand ("Beijing's R&D center", "M&A"), unlike the firms that are ("AT&T")
			"r d", "m a", "s t", "o m", "q a",
			// the industry's abbreviations, which name what is made, not who makes it ("a Shenzhen-based EV research firm")
			"ev", "evs", "nev", "nevs", "bev", "phev", "ic", "ics", "lcd", "lcds", "led", "leds", "oled", "amoled", "pv",
			"ai", "iot", "5g", "6g", "sic", "gan", "tft", "mlcc", "ict", "ess", "cpu", "gpu", "dram", "nand", "mems",
			"soc", "ivd", "api", "cdmo", "cro", "eda");

	/** Words of origin ("Chinese", "German") and of compass ("East China"), which name no one firm. */
	private static final Set<String> ORIGINS = Set.of("chinese", "german", "indian", "japanese", "korean", "american",
			"british", "french", "taiwanese", "singaporean", "european", "asian", "swiss", "dutch", "swedish", "finnish",
			"danish", "norwegian", "italian", "spanish", "israeli", "canadian", "australian", "russian", "belgian",
			"austrian", "thai", "malaysian", "vietnamese", "foreign", "domestic", "overseas",
			"international", "global", "local", "east", "west", "north", "south", "central", "northeast", "northwest",
			"southeast", "southwest", "top", "leading", "major", "billion", "million");

	/** Nouns that, after a word of origin, name a kind of firm and not one ("a German company"). */
	/** Words that rank a firm a headline describes: "Major US Pharmaceutical Company", "Leading Chinese Chipmaker". */
	private static final Set<String> RANKING = Set.of("major", "leading", "top", "big", "large", "giant", "largest", "biggest");

	/** Industries a headline describes a firm by. */
	private static final Set<String> INDUSTRY_WORDS = Set.of("pharmaceutical", "pharma", "chemical", "chemicals", "electronics",
			"semiconductor", "chip", "chipmaker", "tech", "technology", "automotive", "auto", "carmaker", "automaker", "energy",
			"biotech", "battery", "solar", "steel", "display", "panel", "software", "internet", "telecom", "equipment");

	/** Countries a headline names a firm's origin by. */
	private static final Set<String> COUNTRIES = Set.of("us", "u s", "uk", "eu", "china", "japan", "korea", "germany", "france",
			"taiwan", "singapore");

	private static final Set<String> KINDS_OF_FIRM = Set.of("company", "companies", "firm", "firms", "group", "groups",
			"enterprise", "enterprises", "manufacturer", "maker", "investor", "investors", "partner", "partners", "china",
			"cooperation", "investment", "universities", "institutes", "and", "rmb", "yuan", "jv", "jvs", "joint", "venture",
			"ventures");

	/** The last word of a zone's name by kind: "New District", "Economic Development Zone". */
	private static final Set<String> ZONE_HEADS = Set.of("district", "zone", "area", "park", "parks", "zones", "city");

	/** The words a zone's kind is written in, with no name of its own among them. */
	private static final Set<String> ZONE_WORDS = Set.of("new", "district", "zone", "area", "park", "parks", "zones", "city",
			"high", "tech", "hi", "high-tech", "hi-tech", "economic", "development", "industrial", "industry", "free", "trade",
			"pilot", "national", "state", "level", "science", "technology", "and", "technological", "bonded", "export",
			"processing", "comprehensive", "special", "the", "this");

	/** Currencies a headline writes in capitals after a sum: "10 Billion Yuan Investment". */
	private static final Set<String> CURRENCIES = Set.of("yuan", "rmb", "cny", "usd", "dollar", "dollars", "euro", "euros");

	/**
	 * Whether a capitalised name of no known kind is no firm's: a country or region ("China", "East China"), a word
	 * of origin ("Indian"), or origin words before a kind of firm ("Chinese company", "International Cooperation",
	 * "Billion RMB Investment"), a bare number ("No.1").
	 */
	static boolean notAFirm(String name) {
		String n = Text.normalise(name);
		if (NO_FIRMS.contains(n) || n.matches("no \\d+") || n.isEmpty() || DAYS_AND_MONTHS.contains(n)) {
			// "..., Wednesday signed an agreement": a day or a month alone
			return true;
		}
		String[] words = n.split(" ");
		if (n.matches("(?:cny|rmb|usd|us|hk|eur)\\s?\\d.*")) {
			// "funded with CNY100 billion": a sum written with its currency's code
			return true;
		}
		if (n.matches(".*\\b(foreign|direct|overseas|fixed asset|fixed assets) investments?$")) {
			// "US$310 Million in Nanjing Foreign Investment": a kind of money a headline writes in capitals
			return true;
		}
		if (ZONE_HEADS.contains(words[words.length - 1]) && java.util.Arrays.stream(words).allMatch(ZONE_WORDS::contains)) {
			// "the New District set up a promotion group", "the High-tech Zone": a zone named by its kind alone, the
			// zone the article is about, and no firm
			return true;
		}
		if (words.length > 1 && Set.of("project", "projects").contains(words[words.length - 1])) {
			// "Kepler Computing Center Project to build ...": a project that a headline makes the subject
			return true;
		}
		// "GM's China JV", "10 Billion Yuan Investment": a country or a currency before a kind of firm names none
		if (!ORIGINS.contains(words[0]) && !(words.length > 1 && (COUNTRIES.contains(words[0]) || CURRENCIES.contains(words[0])))) {
			return false;
		}
		for (int i = 1; i < words.length; i++) {
			if (!ORIGINS.contains(words[i]) && !KINDS_OF_FIRM.contains(words[i])) {
				return false;
			}
		}
		return true;
	}

	public static List<Mention> find(String sentence, List<Token> tokens) {
		List<Mention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Token t = tokens.get(i);
			if (!startsName(tokens, i)) {
				i++;
				continue;
			}
			int run = extend(tokens, i);
			// "BYD CEO Wang Chuanfu": the firm, then a post and the person who holds it, whose name is no firm's
			int end = beforePost(tokens, i, run);
			String acronym = null;
			int to = run;
			// an acronym in parentheses right after the name
			if (to + 2 < tokens.size() + 0 && to < tokens.size() && tokens.get(to).text().equals("(") && to + 2 < tokens.size()
					&& tokens.get(to + 2).text().equals(")") && Text.isAcronym(tokens.get(to + 1).text())) {
				acronym = tokens.get(to + 1).text();
				to += 3;
			}
			else if (to < tokens.size() && tokens.get(to).text().equals("(")) {
				// a short name in parentheses: "(Xinyuan Micro)", "(hereinafter referred to as Thermo Fisher)"
				int open = to;
				int k = to + 1;
				if (k < tokens.size() && Set.of("hereinafter", "hereafter").contains(tokens.get(k).lower())) {
					k++;
					while (k < tokens.size() && Set.of("referred", "to", "as", "called", "the", "\"", "“", "”", ",")
						.contains(tokens.get(k).lower())) {
						k++;
					}
					to = k - 1;
				}
				int close = to + 1;
				while (close < tokens.size() && close <= to + 4 && tokens.get(close).isWord() && Text.isCapitalised(tokens.get(close).text())) {
					close++;
				}
				while (close < tokens.size() && Set.of("\"", "”").contains(tokens.get(close).text())) {
					close++;
				}
				if (close > to + 1 && close < tokens.size() && tokens.get(close).text().equals(")") && end - i > close - to - 1) {
					int last = close - 1;
					while (last > to + 1 && !tokens.get(last).isWord()) {
						last--;
					}
					acronym = sentence.substring(tokens.get(to + 1).start(), tokens.get(last).end());
					to = close + 1;
				}
				else {
					to = open;
				}
			}
			int first = afterSum(tokens, afterDescription(tokens, afterTitle(tokens, i, end), end), end);
			if (first >= end || first == end - 1 && describing(tokens.get(first).text())) {
				// "the Fujian-based company": a description of a firm named elsewhere
				i = Math.max(to, i + 1);
				continue;
			}
			if (first == end - 1 && first > 0 && Set.of("the", "this", "that", "a", "an").contains(tokens.get(first - 1).lower())
					&& end < tokens.size() && tokens.get(end).lower().equals("company")) {
				// "the Suzhou company", "the LCD-making company": one word and a lower-case "company" after "the"
				// describe a firm named elsewhere
				i = Math.max(to, i + 1);
				continue;
			}
			int s = tokens.get(first).start();
			int e = tokens.get(end - 1).end();
			String name = sentence.substring(s, e);
			boolean possessive = Text.isPossessive(name);
			if (possessive) {
				name = Text.stripPossessive(name);
				e = s + name.length();
			}
			// "Tunghsu group", "Xinhua news agency": a lower-case legal word after a capitalised name
			if (!possessive && end < tokens.size() && Set.of("group", "company", "corporation").contains(Text.stripPossessive(tokens.get(end).lower()))) {
				Token g = tokens.get(end);
				possessive = Text.isPossessive(g.text());
				name = sentence.substring(s, g.end());
				if (possessive) {
					name = Text.stripPossessive(name);
				}
				e = s + name.length();
				end++;
				to = Math.max(to, end);
			}
			if (TICKER.matcher(name).matches() || STRONG_HEADS.contains(Text.normalise(name))) {
				// "BASF (BFA.L, BASFY.PK)": a firm's stock symbol, not a firm; "the University" alone names none
				i = Math.max(to, i + 1);
				continue;
			}
			String[] kind = classify(name);
			found.add(new Mention(kind[0], name, acronym, first, end, s, e, possessive, kind[1]));
			i = Math.max(to, i + 1);
		}
		return found;
	}

	/** A sum's figure: "CNY1", "RMB10", "$3", "1.5". */
	private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("(?i)(?:CNY|RMB|USD|US\\$|\\$|¥)?\\d[\\d.,]*");

	private static final Set<String> MAGNITUDES = Set.of("trillion", "billion", "million", "bn");

	/**
	 * Where a name starts after a sum a headline writes before it ("CNY1 Trillion Venture Capital Guidance Fund"): a
	 * figure with its currency or its magnitude, and the currency's word; a number alone ("360 Security") stays.
	 */
	private static int afterSum(List<Token> tokens, int first, int end) {
		if (first >= end || !FIGURE.matcher(tokens.get(first).text()).matches()) {
			return first;
		}
		int k = first + 1;
		boolean magnitude = k < end && MAGNITUDES.contains(tokens.get(k).lower());
		if (magnitude) {
			k++;
		}
		if (!magnitude && Character.isDigit(tokens.get(first).text().charAt(0))) {
			return first;
		}
		if (k < end && CURRENCIES.contains(tokens.get(k).lower())) {
			k++;
		}
		return k < end ? k : first;
	}

	/** Posts that stand between a firm's name and the person who holds it: "BYD CEO Wang Chuanfu". */
	private static final Set<String> POSTS = Set.of("ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "president",
			"founder", "co-founder");

	/**
	 * Where a run of capitals {@code [from, end)} stops being a name: at a post followed by one to three words of a
	 * person's name and no word of a firm ("Peking University Founder Group" stays whole).
	 */
	private static int beforePost(List<Token> tokens, int from, int end) {
		for (int t = from + 1; t < end - 1; t++) {
			if (!POSTS.contains(tokens.get(t).lower())) {
				continue;
			}
			if (end - t - 1 > 3) {
				return end;
			}
			for (int k = t + 1; k < end; k++) {
				if (!tokens.get(k).isWord() || isOrganisationWord(tokens.get(k).text())) {
					return end;
				}
			}
			return t;
		}
		return end;
	}

	/** A stock symbol with its exchange: "BASFY.PK", "BFA.L", "0981.HK", "600703.SH". */
	private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("[A-Z0-9]{1,7}\\.[A-Z]{1,3}");

	/** Words only a firm's name holds after its trade name: "Wuling Industrial", "Dongfang Electric", "X Group". */
	private static final Set<String> FIRM_ONLY = Set.of("industrial", "electric", "motors", "motor", "group", "holdings",
			"corporation", "company", "automobile");

	/** Whether a word, after a trade name, makes it a firm's: "Industrial", "Electric", "Group", "Co.", "Ltd". */
	static boolean isFirmWord(String word) {
		String w = word.toLowerCase(java.util.Locale.ROOT);
		return FIRM_ONLY.contains(w) || LEGAL.contains(w);
	}

	/** Whether a word names a park or zone: "Park", "Zone", "Area", "Base". */
	static boolean isParkWord(String word) {
		return PARK_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	/** Whether a word is one of a firm's, a body's, a park's or an industry's names ("Technology", "Group", "Park"). */
	static boolean isOrganisationWord(String word) {
		String w = word.toLowerCase(java.util.Locale.ROOT);
		return LEGAL.contains(w) || COMPANY_WORDS.contains(w) || GOVERNMENT_WORDS.contains(w)
				|| INSTITUTE_WORDS.contains(w) || PARK_WORDS.contains(w) || STRONG_HEADS.contains(w)
				|| INDUSTRY_WORDS.contains(w) || KINDS_OF_FIRM.contains(w);
	}

	/** Words of a person's title: "Deputy Mayor of ...", "Secretary of ...", "Vice-chairman of ...". */
	private static final Set<String> TITLES = Set.of("secretary", "secretary-general", "deputy", "vice", "vice-chairman",
			"vice-chairwoman", "chairman", "chairwoman", "president", "vice-president", "mayor", "vice-mayor", "director",
			"director-general", "governor", "vice-governor", "minister", "vice-minister", "premier", "member", "head",
			"ceo", "cfo", "cto", "coo", "dean", "officer", "chief", "founder", "co-founder", "professor", "chair",
			"manager", "provost", "chancellor", "vice-chancellor", "rector", "principal", "commissioner", "spokesman",
			"spokeswoman", "spokesperson");

	/**
	 * Where the organization's own name starts in a run of capitalised words that begins with people's titles
	 * ("Deputy Mayor of Chengdu Municipal Government" → "Chengdu Municipal Government"; of several, the last): after
	 * the last "of" that follows a title word, also across the person's name the title goes with ("Vice Governor Lin
	 * Fanglue of Hainan Province"), or at {@code from} when there is none.
	 */
	/** What a headline or a figure is of, opening a run of capitals: "Construction of X Park Begins", "GDP of X New Area". */
	private static final Set<String> OF_WHAT = Set.of("construction", "completion", "expansion", "groundbreaking",
			"opening", "launch", "signing", "inauguration", "gdp", "output", "revenue", "population");

	private static int afterTitle(List<Token> tokens, int from, int end) {
		if (from + 2 < end && OF_WHAT.contains(tokens.get(from).lower()) && tokens.get(from + 1).is("of")) {
			from += 2;
		}
		int start = from;
		for (int k = from + 1; k < end; k++) {
			if (!tokens.get(k).lower().equals("of")) {
				continue;
			}
			// the title, then at most three words of a person's name, then "of"
			for (int t = k - 1; t >= Math.max(from, k - 4); t--) {
				if (TITLES.contains(tokens.get(t).lower())) {
					start = k + 1;
					break;
				}
				if (!tokens.get(t).isWord() || !Text.isCapitalised(tokens.get(t).text())) {
					break;
				}
			}
		}
		return start;
	}

	/** Words of a country that stand before a firm's name in the news ("Taiwanese X Technology"); not "Chinese". */
	private static final Set<String> DEMONYMS = Set.of("taiwanese", "japanese", "korean", "american", "british", "french",
			"german", "swiss", "dutch", "singaporean", "swedish", "finnish", "danish", "norwegian", "italian", "spanish",
			"israeli", "canadian", "australian", "russian", "belgian", "austrian", "thai", "malaysian", "vietnamese",
			"indian", "us", "japan's", "japan’s", "korea's", "korea’s", "germany's", "germany’s", "france's", "france’s",
			"america's", "america’s", "britain's", "britain’s", "taiwan's", "taiwan’s", "singapore's", "singapore’s");

	/** Words after a country's word that make it part of a name: "Japanese Chamber of Commerce", "British Airways". */
	private static final Set<String> OWN_AFTER_DEMONYM = Set.of("academy", "chamber", "association", "society", "embassy",
			"consulate", "ministry", "government", "council", "federation", "foundation", "institute", "national",
			"airlines", "airways", "railways", "air", "re", "aerospace", "university", "research", "development",
			"trade", "export", "investment", "state", "business", "industry", "industries", "cooperation");

	/** "Shanghai-based", "French-owned", "Taiwan-listed", "State-owned": a word that describes the firm, not its name. */
	private static final java.util.regex.Pattern DESCRIBING = java.util.regex.Pattern.compile(
			"(?i)[\\p{L}.&’'-]+-(?:owned|based|listed|funded|invested|backed|headquartered|registered|controlled)"
			// "Rival JA Solar", "Peer Longi": how the news sets the firm beside another
			+ "|rival|peer|competitor|compatriot");

	static boolean describing(String word) {
		return DESCRIBING.matcher(word).matches() || word.equalsIgnoreCase("Fortune-500") || trade(word);
	}

	/** What a firm makes or is, written before its name: "Chipmaker SMIC", "Screenmaker Visionox", "Automaker Geely". */
	private static final java.util.regex.Pattern TRADE = java.util.regex.Pattern.compile(
			"(?i)[\\p{L}-]*makers?|giant|supplier|manufacturer|producer|developer|startup|start-up");

	private static boolean trade(String word) {
		return TRADE.matcher(word).matches();
	}

	/**
	 * Where the name starts after words that only describe the firm: "Fortune 500", "Fortune Global 500",
	 * "Shanghai-based", "Japanese-owned", "Taiwan-listed" ("Fortune-500 Apex Company" → "Apex Company").
	 */
	private static int afterDescription(List<Token> tokens, int from, int end) {
		int k = from;
		while (k < end - 1) {
			String w = tokens.get(k).text();
			if (describing(w)) {
				k++;
			}
			else if (k == from && end - k >= 4 && Set.of("south", "north").contains(tokens.get(k).lower())
					&& tokens.get(k + 1).is("korean") && !OWN_AFTER_DEMONYM.contains(tokens.get(k + 2).lower())) {
				// "South Korean LG Display Co Ltd": where the firm is from, in two words
				k += 2;
			}
			else if ((k == from || describing(tokens.get(k - 1).text())) && end - k >= 3 && DEMONYMS.contains(tokens.get(k).lower())
					&& !OWN_AFTER_DEMONYM.contains(tokens.get(k + 1).lower())) {
				// "Taiwanese Powerchip Technology", "US Caterpillar Group", "JAPAN'S Omron Corp": where the firm is
				// from, not its name ("Swiss Re" and "German Aerospace Center" keep theirs)
				k++;
			}
			else if (w.equals("Fortune") && tokens.get(k + 1).text().equals("500")) {
				k += 2;
			}
			else if (w.equals("Fortune") && k + 2 < end && tokens.get(k + 1).text().equals("Global")
					&& tokens.get(k + 2).text().equals("500")) {
				k += 3;
			}
			else {
				break;
			}
		}
		return k;
	}

	private static boolean startsName(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		if (!t.isWord() || !Text.isCapitalised(t.text())) {
			return false;
		}
		if (i > 0 && HEADLINE_VERBS.contains(t.lower()) && !Set.of("to", "will", "says").contains(t.lower())) {
			// "... Company Builds First Biotechnology Center": a headline's verb opens no name
			return false;
		}
		return !Text.SENTENCE_STARTERS.contains(t.text()) || i + 1 < tokens.size() && tokens.get(i + 1).text().equals("-");
	}

	/** "Kestrel on Friday", "Lumex on March 3": a date after "on" is not part of a name. */
	private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
			"nov", "dec");

	/**
	 * Verbs a headline writes in capitals after the subject's name ("Tesla Opens ...", "Visionox, Hefei Government
	 * Agree to Build ..."): a name does not run across them. The third person ends a name wherever it stands; the
	 * bare form only after a word that completes a name ("Government", "Group"), since "Open", "Build" and "Start"
	 * also begin names.
	 */
	private static final Set<String> HEADLINE_VERBS = Set.of("opens", "signs", "builds", "invests", "plans", "breaks",
			"launches", "inks", "starts", "agrees", "unveils", "completes", "begins", "wins", "eyes", "expands", "kicks",
			"sets", "teams", "joins", "announces", "establishes", "partners", "cooperates", "receives", "lands", "settles",
			"moves", "acquires", "buys", "commissions", "debuts", "doubles", "mulls", "picks", "chooses", "selects",
			"approves", "backs", "targets", "to", "will", "says");

	private static final Set<String> BARE_HEADLINE_VERBS = Set.of("agree", "sign", "build", "invest", "plan", "break",
			"launch", "ink", "start", "open", "unveil", "complete", "begin", "win", "expand", "kick", "set", "team", "join",
			"announce", "establish", "partner", "cooperate", "land", "settle", "acquire", "buy", "approve", "back");

	static boolean headlineVerb(Token prev, Token t) {
		String w = t.lower();
		return HEADLINE_VERBS.contains(w)
				|| BARE_HEADLINE_VERBS.contains(w) && STRONG_HEADS.contains(Text.stripPossessive(prev.lower()).replace(".", ""));
	}

	/**
	 * Words that carry a founder's possessive on into the firm's name: "Wong’s International (Holdings) Limited",
	 * "McDonald's Industries". They name no thing a possessor could have on its own.
	 */
	private static final Set<String> OWNED_NAME_WORDS = Set.of("International", "Industries", "Enterprises", "Holdings");

	/** The end (exclusive) of the name that starts at {@code i}. */
	private static int extend(List<Token> tokens, int i) {
		int j = i + 1;
		while (j < tokens.size()) {
			Token prev = tokens.get(j - 1);
			if (Text.isPossessive(prev.text()) && !Text.stripPossessive(prev.text()).equals("People")
					&& !OWNED_NAME_WORDS.contains(tokens.get(j).text())) {
				break;
			}
			Token t = tokens.get(j);
			if (t.isWord() && Text.isCapitalised(t.text()) && headlineVerb(prev, t)) {
				break;
			}
			if (t.isWord() && Text.isCapitalised(t.text())) {
				j++;
				continue;
			}
			// "Co., Ltd." and "Inc."
			if (t.text().equals(".") && (LEGAL.contains(prev.lower() + ".") || ABBREVIATIONS.contains(prev.lower()))
					|| t.text().equals(".") && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
				j++;
				continue;
			}
			if (t.text().equals(",") && j + 1 < tokens.size() && Set.of("ltd", "inc", "limited").contains(tokens.get(j + 1).lower())
					&& LEGAL.contains(prev.lower().replace(".", "")) || t.text().equals(",") && prev.text().equals(".")
							&& j + 1 < tokens.size() && tokens.get(j + 1).is("Ltd")
					// "Tekni-Plex, Inc.", "Acme, LLC": a legal form after a comma ends the name before it
					|| t.text().equals(",") && prev.isWord() && Text.isCapitalised(prev.text()) && j + 1 < tokens.size()
							&& Set.of("Inc", "LLC", "Ltd").contains(tokens.get(j + 1).text())) {
				j++;
				continue;
			}
			// a place in parentheses inside a name: "Huatian Technology (Kunshan) Electronics Co., Ltd."
			if (t.text().equals("(") && j + 3 < tokens.size() && tokens.get(j + 2).text().equals(")")
					&& Text.isCapitalised(tokens.get(j + 1).text()) && !Text.isAcronym(tokens.get(j + 1).text())
					&& tokens.get(j + 3).isWord() && Text.isCapitalised(tokens.get(j + 3).text())) {
				j += 3;
				continue;
			}
			boolean connector = Set.of("of", "and", "for", "&", "-", "–", "on", "de").contains(t.lower())
					&& !(t.is("on") && j + 1 < tokens.size() && DAYS_AND_MONTHS.contains(tokens.get(j + 1).lower().replace(".", "")));
			if (connector && j + 1 < tokens.size() && tokens.get(j + 1).isWord() && Text.isCapitalised(tokens.get(j + 1).text())
					&& !Text.SENTENCE_STARTERS.contains(tokens.get(j + 1).text())) {
				if ((t.is("and") || t.is("&")) && completeOnBothSides(tokens, i, j)) {
					break;
				}
				j++;
				continue;
			}
			break;
		}
		return j;
	}

	/**
	 * What a firm does to a plant, a lab or a deal, said right after its name: "Thermo Fisher Scientific is opening a
	 * new facility", "Kymco Motorcycle held a groundbreaking ceremony", "Norvik will invest", "Orion plans to build",
	 * "Thermo Fisher Scientific signed a memorandum of cooperation".
	 */
	static final java.util.regex.Pattern FIRM_ACTS = java.util.regex.Pattern.compile("^\\s+(?:(?:has|have|had|will|would|also|is|are|was|were|"
			+ "now|recently|officially|further|formally|plans\\s+to|planned\\s+to|intends\\s+to|aims\\s+to|is\\s+set\\s+to|"
			+ "is\\s+going\\s+to|agreed\\s+to|decided\\s+to|announced\\s+(?:plans\\s+)?to)\\s+){0,3}"
			+ "(?:invest(?:s|ed|ing)?\\s+(?:[$¥€£\\d]|RMB|CNY|US|in|about|nearly|over|more|some|another|a\\s+total|an?\\s)"
			+ "|(?:build|builds|building|built|construct(?:s|ed|ing)?)\\s+(?:a|an|its|their|two|three|new)\\s"
			+ "|(?:open|opens|opened|opening)\\s+(?:a|an|its|their|two|three)\\s+(?:new\\s+)?[\\w-]+\\s+(?:[\\w-]+\\s+)?"
			+ "(?:plant|factory|facility|center|centre|lab|laboratory|office|headquarters|base|campus|fab|line)"
			+ "|(?:broke|breaks|break|breaking)\\s+ground|(?:held|holds|hold)\\s+(?:a|the)\\s+(?:groundbreaking|foundation)"
			+ "|(?:set|sets|setting)\\s+up\\s+(?:a|an|its|their|two|three)\\s"
			+ "|(?:signed|signs|inked|inks)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}(?:agreement|memorandum|contract|deal|MoU|MOU)\\b"
			+ "|(?:started|starts|start|began|begins)\\s+(?:mass\\s+)?production\\s+(?:at|of|in)\\b)");

	/** The words a university's, an institute's or a government's whole name ends on. */
	private static final Set<String> INSTITUTION_HEADS = Set.of("university", "college", "institute", "academy",
			"government");

	/** Whether "X and Y" at {@code and} joins two complete names rather than making one. */
	private static boolean completeOnBothSides(List<Token> tokens, int from, int and) {
		// a legal suffix ends a firm's name: "... International Corp and Beijing ...", "... Co., Ltd. and ..."
		int last = (tokens.get(and - 1).text().equals(".") && and - 2 >= from) ? and - 2 : and - 1;
		String before = tokens.get(last).lower().replace(".", "");
		if (LEGAL.contains(before) || before.equals("ltd") || before.equals("co")) {
			return true;
		}
		// "CETC Shanxi New Energy Technology and Tongwei Group": a firm's word ends a name of two words or more, and a
		// firm's whole name follows
		if (last - from >= 1 && COMPANY_WORDS.contains(before) && (rightIsAFirm(tokens, and) || institutionAfter(tokens, and))) {
			return true;
		}
		// "Lumen and Orion Display": one word, then a firm's whole name
		if (and - from == 1 && rightIsAFirm(tokens, and)) {
			return true;
		}
		if (and - from >= 2 && fullFirmAfter(tokens, and)) {
			return true;
		}
		if (and - from >= 2 && firmsActing(tokens, and, 2)) {
			return true;
		}
		// "East China Normal University and Huawei signed ...": an institution's whole name, then any name that acts
		if (and - from >= 2 && INSTITUTION_HEADS.contains(before) && firmsActing(tokens, and, 1)) {
			return true;
		}
		// "founded by AVIC and Tianjin Municipal Government": an acronym, then an institution's whole name
		if (and - from == 1 && Text.isAcronym(tokens.get(from).text()) && institutionAfter(tokens, and)) {
			return true;
		}
		if ((and - from >= 2 || and - from == 1 && Text.isAcronym(tokens.get(from).text())) && zoneAfter(tokens, from, and)) {
			return true;
		}
		// "Nanhai Government and State Power Investment Corporation ...": a government's name ends on its head word
		if (and - from >= 2 && tokens.get(and - 1).lower().equals("government") && and + 2 < tokens.size()
				&& Text.isCapitalised(tokens.get(and + 1).text()) && Text.isCapitalised(tokens.get(and + 2).text())) {
			return true;
		}
		boolean left = false;
		for (int k = from; k < and; k++) {
			if (STRONG_HEADS.contains(tokens.get(k).lower().replace(".", ""))) {
				left = true;
			}
		}
		if (!left) {
			return false;
		}
		StringBuilder right = new StringBuilder();
		for (int k = and + 1; k < tokens.size(); k++) {
			Token t = tokens.get(k);
			if (t.isWord() && Text.isCapitalised(t.text())) {
				right.append(t.text()).append(' ');
				boolean leftEndsComplete = STRONG_HEADS.contains(tokens.get(and - 1).lower().replace(".", ""));
				if (leftEndsComplete && classify(right.toString().strip())[0] != null && k + 1 < tokens.size()
						&& !Text.isCapitalised(tokens.get(k + 1).text())) {
					return true;
				}
			}
			if (!t.isWord() || t.is("and") || !Text.isCapitalised(t.text()) && !Set.of("of", "for").contains(t.lower())) {
				break;
			}
			if (STRONG_HEADS.contains(Text.stripPossessive(t.lower()).replace(".", ""))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code words} capitalised words or more after {@code and} end the run and a firm's verb follows ("Kymco
	 * Motorcycle and Kwang Hsing Precise Machine held a groundbreaking ceremony"): two act together. "Procter and
	 * Gamble" stays one.
	 */
	private static boolean firmsActing(List<Token> tokens, int and, int words) {
		int k = and + 1;
		while (k < tokens.size() && tokens.get(k).isWord() && Text.isCapitalised(tokens.get(k).text())) {
			k++;
		}
		if (k - and - 1 < words) {
			return false;
		}
		StringBuilder after = new StringBuilder();
		for (int i = k; i < tokens.size() && i < k + 12; i++) {
			after.append(' ').append(tokens.get(i).text());
		}
		return FIRM_ACTS.matcher(after).lookingAt();
	}

	/** Whether the capitalised words after {@code and} make a firm's name on their own ("Orion Display"). */
	private static boolean rightIsAFirm(List<Token> tokens, int and) {
		return firmAfter(tokens, and) != null;
	}

	/**
	 * Whether a firm's whole name with a legal form and two words of its own follows {@code and} ("PSA Peugeot Citroen
	 * and Hainan Mazda Motor Corp"): a name so complete is one of its own whatever stands before "and", while one
	 * word of its own may still finish the name before ("Information and Communication Technology Co").
	 */
	private static boolean fullFirmAfter(List<Token> tokens, int and) {
		String right = firmAfter(tokens, and);
		if (right == null) {
			return false;
		}
		List<String> words = List.of(Text.normalise(right).split(" "));
		return words.stream().anyMatch(LEGAL::contains)
				&& words.stream().filter((w) -> !LEGAL.contains(w) && !COMPANY_WORDS.contains(w) && !UNNAMING.contains(w)).count() >= 2;
	}

	/**
	 * Whether the capitalised words after {@code and} name a university, an institute or a government of their own
	 * ("Brightway Robotics and Tsinghua University"): they end on such a head and the name stops there.
	 */
	private static boolean institutionAfter(List<Token> tokens, int and) {
		int k = capitalisedAfter(tokens, and);
		if (k <= and + 1 || k < tokens.size() && Set.of("of", "for", "and", "&").contains(tokens.get(k).lower())) {
			return false;
		}
		String head = Text.stripPossessive(tokens.get(k - 1).text()).toLowerCase(java.util.Locale.ROOT);
		return INSTITUTION_HEADS.contains(head);
	}

	/**
	 * Whether the capitalised words after {@code and} name a zone of their own, whose first word says whose it is,
	 * after a name with no zone's word ("between Thermo Fisher and Suzhou High Tech Zone"); "Hefei Economic and
	 * Technological Development Zone" stays one name.
	 */
	private static boolean zoneAfter(List<Token> tokens, int from, int and) {
		for (int k = from; k < and; k++) {
			String w = tokens.get(k).lower();
			boolean placeWord = k == and - 1 && k > from && Set.of("city", "county", "province").contains(w);
			if (!placeWord && (PARK_WORDS.contains(w) || BODY_AND_ZONE_WORDS.contains(w))) {
				// "Guiyang City and Gui'an New Area": a place and a zone; "Hefei Economic and ..." one zone
				return false;
			}
		}
		int k = capitalisedAfter(tokens, and);
		if (k < and + 4 || BODY_AND_ZONE_WORDS.contains(tokens.get(and + 1).lower())
				|| k < tokens.size() && Set.of("of", "for", "and", "&").contains(tokens.get(k).lower())) {
			return false;
		}
		String name = Text.normalise(joined(tokens, and + 1, k));
		String[] words = name.split(" ");
		return parkKind(name, words[words.length - 1]) != null;
	}

	/** The capitalised words after {@code and} when they make a firm's name on their own, else null. */
	private static String firmAfter(List<Token> tokens, int and) {
		int k = capitalisedAfter(tokens, and);
		String right = joined(tokens, and + 1, k);
		// "Industrial and Commercial Bank of China" goes on: one name
		boolean goesOn = k + 1 < tokens.size() && Set.of("of", "for", "and", "&").contains(tokens.get(k).lower())
				&& Text.isCapitalised(tokens.get(k + 1).text());
		return !right.isEmpty() && !goesOn && "Company".equals(classify(right)[0]) ? right : null;
	}

	/** Where the run of capitalised words right after {@code and} ends. */
	private static int capitalisedAfter(List<Token> tokens, int and) {
		int k = and + 1;
		while (k < tokens.size() && tokens.get(k).isWord() && Text.isCapitalised(tokens.get(k).text())) {
			k++;
		}
		return k;
	}

	/** The words of tokens [from, to), one space between each. */
	private static String joined(List<Token> tokens, int from, int to) {
		return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
	}

	/** The graph label of a name and, for parks and institutes, their kind; {null, null} when none fits. */
	static String[] classify(String name) {
		List<String> words = new ArrayList<>();
		for (String w : Text.normalise(name).split(" ")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		if (words.isEmpty()) {
			return new String[] { null, null };
		}
		String lowerName = String.join(" ", words);
		if (words.size() > 1 && FOREIGN_LEGAL.matcher(name).find()) {
			// "Vestas Wind Systems A/S", "Philips N.V.", "Enel S.p.A.": a European firm's legal form ends its name
			return new String[] { "Company", null };
		}
		int u = words.indexOf("u");
		if (u > 0 && u + 2 < words.size() && words.get(u + 1).equals("of")) {
			// "Dalian U. of Technology": a university written short
			return new String[] { "University", null };
		}
		String last = lastMeaningful(words);
		if (words.size() >= 2 && RANKING.contains(words.get(0)) && words.stream().skip(1).allMatch((w) -> ORIGINS.contains(w)
				|| KINDS_OF_FIRM.contains(w) || INDUSTRY_WORDS.contains(w) || COUNTRIES.contains(w))) {
			// "Major US Pharmaceutical Company Builds ...": a headline describing a firm, not its name
			return new String[] { null, null };
		}
		if (last.equals("fund")) {
			// "Beijing E-Town Government Investment Guidance Fund": a fund a government set up is a fund
			return new String[] { "Fund", null };
		}
		if (words.stream().anyMatch(GOVERNMENT_WORDS::contains) || lowerName.contains("people s government")) {
			// "X Joint Laboratory Management Committee", "Y Group Corporation ... Committee": a body of a lab or a
			// firm, no government
			boolean ofAnother = words.size() > 2 && Set.of("committee", "council", "office").contains(last)
					&& words.subList(0, words.size() - 1).stream().anyMatch(NOT_GOVERNING::contains);
			return new String[] { namesOne(words) && !ofAnother ? "Government" : null, null };
		}
		if (words.get(0).equals("school") || words.get(0).equals("faculty") || lowerName.startsWith("college of")
				|| lowerName.contains(" school of ") && !words.contains("university")) {
			// "Gaoling School of Artificial Intelligence": a school, whatever its subject's last word
			return new String[] { "Institute", "school" };
		}
		if (words.contains("university") || last.equals("college")) {
			return new String[] { "University", null };
		}
		if (words.contains("institute") || words.contains("academy") || words.contains("laboratory")
				|| words.contains("laboratories") || last.equals("lab")) {
			return new String[] { "Institute", words.contains("laboratory") || last.equals("lab") ? "lab" : "institute" };
		}
		String park = parkKind(lowerName, last);
		if (park != null) {
			return namesOne(words) ? new String[] { "Park", park } : new String[] { null, null };
		}
		boolean legal = words.stream().anyMatch((w) -> LEGAL.contains(w));
		if (legal || COMPANY_WORDS.contains(last) || words.size() > 1 && COMPANY_WORDS.contains(words.get(words.size() - 2) + " " + last)) {
			// "Semiconductors", "Science and Technology", "Co., Ltd.": words any firm's name may have, and no name
			boolean named = words.stream().anyMatch((w) -> !LEGAL.contains(w) && !COMPANY_WORDS.contains(w)
					&& !UNNAMING.contains(w));
			return new String[] { named ? "Company" : null, null };
		}
		if (INSTITUTE_WORDS.contains(last) && (lowerName.contains("research") || lowerName.contains("innovation")
				|| lowerName.contains("engineering") || lowerName.contains("technology"))) {
			return new String[] { "Institute", "research center" };
		}
		return new String[] { null, null };
	}

	/**
	 * Words that say what kind of body or zone a name is, and which of them, but not whose: "Standing Committee",
	 * "Management Committee", "Industrial Park", "High Tech Zone" name no government and no park on their own.
	 */
	private static final Set<String> BODY_AND_ZONE_WORDS = Set.copyOf(java.util.Arrays.asList("the", "of", "and", "for",
			"standing", "management", "administrative", "administration", "committee", "commission", "government",
			"people", "s", "people's", "municipal", "provincial", "local", "office", "bureau", "department", "dept",
			"council", "investment", "industrial", "industry", "high", "hi", "tech", "new", "technology",
			"technological", "economic", "development", "science", "park", "zone", "area", "base", "district",
			"special", "pilot", "demonstration", "innovation", "free", "trade", "export", "processing", "national",
			"state", "level", "city", "county", "town", "village", "township", "party", "central", "ecopark", "technopark",
			"biopark", "cyberpark"));

	/** Whether some word of the name says whose body or zone it is. */
	private static boolean namesOne(List<String> words) {
		return words.stream().anyMatch((w) -> !BODY_AND_ZONE_WORDS.contains(w));
	}

	/** Whether some word of a body's or zone's name says whose it is ("Technological Development Zone" says not). */
	static boolean namesOne(String name) {
		String n = Text.normalise(name);
		// "Beijing's Silicon Valley", "China's Silicon Valley": a nickname for a place, no zone of that name
		return !n.equals("silicon valley") && namesOne(List.of(n.split(" ")));
	}

	/** European legal forms written after a firm's name. */
	private static final java.util.regex.Pattern FOREIGN_LEGAL = java.util.regex.Pattern.compile(
			"\\s(?:A/S|ApS|ASA|AB|Oyj|N\\.V\\.?|B\\.V\\.?|S\\.p\\.A\\.?|S\\.A\\.?|SE|KGaA|S\\.r\\.l\\.?)$");

	private static String lastMeaningful(List<String> words) {
		for (int k = words.size() - 1; k >= 0; k--) {
			String w = words.get(k);
			if (!LEGAL.contains(w) && !w.equals("ltd") && !w.equals("co")) {
				return w;
			}
		}
		return words.get(words.size() - 1);
	}

	private static String parkKind(String name, String last) {
		if (last.length() > 6 && last.endsWith("park") && Set.of("eco", "techno", "bio", "cyber", "agro", "info", "sci")
				.contains(last.substring(0, last.length() - 4))) {
			// "Qingdao Sino-German Ecopark", "Technopark": a park written in one word
			return "park";
		}
		if (!PARK_WORDS.contains(last)) {
			return null;
		}
		if (name.endsWith("high tech zone") || name.endsWith("hi tech zone") || name.endsWith("high tech industrial development zone")
				|| name.endsWith("high tech district") || name.endsWith("hi tech district")) {
			return "high-tech zone";
		}
		if (name.endsWith("development zone") || name.endsWith("economic zone") || name.endsWith("pilot zone")
				|| name.endsWith("free trade zone") || name.endsWith("zone") || name.endsWith("development district")
				|| name.endsWith("development area") || name.endsWith("industrial area")) {
			return "development zone";
		}
		if (name.endsWith("technology city") || name.endsWith("science city") || name.endsWith("innovation city")
				|| name.endsWith("sci tech city")) {
			return "technology city";
		}
		if (name.endsWith("science town") || name.endsWith("tech town") || name.endsWith("innovation town")) {
			return "technology town";
		}
		if (name.endsWith("industrial base") || name.endsWith("production base") || name.endsWith("industry base")) {
			return "industrial base";
		}
		if (name.endsWith("new area") || name.endsWith("new district")) {
			return "new area";
		}
		if (last.equals("park")) {
			return name.contains("industrial") || name.contains("industry") ? "industrial park"
					: name.contains("science") || name.contains("technology") || name.contains("tech") ? "science park"
							: "park";
		}
		if (last.equals("valley")) {
			return "valley";
		}
		if (last.equals("hub") || last.equals("campus") || last.equals("port") || last.equals("cluster")) {
			return name.contains("industr") || name.contains("technology") || name.contains("innovation")
					|| name.contains("science") || name.contains("tech") ? last : null;
		}
		return null;
	}

}
