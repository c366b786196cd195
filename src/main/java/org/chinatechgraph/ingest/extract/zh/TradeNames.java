package org.chinatechgraph.ingest.extract.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.extract.zh.HanLanguage.Word;

/**
 * Firms that Chinese news names by their trade name (字号) and industry word alone, without a legal form: "星河半导体拟投资…",
 * "明远科技与…签约", "由华越锂电投资建设". Such a name is a firm only where the sentence makes it one: it stands as the
 * subject of an act only a firm performs (投资, 签约, 落户, 牵头…) or is the other side of 与/和/由. Its trade name is two
 * to four characters that start a clause or follow the word that introduces it, and is neither a place, nor an
 * industry, nor a word that points or counts.
 */
final class TradeNames {

	/** A firm's name found in a sentence, at {@code [start, end)}. */
	record Span(int start, int end) {
	}

	/**
	 * What the article's reference data says a word is: {@code isPlace} a place's name (宜春 is no trade name),
	 * {@code isIndustry} a name with a sector's word in it (芯片 of 芯片封测 is no trade name), {@code isSector} a sector's
	 * own name (人工智能 is no firm).
	 */
	record Vocabulary(Predicate<String> isPlace, Predicate<String> isIndustry, Predicate<String> isSector) {
	}

	/** The industry word a trade name goes with (星河 + 半导体): what the firm's full name would say before 有限公司. */
	private static final String INDUSTRY_WORDS = "(科技|高科|技术|新能源|能源|新材料|新材|材料|半导体|微电子|电子|光电|"
			+ "锂电|锂业|锂能|电池|电气|智能|智造|医药|药业|制药|生物|汽车|动力|股份|实业|化工|化学|光伏|储能|信息|通信|软件|网络|"
			+ "数据|装备|机械|重工|精密|光学|环保|钢铁|硅业|钴业|纳米|芯片|电子科技)";

	private static final Pattern INDUSTRY = Pattern.compile(INDUSTRY_WORDS + "$");

	private static final Pattern INDUSTRY_WORD = Pattern.compile(INDUSTRY_WORDS);

	/** One or two industry words after a trade name ("智能装备" of 澜越智能装备 is 智能 and what it makes). */
	private static final Pattern INDUSTRY_RUN = Pattern.compile(INDUSTRY_WORDS + "{1,2}");

	/** A run of industry words alone ("电子信息", "新能源"): an industry, not a firm's trade name. */
	private static final Pattern ONLY_INDUSTRY = Pattern.compile(INDUSTRY_WORDS + "+");

	/**
	 * What a firm does as the subject of a news sentence, after its adverbs (拟, 将, 计划...); not 建设 of a list item
	 * ("X建设等33个项目", "X建设项目"), which names the work, not who does it.
	 */
	private static final Pattern ACT = Pattern.compile("\\s*(?:(?:拟|将|计划|已|已经|正式|成功|还|也|又|近日|日前|此次|本次|再次|首次|"
			+ "宣布|决定|准备|预计|分别|共同|累计|总)\\s*)*(?:在|于|与|和|同|携手|联合|投资|出资|投建|斥资|建设(?![等、项工])|签约|签署|签订|落户|入驻|"
			+ "落地|牵头|新建|扩建|打造|布局|设立|成立|收购|参与|承建|负责|主导|发起|公告|发布|达成|举行|合作|共建|合资|开展)");

	/** The words a firm's name follows when it is the other side of an act: "与X签约", "由X投资建设", "携手X". */
	private static final Pattern INTRODUCED = Pattern.compile("(与|和|同|由|携手|联合|引进|引入|吸引|旗下的|旗下)\\s*$");

	/** Words that rank what follows ("首座", "第一"), never the opening of a firm's name (首钢 is one). */
	static final String RANKS = "首座|首个|首条|首家|首批|首期|首台|首套|第";

	/** Words that point, count, rank or gather, and so name no firm ("本地电子", "全市新能源", "双方合作", "首座"). */
	private static final Pattern NOT_A_TRADE_NAME = Pattern.compile("^(" + TradeNames.RANKS + "|本|该|此|这|那|我|全|双|各|其|每|多|几|诸|某|另|新|老|大|小|总|相关|当地|国内|国际|海外|省内|市内|区内|行业|产业|企业|公司|集团|项目|园区|基地|中心|领域|工业|传统|高端|新兴|未来|先进)"
			+ "|(的|之|省|市|区|县|镇|园|乡|村|国|州|业|域|类|型)$|\\d|[A-Za-z]");

	/** Words that describe, wherever they stand in what looks like a trade name ("国药高端"). */
	private static final Pattern DESCRIBING_WORD = Pattern.compile("高端|中端|低端|大型|中型|小型|新型|重点|重大|高新|高性能|一体化|产业化|规模化");

	/**
	 * Words that say what kind of technology, energy or material it is ("核心技术", "清洁能源", "正极材料"): an industry's
	 * own words, which a trade name is not.
	 */
	private static final Pattern DESCRIPTIVE = Pattern.compile("^(智能|网联|新能源|核心|关键|前沿|共性|底层|数字|绿色|清洁|可再生|传统|量子|人工|智慧|低碳|零碳|"
			+ "氢|化石|新型|先进|高性能|复合|基础|通用|专用|功能|综合|正极|负极|隔膜|电解|碳|硅|稀土|光|风|核|水|太阳|生命|健康|医疗|"
			+ "海洋|航空|航天|船舶|轨道|交通|农业|工程|环境|节能|新兴|战略|高新|现代|创新|应用|自主|国产|关键核心)");

	/** One-character adverbs that belong to the sentence, never to a name before them. */
	private static final String SENTENCE_ADVERBS = "将已也还都就又再才更最很均亦不未正曾共总皆仍即便并且而且";

	private TradeNames() {
	}

	/** The firms a sentence names by trade name and industry word in the position of a firm. */
	static List<Span> find(String zh, List<Word> words, Vocabulary vocabulary) {
		List<Candidate> candidates = new ArrayList<>();
		for (Word w : words) {
			Candidate c = candidate(zh, words, w.end(), vocabulary);
			if (c != null) {
				candidates.add(c);
			}
		}
		// "鼎胜新材、星源材料分别与…签约": a name listed before a firm that acts acts with it
		List<Span> found = new ArrayList<>();
		for (int i = candidates.size() - 1; i >= 0; i--) {
			Candidate c = candidates.get(i);
			boolean listed = c.listed() && !found.isEmpty() && found.get(0).start() == c.span().end() + 1;
			if (c.acts() || listed) {
				found.add(0, c.span());
			}
		}
		return found;
	}

	/**
	 * The firm a project's name opens on at {@code from}, by trade name and industry word ("星河半导体项目", "澜越智能装备
	 * 项目" → 星河半导体, 澜越智能): two to four characters of a name, then the longest industry word that ends before
	 * {@code to}; null when the opening is a place, an industry or a word that describes.
	 */
	static Span opening(String zh, List<Word> words, int from, int to, Vocabulary vocabulary) {
		int nameEnd = from;
		for (Word w : words) {
			if (w.start() == nameEnd && w.end() - from <= 4 && nameWord(w) && !INDUSTRY_WORD.matcher(w.text()).matches()) {
				nameEnd = w.end();
			}
		}
		if (nameEnd - from < 2 || !unknownName(words, from, nameEnd)) {
			return null;
		}
		Span best = null;
		for (Word w : words) {
			if (w.start() >= nameEnd && w.end() < to && INDUSTRY_RUN.matcher(zh.substring(nameEnd, w.end())).matches()) {
				best = new Span(from, w.end());
			}
		}
		if (best == null) {
			return null;
		}
		String tradeName = zh.substring(from, nameEnd);
		return acceptable(tradeName, zh.substring(best.start(), best.end()), vocabulary) ? best : null;
	}

	/**
	 * Whether a trade name is a name the dictionary does not hold as a common word: a proper noun, or characters HanLP
	 * left loose ("音视频" and "星河" are words of the language; "明澜", "澜/越" are names). Where no act shows a firm, only
	 * such a name opens a project's name as its firm.
	 */
	private static boolean unknownName(List<Word> words, int from, int to) {
		List<Word> inside = words.stream().filter((w) -> w.start() >= from && w.end() <= to).toList();
		return inside.stream().allMatch((w) -> w.text().length() == 1)
				|| inside.stream().anyMatch((w) -> w.is("nr") || w.is("ns") || w.is("nz") || w.is("nt") || w.is("j") || w.is("g"));
	}

	private static boolean acceptable(String tradeName, String name, Vocabulary vocabulary) {
		return !(NOT_A_TRADE_NAME.matcher(tradeName).find() || DESCRIBING_WORD.matcher(tradeName).find() || ONLY_INDUSTRY.matcher(tradeName).matches()
				|| DESCRIPTIVE.matcher(tradeName).find() || vocabulary.isPlace().test(tradeName)
				|| vocabulary.isIndustry().test(tradeName) || vocabulary.isSector().test(name));
	}

	/** A name of trade name and industry word, and whether a firm's act or the mark of a list follows it. */
	private record Candidate(Span span, boolean acts, boolean listed) {
	}

	/** The trade name and industry word that end at {@code end}, if they can be a firm's name; else null. */
	private static Candidate candidate(String zh, List<Word> words, int end, Vocabulary vocabulary) {
		Matcher head = INDUSTRY.matcher(zh.substring(Math.max(0, end - 4), end));
		if (!head.find()) {
			return null;
		}
		int headStart = end - (head.end() - head.start());
		boolean acts = ACT.matcher(zh).region(end, zh.length()).lookingAt();
		boolean listed = end < zh.length() && zh.charAt(end) == '、';
		if (!startsWord(words, headStart) || !acts && !listed) {
			return null;
		}
		int start = tradeNameStart(zh, words, headStart);
		if (start < 0) {
			return null;
		}
		if (!acceptable(zh.substring(start, headStart), zh.substring(start, end), vocabulary)) {
			return null;
		}
		return new Candidate(new Span(start, end), acts, listed);
	}

	/**
	 * Where the trade name before an industry word starts: the start of its clause, or right after the word that
	 * introduces it, two to four characters back, with nothing but nouns and loose characters between; else -1.
	 */
	private static int tradeNameStart(String zh, List<Word> words, int headStart) {
		int start = headStart;
		for (int j = indexEndingAt(words, headStart); j >= 0 && nameWord(words.get(j)); j--) {
			if (headStart - words.get(j).start() > 4) {
				return -1;
			}
			start = words.get(j).start();
		}
		int length = headStart - start;
		boolean opensClause = start == 0 || "，。；：、！？（(“\"　 ".indexOf(zh.charAt(start - 1)) >= 0;
		boolean introduced = INTRODUCED.matcher(zh.substring(Math.max(0, start - 3), start)).find();
		return length >= 2 && length <= 4 && (opensClause || introduced) ? start : -1;
	}

	/**
	 * A word a trade name can be made of: a noun or proper name, or one loose character HanLP did not join; not a
	 * word that introduces a firm (与, 由, 旗下).
	 */
	private static boolean nameWord(Word w) {
		if (INTRODUCED.matcher(w.text()).matches()) {
			return false;
		}
		if (w.text().length() == 1) {
			// a character HanLP reads as an adverb may be a name's ("澜/越"), the adverbs of a sentence are not
			return !(w.is("w") || w.is("c") || w.is("p") || w.is("u") || w.is("r") || w.is("m") || w.is("q")
					|| sentenceAdverb(w));
		}
		return w.is("n") || w.is("g") || w.is("j");
	}

	/** Whether a word is one of the one-character adverbs a sentence uses (将, 已, 不…), never a piece of a name. */
	static boolean sentenceAdverb(Word w) {
		return w.is("d") && w.text().length() == 1 && SENTENCE_ADVERBS.indexOf(w.text().charAt(0)) >= 0;
	}

	private static boolean startsWord(List<Word> words, int at) {
		return words.stream().anyMatch((w) -> w.start() == at);
	}

	/** The index of the word that ends at {@code at}, or -1. */
	private static int indexEndingAt(List<Word> words, int at) {
		for (int j = 0; j < words.size(); j++) {
			if (words.get(j).end() == at) {
				return j;
			}
		}
		return -1;
	}

}
