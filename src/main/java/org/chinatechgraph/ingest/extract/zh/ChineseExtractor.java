package org.chinatechgraph.ingest.extract.zh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chinatechgraph.ingest.FactFile;
import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.ChineseNumerals;
import org.chinatechgraph.ingest.extract.Evidence;
import org.chinatechgraph.ingest.extract.ExtractedEntity;
import org.chinatechgraph.ingest.extract.ExtractedRelation;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.FullWidth;
import org.chinatechgraph.ingest.extract.Gazetteer;
import org.chinatechgraph.ingest.extract.KnownOrganizations;
import org.chinatechgraph.ingest.extract.MoneyParser;
import org.chinatechgraph.ingest.extract.PartnershipKinds;
import org.chinatechgraph.ingest.extract.Sentence;
import org.chinatechgraph.ingest.extract.SentenceSplitter;
import org.chinatechgraph.ingest.extract.StatedAmount;
import org.chinatechgraph.ingest.extract.zh.HanLanguage.Word;

/**
 * Reads a Chinese news article (simplified or traditional) and extracts the same facts as the English rules:
 * organisations, parks, projects, programs and funds by the words that end their names (有限公司, 人民政府, 管委会,
 * 高新区, 产业园, 项目, 基金...) with the name's start found on HanLP's segmentation; places through the gazetteer's
 * Chinese names; sectors through the Chinese names and aliases of the vocabulary; amounts (亿元, 万元, 美元) on the
 * nearest project, program or fund; then the relationships each sentence states. Traditional text is read through
 * its simplified form, but every name and every piece of evidence is the article's own text.
 */
public final class ChineseExtractor {

	/** Whether a text is Chinese: most of its letters are Han characters. */
	public static boolean isChinese(String text) {
		int han = 0;
		int letters = 0;
		int n = Math.min(text.length(), 4000);
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
					han++;
				}
			}
		}
		return han >= 10 && han * 4 >= letters;
	}

	private record Suffix(String kind, String text) {
	}

	private static final List<Suffix> SUFFIXES = new ArrayList<>();

	static {
		add("Company", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股集团", "集团", "公司", "控股");
		add("Government", "人民政府", "管理委员会", "管委会", "筹委会", "委员会", "政府", "投促局", "商务局", "资源局", "发改委",
				"经信委", "科技局", "工信局", "市委", "工信部", "科技部", "创业中心", "科技厅", "工信厅", "商务厅",
				"发改局", "经信局", "招商局", "经信厅", "国资委", "财政厅", "财政局", "生态环境厅", "生态环境局");
		add("University", "大学", "学院");
		add("Institute", "研究院", "研究所", "科学院", "工程院", "微电子所", "技术所", "物理所", "化学所", "重点实验室");
		add("Fund", "基金合伙企业(有限合伙)", "基金合伙企业（有限合伙）", "投资基金", "产业基金", "引导基金", "基金");
		add("Park", "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "高新开发区", "经开区", "高新区", "开发区",
				"新区", "产业园区", "工业园区", "园区", "工业园", "科技园", "产业园", "科技城", "科学城", "生命科学园", "创新区", "合作区",
				"文化区", "试验区", "实验区", "自贸区", "保税区", "产业集聚区", "集聚区", "示范区", "集中区", "临空经济区", "临港经济区",
				"空港经济区", "片区", "新城", "生态城", "生物城", "小镇", "软件园", "物流园", "创业园", "创新园", "孵化园", "工业区", "加工区",
				"保税港区", "光谷", "药谷", "芯谷", "智谷", "声谷", "车谷", "数谷", "基地", "园");
		add("Project", "项目", "项目（一期）", "项目（二期）", "项目(一期)", "项目(二期)", "项目一期", "项目二期", "项目三期", "工程",
				"生产线", "生产基地", "产业基地", "研发基地", "产业化基地", "制造基地", "运营基地", "标注基地", "数据中心", "计算中心",
				"算力中心", "孵化中心", "研发中心", "创新中心", "运营中心", "工程研究中心", "研究中心", "技术中心", "总部", "孵化器", "实验室", "工厂", "厂区", "厂");
		SUFFIXES.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
	}

	private static void add(String kind, String... texts) {
		for (String t : texts) {
			SUFFIXES.add(new Suffix(kind, t));
		}
	}

	/** Words a name never runs across. */
	private static final Set<String> STOP = Set.of("在", "于", "与", "和", "及", "以及", "或", "的", "是", "为", "有", "将", "把",
			"被", "由", "对", "向", "从", "等", "该", "这", "此", "其", "其中", "包括", "总投资", "投资", "签约", "签订", "签署", "开工",
			"建设", "实施", "推进", "落户", "打造", "引进", "举行", "集中", "重点", "重大", "了", "着", "已", "已经", "正在", "今年", "今天",
			"日前", "近日", "目前", "位于", "入驻", "暨", "同", "并", "也", "还", "都", "就", "又", "到", "来", "记者", "报道", "讯",
			"本报讯", "新建", "计划", "拟", "约", "共", "达", "超", "亿元", "万元", "个", "项", "家", "以", "作为", "成为", "如", "即",
			"这是", "一个", "一批", "首批", "全国", "全省", "全市", "全区", "我国", "国内", "旗下", "下属", "所属", "控股子公司", "子公司",
			"分别", "携手", "联合", "联同", "连同", "会同", "共同", "合作", "共建", "组建", "设立", "成立", "牵头", "距离", "距", "离",
			"毗邻", "紧邻", "续建");

	/** Words of the STOP list that may stand inside an organisation's name ("康峰投资管理有限公司"). */
	private static final Set<String> ORG_WORDS = Set.of("投资", "建设", "合作", "联合", "共同");

	/** Verbs that may stand inside a project's name ("年产20万辆...项目", "...研制及生产项目"). */
	private static final Set<String> NAME_VERBS = Set.of("年产", "生产", "研制", "制造", "加工", "封装", "研发", "孵化", "创新",
			"提升", "改造", "供热", "封测", "循环", "利用", "标注", "配套", "智能", "混调", "存储", "储能", "检测", "测试", "装备",
			"显示", "发电", "风力发电", "光伏发电", "互补", "传动", "驱动", "控制", "照明", "通信", "通讯", "物流", "运输", "环保", "节能",
			"制药", "医疗", "建材", "冶炼", "铸造", "锻造", "印刷", "包装", "电镀", "焊接", "切片", "组装", "装配", "回收",
			"再生", "提纯", "精炼", "涂装", "冲压", "注塑", "抛光", "镀膜", "拉晶");

	/** One-character verbs that do something to a thing named after them ("建", "投"), never the end of a trade name. */
	private static final Set<String> COMMON_ONE_CHARACTER_VERBS = Set.of("建", "投", "设", "签", "办", "引", "落", "在", "到",
			"是", "有", "为", "将", "开", "推", "促", "抓", "搞", "做", "助", "赴", "入", "进", "用", "向", "让", "使", "给", "把",
			"被", "与", "和", "及", "获", "得", "成", "变", "扩", "迁", "产", "造", "购", "收", "租", "谈", "看", "访", "来", "去");

	private static final Set<String> GENERIC = Set.of("重大", "重点", "产业", "工业", "建设", "签约", "开工", "集中", "这些", "该",
			"本", "此", "一批", "新", "大", "好", "优质", "招商", "投资", "亿元以上", "以上", "国家级", "世界级", "省级", "市级", "区级", "年度", "一期", "二期",
			"三期", "这个", "上述", "相关", "各类", "各", "全部", "所有", "多个", "部分", "其他", "其它", "主要", "配套", "合作", "签约的",
			"引进", "在建", "续建", "新建", "竣工", "投产", "示范", "省", "市", "区", "县", "国家", "当地", "地方", "我", "我市", "我区", "我省",
			"全", "同类", "首个", "第一个", "同一", "前期", "储备", "工程", "科技", "高新", "技术", "经济", "龙头", "企业", "实体", "园",
			"产业园", "基地", "中心", "厂", "科研", "研发", "公司", "集团", "政府", "人民", "合资", "子", "母", "分", "总",
			"有关", "市场化", "区域", "创投", "创业", "设区市", "省属", "市属", "专项", "专精特新", "科创型", "拟上市", "科技型",
			"创新型", "规上", "中小", "直投", "行业", "上市");

	/**
	 * Park words that are also titles a place is given or aims at (示范区, 小镇, 新城…): a park only with a place or
	 * proper name in it ("宜春锂电新能源产业示范区"), not as "特色小镇" or "国家级示范区".
	 */
	private static final Set<String> DESIGNATED_PARKS = Set.of("示范区", "集聚区", "集中区", "片区", "新城", "生态城", "生物城", "小镇",
			"实验区", "临空经济区", "临港经济区", "空港经济区", "软件园", "物流园", "创业园", "创新园", "孵化园", "工业区", "加工区", "光谷",
			"药谷", "芯谷", "智谷", "声谷", "车谷", "数谷");

	private static final Pattern STATUS_OPERATING = Pattern.compile("竣工|建成|运营|投用|投入使用|启用|揭牌|正式运行|上线");

	private static final Pattern STATUS_PRODUCTION = Pattern.compile("投产|量产|点亮|产品下线|下线");

	private static final Pattern STATUS_BUILDING = Pattern.compile("开工|奠基|动工|开建|在建|施工|封顶|建设中|开始建设|正在建设|加快建设");

	private static final Pattern STATUS_SIGNED = Pattern.compile("签约|签订|签署|落户|落地|入驻");

	/** A year written with 年: "2025年". */
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

	/** A stage the article expects ("预计2025年投产", "计划年底竣工", "力争明年建成"): when, not what is. */
	private static final Pattern DUE = Pattern.compile("(?:预计|计划|将于|将在|力争|有望|争取|确保|预期|拟于)[^，。；,;]{0,12}?"
			+ "(?<stage>竣工|建成|投产|投用|投入使用|运营|达产|开工|动工)");

	private static final Pattern STATUS_PLANNED = Pattern.compile("计划|拟|将建|规划|预计|将在|将于");

	private static final Pattern PROGRAM_COUNT_FIRST = Pattern.compile("(\\d+|(?<![这该此两每第几一二三四五六七八九十百千])"
			+ "[一二两三四五六七八九十百千]+)\\s*(?:个|项)([^，。、；：,;:\\s]{0,14}?项目)");

	/**
	 * "签约项目18个", and with the verb or adverb that states the count between ("项目共28个", "项目达18个", "项目有45个"),
	 * which is no part of the batch's name.
	 */
	private static final Pattern PROGRAM_COUNT_LAST = Pattern.compile("([^，。、；：,;:\\s\\d]{0,12}?项目)\\s*(共计|合计|总计|共有|共|达到|达|有|计)?\\s*"
			+ "(\\d+|[一二两三四五六七八九十百千]+)\\s*(?:个|项)");

	/** A credit line: "来源：X", "信息来源：X", "文章来源：X". */
	/** A day inside a batch's name: "6月18日", "18日上午", "昨日", "近日". */
	private static final Pattern DAY_IN_NAME = Pattern.compile("(?:\\d{1,2}月)?\\d{1,2}[日号](?:上午|下午|晚间|晚)?|昨日|昨天|今日|今天|近日|日前|上午|下午");

	/** What makes 电池 a solar or fuel cell: "太阳能电池", "高效光伏电池", "氢燃料电池". */
	private static final Pattern SOLAR_BEFORE = Pattern.compile("(太阳能|光伏|燃料)(电池)?$|(太阳能|光伏)\\p{IsHan}{0,2}$");

	/** The words of a zone after its short name: "临港新片区", "临港地区", "张江园区". */
	private static final Pattern PARK_WORD_AFTER = Pattern.compile("新片区|片区|新区|地区|园区|自贸|综保|开发区|高新区|经开区|科学城");

	/** The verb of the work a word ends with, HanLP having glued it to what comes before ("区建设" of 新片区建设). */
	private static final Pattern WORK_VERB_END = Pattern.compile("(?:建设|新建|兴建|打造|投建)$");

	/** "在临港新片区", "在合肥高新区": a zone a clause sites its work in, right before the verb of the work. */
	private static final Pattern SITED_IN_ZONE = Pattern.compile("在[^，。；、,;在]{1,16}(?:新片区|片区|新区|园区|开发区|高新区|经开区|产业园|工业园|科学城|自贸区|综保区)$");

	/** A project's works named after it: "项目主体", "项目土建" before 工程. */
	private static final Pattern MAIN_WORKS = Pattern.compile("(?:项目|項目)(?:主体|主體|土建|主体结构|主體結構)$");

	/** What ends a party's name before a dot that joins two parties: "…人民政府·", "鄂城区·", "…大学·". */
	private static final Pattern PARTY_BEFORE_DOT = Pattern.compile("(?:政府|委员会|管委会|区|市|县|省|大学|学院|公司|集团|研究院)$");

	/** A thing an industry is built in: "产业园项目", "产业基地", "产业城". */
	private static final Pattern INDUSTRY_WORKS = Pattern.compile("产业(?:园|基地|城|港|中心)(?:项目)?$");

	/** HanLP's tags of verbs, adjectives and adverbs. */
	private static final Pattern VERB_OR_ADJECTIVE = Pattern.compile("v[a-z]*|a[a-z]*|d[a-z]*");

	/** What a project's parentheses say that is no part of its name: its sum ("（80亿元）", "（总投资5亿美元）"). */
	private static final Pattern SUM_IN_PARENTHESES = Pattern.compile("元|投资|金额");

	private static final Pattern CREDIT = Pattern.compile("^\\s*[(（]?(信息|文章|稿件|新闻|消息)?来源\\s*[:：]");

	/** What opens the list of what one project builds: "建设内容主要包括", "项目内容为", "主要建设". */
	private static final Pattern CONTENTS = Pattern.compile("(建设|项目)内容|主要建设");

	private static final Pattern LIST_END = Pattern.compile("等(?:(\\d+)\\s*个)?[^，。、；：,]{0,8}?项目");

	private static final Pattern NOT_INVESTMENT = Pattern.compile("(平均投资额|平均投资|平均|完成投资|年度计划投资|年度投资|年计划投资|已完成|累计完成|完成|产值|营收|营业收入|销售|收入|税收|利税|出口|利润|年产值|贷款|市值|交易额)[^，。；]{0,4}$");

	private static final Pattern INVEST_CUE = Pattern.compile("(总投资|投资|签约金额|总额|规模|金额|投入|注册资本|出资)[^，。；]{0,8}$");

	private static final Pattern COOPERATION = Pattern.compile("签约|签订|签署|合作|携手|共建|联合|战略|协议|结对|共同");

	private static final Pattern SUBSIDIARY = Pattern.compile("旗下|下属|全资子公司|控股子公司|子公司");

	private static final Pattern ENGLISH_NAME = Pattern.compile("\\s*[(（]\\s*(?:英文名[:：]?\\s*)?([A-Z][A-Za-z0-9 .,&'’-]{2,80}?)\\s*[)）]");

	private static final Pattern LOCATIVE = Pattern.compile("(在|于|位于|落户|落地|入驻|进驻|选址|布局)\\s*$");

	private final Gazetteer gazetteer;

	private final List<String> placeNames;

	private final List<String[]> sectorTerms = new ArrayList<>();

	/** Organisations known by their Chinese names, and the English names they go by. */
	private final KnownOrganizations known;

	public ChineseExtractor(Gazetteer gazetteer, FactFile sectors, KnownOrganizations known) {
		this.gazetteer = gazetteer;
		this.known = known;
		this.placeNames = gazetteer.chineseNames();
		for (FactFile.NodeFact node : sectors.nodes()) {
			if (!"Sector".equals(node.label())) {
				continue;
			}
			Set<String> terms = new LinkedHashSet<>();
			if (node.nameZh() != null) {
				terms.add(node.nameZh());
			}
			// a sector named in Chinese text by its Latin abbreviation ("LED封装"), as its name or an alias
			List<String> names = new ArrayList<>(node.aliases());
			names.add(node.name());
			for (String a : names) {
				if (a.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
						|| Set.of("LED", "OLED", "AMOLED", "TFT-LCD", "MEMS", "5G", "IGBT").contains(a)) {
					terms.add(a);
				}
			}
			for (String t : terms) {
				this.sectorTerms.add(new String[] { t, node.id(), node.name() });
			}
		}
		this.sectorTerms.sort(Comparator.comparingInt((String[] t) -> t[0].length()).reversed());
	}

	// ---------------------------------------------------------------------------------------------------------

	/** One thing the article names. */
	static final class Ent {

		final String kind;

		String name;

		final Set<String> names = new LinkedHashSet<>();

		final List<Evidence> mentions = new ArrayList<>();

		final Map<String, Object> properties = new LinkedHashMap<>();

		StatedAmount amount;

		double confidence;

		String key;

		int rank;

		Ent(String kind, String name, double confidence) {
			this.kind = kind;
			this.name = name;
			this.names.add(name);
			this.confidence = confidence;
		}

		boolean isOrganisation() {
			return Set.of("Company", "Government", "University", "Institute", "Fund").contains(this.kind);
		}

		boolean isPlace() {
			return Set.of("Province", "City", "District", "Town").contains(this.kind);
		}

	}

	/** A thing named in one sentence at {@code [start, end)} of the sentence. */
	record Hit(Ent ent, int start, int end) {
	}

	record Draft(String type, Ent from, Ent to, StatedAmount amount, Evidence evidence, double confidence) {
	}

	private final class Run {

		final ArticleText article;

		final List<Ent> entities = new ArrayList<>();

		final Map<String, Ent> byKey = new HashMap<>();

		final List<Draft> drafts = new ArrayList<>();

		final Set<String> draftKeys = new HashSet<>();

		/** The firm whose announcement the article reports ("X公告，…"): the 公司 its later sentences speak of. */
		Ent announcer;

		/** The batch the last sentence that named one named (for "其中，…" after it). */
		Ent lastProgram;

		/** Whether the clause before opened on 其中 and ended on a semicolon: its sentence goes on. */
		boolean amongOpen;

		Run(ArticleText article) {
			this.article = article;
		}

		Ent keyed(String kind, String key, String name, double confidence) {
			Ent e = this.byKey.get(key);
			if (e == null) {
				e = new Ent(kind, name, confidence);
				e.key = key;
				this.byKey.put(key, e);
				this.entities.add(e);
			}
			e.confidence = Math.max(e.confidence, confidence);
			return e;
		}

		/**
		 * "车载显示基地项目" said again of "京东方成都车载显示基地": a name of five characters or more after a place of the
		 * article (and the firm before it), the same thing.
		 */
		boolean afterItsPlace(String a, String b) {
			String shorter = a.length() <= b.length() ? a : b;
			String longer = shorter == a ? b : a;
			if (shorter.length() < 5 || shorter.equals(longer) || !longer.endsWith(shorter)) {
				return false;
			}
			String prefix = longer.substring(0, longer.length() - shorter.length());
			return prefix.length() <= 8 && this.entities.stream().filter(Ent::isPlace)
				.flatMap((p) -> p.names.stream()).anyMatch((n) -> n.length() >= 2 && prefix.endsWith(n));
		}

		Ent named(String kind, String name, double confidence) {
			return named(kind, name, confidence, List.of());
		}

		Ent named(String kind, String name, double confidence, List<String> variants) {
			name = name.strip();
			if (kind.equals("Company") && name.matches(".{2,}[一二三四五六七八九十]期")) {
				// "法麦克斯三期项目": the firm's trade name, without the stage of its project
				name = name.substring(0, name.length() - 2);
			}
			String core = core(kind, name);
			Set<String> mine = new HashSet<>();
			mine.add(core);
			variants.forEach((v) -> mine.add(core(kind, v)));
			if (kind.equals("Company")) {
				// "京东方科技集团股份有限公司" after "京东方": the firm its trade name named
				firmForms(name).stream().skip(2).forEach(mine::add);
			}
			KnownOrganizations.Known known = known(name);
			for (Ent e : this.entities) {
				if (!e.kind.equals(kind) && !(e.isOrganisation() && isOrgKind(kind) && e.kind.equals("Company"))) {
					continue;
				}
				if (known != null && e.kind.equals(known.kind()) && e.names.stream().anyMatch((n) -> known.equals(known(n)))) {
					// 中微 and 中微半导体: two names of one known firm
					e.names.add(name);
					e.names.addAll(variants);
					return e;
				}
				for (String n : e.names) {
					if (n.equals(name) || mine.contains(core(kind, n)) || shortFor(kind, n, name) || shortFor(kind, name, n)
							|| (kind.equals("Project") || kind.equals("Park")) && sameProject(core(kind, n), core(kind, name))
							|| kind.equals("Park") && samePark(core(kind, n), core(kind, name))
							|| kind.equals("Project") && afterItsPlace(core(kind, n), core(kind, name))
							|| (kind.equals("Company") || kind.equals("Project") || kind.equals("Park"))
									&& oneCharacterShort(core(kind, n), core(kind, name))) {
						e.names.add(name);
						e.names.addAll(variants);
						if (name.length() > e.name.length() && (!kind.equals("Project")
								|| oneCharacterShort(core(kind, e.name), core(kind, name)))) {
							// the fuller spelling; of a project, only the one a character HanLP cut off was missing from
							if (e.name.equals(e.properties.get("nameZh"))) {
								e.properties.put("nameZh", name);
							}
							e.name = name;
						}
						return e;
					}
				}
			}
			Ent e = new Ent(kind, name, confidence);
			e.names.add(core);
			e.names.addAll(variants);
			if (kind.equals("Project")) {
				e.names.add(name.replaceAll("\\s*项目$", "").strip());
			}
			this.entities.add(e);
			return e;
		}

		void relate(String type, Ent from, Ent to, StatedAmount amount, Evidence evidence, double confidence) {
			if (from == null || to == null || from == to) {
				return;
			}
			String k = type + "|" + System.identityHashCode(from) + "|" + System.identityHashCode(to);
			String back = type + "|" + System.identityHashCode(to) + "|" + System.identityHashCode(from);
			if (this.draftKeys.contains(k) || type.equals("PARTNERS_WITH") && this.draftKeys.contains(back)) {
				return;
			}
			this.draftKeys.add(k);
			this.drafts.add(new Draft(type, from, to, amount, evidence, confidence));
		}

	}

	private static boolean isOrgKind(String kind) {
		return Set.of("Company", "Government", "University", "Institute", "Fund").contains(kind);
	}

	/**
	 * Whether {@code brief} is a short form of {@code full} for an institute or university: same ending, every character
	 * in order ("合肥研究院" of "中国科学院合肥物质科学研究院"; 中科院 for 中国科学院).
	 */
	static boolean shortFor(String kind, String brief, String full) {
		if (!(kind.equals("Institute") || kind.equals("University")) || brief.length() >= full.length() || brief.length() < 4) {
			return false;
		}
		String b = brief.replace("中科院", "中国科学院");
		String f = full.replace("中科院", "中国科学院");
		if (b.equals(f)) {
			return true;
		}
		if (b.charAt(b.length() - 1) != f.charAt(f.length() - 1) || b.charAt(0) != f.charAt(0) && !f.contains(b.substring(0, 2))) {
			return false;
		}
		int i = 0;
		for (int j = 0; j < f.length() && i < b.length(); j++) {
			if (f.charAt(j) == b.charAt(i)) {
				i++;
			}
		}
		return i == b.length();
	}

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	/**
	 * Whether two project names of one article are one project: the shorter is the longer without the park or place
	 * it opens with ("金沙园金煌能源项目" / "金煌能源项目"); both open with the same four characters and give the same
	 * number ("星河成都8.6代…项目" / "星河成都第8.6代…生产线"); or the shorter is two pieces of the longer in the other
	 * order ("成都星河项目" of "星河成都…项目").
	 */
	/** "福清融侨开发区" and "融侨开发区": a zone named with and without its city's two or three characters before it. */
	static boolean samePark(String a, String b) {
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		return shorter.length() >= 5 && longer.endsWith(shorter)
				&& longer.substring(0, longer.length() - shorter.length()).matches("\\p{IsHan}{2,3}");
	}

	static boolean sameProject(String a, String b) {
		String shorter = a.length() <= b.length() ? a : b;
		String longer = shorter == a ? b : a;
		if (shorter.length() < 3 || shorter.equals(longer)) {
			return shorter.equals(longer);
		}
		if (longer.startsWith(shorter) && longer.substring(shorter.length()).matches("^(及|和).+")) {
			// "…区域总部" named first of "…区域总部及孵化器"
			return true;
		}
		if (longer.endsWith(shorter)) {
			String prefix = longer.substring(0, longer.length() - shorter.length());
			// the park or place it is in, or the firm that builds it ("中晶半导体有限公司年产480万片…项目")
			return prefix.matches(".*(园|园区|区|市|县|省|镇|城|公司|集团|[)）·])$");
		}
		if (shorter.length() >= 6 && longer.startsWith(shorter.substring(0, 4))) {
			Matcher ns = NUMBER.matcher(shorter);
			Set<String> numbers = new HashSet<>();
			while (ns.find()) {
				numbers.add(ns.group());
			}
			Matcher nl = NUMBER.matcher(longer);
			while (nl.find()) {
				if (numbers.contains(nl.group())) {
					return true;
				}
			}
		}
		if (shorter.length() >= 4 && shorter.length() <= 8 && shorter.matches("[\\u4e00-\\u9fff]+")) {
			for (int i = 2; i <= shorter.length() - 2; i++) {
				String head = shorter.substring(0, i);
				String tail = shorter.substring(i);
				if (longer.startsWith(tail) && longer.indexOf(head, tail.length()) >= 0) {
					return true;
				}
			}
		}
		return samePhase(a, b);
	}

	/**
	 * Whether one long name (of a firm, a project, a park) is the other without its first character: HanLP glued that
	 * character to the word before ("共有/方明…" read as "有方/明环保科技(漳州)有限公司"), and the text names it whole elsewhere.
	 */
	static boolean oneCharacterShort(String a, String b) {
		String shorter = a.length() < b.length() ? a : b;
		String longer = shorter == a ? b : a;
		return shorter.length() >= 8 && longer.length() == shorter.length() + 1 && longer.endsWith(shorter);
	}

	/** What may follow a project's name to say which stage of it, or that it is the works that enlarge it. */
	private static final Pattern STAGE_TAIL = Pattern.compile(
			"(第?[一二三四五六七八九十\\d]+期)?(扩建|扩产|扩能|改扩建|技改|续建|新建)?(建设)?(项目|工程)?");

	private static final Pattern ENLARGING = Pattern.compile("扩建|扩产|扩能|改扩建");

	/**
	 * Whether two names are one name (six characters at least, what stands in brackets aside) followed by the same
	 * stage or the works that enlarge it: "…模组（惠州华星）三期扩建项目", "…模组三期项目" and "…模组扩产项目" are one
	 * project, "…一期" and "…二期" two, and a name with no stage is the staged one only when it says it enlarges.
	 */
	private static boolean samePhase(String a, String b) {
		String x = a.replaceAll("[(（][^)）]*[)）]", "");
		String y = b.replaceAll("[(（][^)）]*[)）]", "");
		int common = 0;
		while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
			common++;
		}
		// the shared name ends on a whole word of the stage, not inside "二期" or "扩建"
		while (common > 0 && "第一二三四五六七八九十0123456789期扩改技续新建".indexOf(x.charAt(common - 1)) >= 0) {
			common--;
		}
		if (common < 6) {
			return false;
		}
		Matcher mx = STAGE_TAIL.matcher(x.substring(common));
		Matcher my = STAGE_TAIL.matcher(y.substring(common));
		if (!mx.matches() || !my.matches()) {
			return false;
		}
		String px = mx.group(1);
		String py = my.group(1);
		if (px != null && py != null) {
			return px.replace("第", "").equals(py.replace("第", ""));
		}
		if (px == null && py == null) {
			return ENLARGING.matcher(x.substring(common)).find() == ENLARGING.matcher(y.substring(common)).find();
		}
		String unstaged = (px == null) ? x.substring(common) : y.substring(common);
		return ENLARGING.matcher(unstaged).find();
	}

	/** The name without its legal or generic ending, for matching two spellings of one thing. */
	/** A zone's and a committee's usual short forms: 经济技术开发区 is 经开区, 高新技术产业开发区 高新区, 管理委员会 管委会. */
	static String abbreviated(String name) {
		// "融侨经济技术开发区", "融侨经开区", "融侨开发区": one zone, written out or short
		return name.replaceAll("经济技术开发区|经济开发区|经开区|經濟技術開發區|經濟開發區|經開區|開發區", "开发区")
			.replaceAll("高新技术产业开发区|高新技术开发区|高新开发区|高新技術產業開發區|高新技術開發區|高新區", "高新区")
			.replace("管理委员会", "管委会");
	}

	static String core(String kind, String name) {
		String n = name.replaceAll("[\\s“”\"「」『』《》]", "");
		if (kind.equals("Project")) {
			// "X建设项目" is X's project: 建设 names the work, not the thing ("金煌新能源建设项目" / "金煌新能源项目")
			n = n.replaceAll("(项目|项目一期|项目二期|項目)$", "").replaceAll("(?<=.{2})(建设|工程建设)$", "");
		}
		if (kind.equals("Company")) {
			n = n.replaceAll("(股份有限公司|有限责任公司|有限公司|公司)$", "");
		}
		if (kind.equals("Government")) {
			// "金安区人民政府" is what "金安区政府" stands for
			n = n.replaceAll("人民政府$", "政府");
		}
		return abbreviated(n);
	}

	// ---------------------------------------------------------------------------------------------------------

	public Extraction extract(ArticleText article) {
		Run run = new Run(article);
		String text = article.text();
		List<Sentence> sentences = clauses(unwrapped(text, SentenceSplitter.split(text)));
		List<Facts> all = new ArrayList<>();
		Set<String> articlePlaces = articlePlaceContext(text);
		for (Sentence s : sentences) {
			all.add(read(run, s, articlePlaces));
		}
		Facts previous = null;
		List<Facts> earlier = new ArrayList<>();
		for (Facts f : all) {
			carryOver(run, f, previous, earlier);
			earlier.add(f);
			relations(run, f, previous);
			previous = f;
		}
		articleLevel(run, all);
		soleInvestors(run);
		return build(run);
	}

	/** How long a line must be to be one a page wrapped at its width rather than a title or a heading. */
	private static final int WRAPPED_LINE = 30;

	/**
	 * Sentences a page broke across lines joined again: a long line that ends inside a sentence (on a character or a
	 * comma) and a next line that goes on at once with a character or a digit, as text taken from a PDF wraps
	 * ("公司子公\n司中芯…").
	 */
	static List<Sentence> unwrapped(String text, List<Sentence> sentences) {
		List<Sentence> out = new ArrayList<>();
		for (Sentence s : sentences) {
			Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && s.end() - last.start() <= SentenceSplitter.MAX_LENGTH && wraps(text, last.end(), s.start())) {
				out.set(out.size() - 1, new Sentence(text.substring(last.start(), s.end()), last.start(), s.end()));
			}
			else {
				out.add(s);
			}
		}
		return out;
	}

	private static boolean wraps(String text, int end, int next) {
		String gap = text.substring(end, next);
		if (!(gap.equals("\n") || gap.equals("\r\n")) || end == 0) {
			return false;
		}
		int lineStart = text.lastIndexOf('\n', end - 1) + 1;
		char before = text.charAt(end - 1);
		boolean open = Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN || "，,、".indexOf(before) >= 0;
		char after = text.charAt(next);
		return open && (Character.UnicodeScript.of(after) == Character.UnicodeScript.HAN || Character.isDigit(after))
				&& text.substring(lineStart, end).strip().length() >= WRAPPED_LINE;
	}

	/**
	 * Chinese sentences also end at an ASCII semicolon: pages typed with ASCII punctuation ("…;芙蓉区…") separate their
	 * clauses with it as others do with ；.
	 */
	static List<Sentence> clauses(List<Sentence> sentences) {
		List<Sentence> out = new ArrayList<>();
		for (Sentence s : sentences) {
			String t = s.text();
			int from = 0;
			for (int i = 0; i < t.length(); i++) {
				if (t.charAt(i) == ';' && i > 0 && Character.UnicodeScript.of(t.charAt(i - 1)) != Character.UnicodeScript.LATIN) {
					out.add(new Sentence(t.substring(from, i + 1), s.start() + from, s.start() + i + 1));
					from = i + 1;
					while (from < t.length() && t.charAt(from) == ' ') {
						from++;
					}
					i = from - 1;
				}
			}
			if (from == 0) {
				out.add(s);
			}
			else if (from < t.length()) {
				out.add(new Sentence(t.substring(from), s.start() + from, s.end()));
			}
		}
		return out;
	}

	/**
	 * The sentence with its ASCII commas, colons and semicolons read as the full-width marks Chinese text uses (not
	 * between digits: "1,200", "10:30"), so that clause rules see one kind of mark. The length is unchanged.
	 */
	static String fullWidth(String zh) {
		StringBuilder b = new StringBuilder(zh);
		for (int i = 0; i < b.length(); i++) {
			char c = b.charAt(i);
			boolean digits = i > 0 && i + 1 < b.length() && Character.isDigit(b.charAt(i - 1)) && Character.isDigit(b.charAt(i + 1));
			if (c == ',' && !digits) {
				b.setCharAt(i, '，');
			}
			else if (c == ':' && !digits) {
				b.setCharAt(i, '：');
			}
			else if (c == ';') {
				b.setCharAt(i, '；');
			}
		}
		return b.toString();
	}

	/** What one sentence names. */
	private final class Facts {

		final Sentence sentence;

		final String zh;

		final List<Word> words;

		final List<Hit> hits = new ArrayList<>();

		/** Where 该公司 points back at a firm, to be settled once the sentence's own names are read. */
		final List<int[]> pointing = new ArrayList<>();

		final List<MoneyParser.Mention> money;

		final List<Ent> listed = new ArrayList<>();

		Ent listProgram;

		/** The sentence as read: without the characters {@link Readable} drops; {@code origin} maps back. */
		final Readable text;

		Facts(Sentence sentence) {
			this.sentence = sentence;
			this.text = Readable.of(sentence.text());
			this.zh = fullWidth(FullWidth.alphanumerics(HanLanguage.simplified(this.text.text())));
			this.words = HanLanguage.segment(this.zh);
			// read in simplified characters (億 → 亿), kept as the article writes them
			List<MoneyParser.Mention> found = new ArrayList<>(MoneyParser.inStoredCurrencies(MoneyParser.find(this.zh)).stream()
				.filter((m) -> !m.conversion())
				.map((m) -> new MoneyParser.Mention(new StatedAmount(m.amount().value(), m.amount().currency(),
						original(m.start(), m.end()).strip()), m.start(), m.end(), false))
				.toList());
			found.sort(Comparator.comparingInt(MoneyParser.Mention::start));
			this.money = List.copyOf(found);
		}

		String original(int from, int to) {
			return this.text.text().substring(from, to);
		}

		Evidence at(int from, int to) {
			return this.sentence.evidence(this.text.origin(from), this.text.originEnd(to));
		}

		List<Hit> of(Set<String> kinds) {
			return this.hits.stream().filter((h) -> kinds.contains(h.ent().kind)).sorted(Comparator.comparingInt(Hit::start)).toList();
		}

	}

	private Facts read(Run run, Sentence sentence, Set<String> articlePlaces) {
		Facts f = new Facts(sentence);
		if (CREDIT.matcher(f.zh).find()) {
			// "来源：X市人民政府": who the page credits with the text, not what it is about
			return f;
		}
		places(run, f, articlePlaces);
		tradeNames(run, f);
		firmReferences(run, f);
		names(run, f);
		knownNames(run, f);
		firmsNamedEarlierInTheSentence(f);
		noTradeNamesInsideQuotedNames(f);
		parkReferences(run, f);
		lists(run, f);
		firmLists(run, f);
		announcer(run, f);
		namedByTotal(run, f);
		subsidiaryNames(run, f);
		coFounders(run, f);
		programs(run, f);
		sectors(run, f);
		amounts(run, f);
		statuses(f, run.article.published());
		return f;
	}

	// --- places ---------------------------------------------------------------------------------------------

	/** Places named in full (with their 省/市/区/县 suffix) or unambiguously anywhere in the article. */
	private Set<String> articlePlaceContext(String text) {
		Set<String> ids = new HashSet<>();
		String zh = HanLanguage.simplified(text);
		for (String name : this.placeNames) {
			if (name.length() >= 2 && zh.contains(name)) {
				List<Gazetteer.Place> c = this.gazetteer.lookupChinese(name);
				if (c.size() == 1 && (name.length() >= 3 || !c.get(0).kind().equals("District"))) {
					ids.add(c.get(0).id());
				}
			}
		}
		return ids;
	}

	private void places(Run run, Facts f, Set<String> context) {
		Set<Integer> starts = new HashSet<>();
		Set<Integer> ends = new HashSet<>();
		for (Word w : f.words) {
			starts.add(w.start());
			ends.add(w.end());
		}
		List<int[]> taken = new ArrayList<>();
		for (String name : this.placeNames) {
			if (name.length() < 2) {
				continue;
			}
			int at = f.zh.indexOf(name);
			while (at >= 0) {
				int s = at;
				int e = at + name.length();
				at = f.zh.indexOf(name, e);
				// "和江门": HanLP may glue a conjunction to the place after it
				boolean afterConjunction = s > 0 && "和与及".indexOf(f.zh.charAt(s - 1)) >= 0 && starts.contains(s - 1) && ends.contains(e);
				if (taken.stream().anyMatch((x) -> s < x[1] && x[0] < e) || !starts.contains(s) && !afterParent(f.zh, s, name)
						&& !afterConjunction) {
					continue;
				}
				List<Gazetteer.Place> candidates = this.gazetteer.lookupChinese(name);
				Gazetteer.Place p = choose(candidates, context);
				if (p == null) {
					continue;
				}
				boolean full = p.nameZh() != null && p.nameZh().equals(name);
				if (!full && !ends.contains(e) && !Character.isLetterOrDigit(f.zh.charAt(Math.min(e, f.zh.length() - 1)))) {
					// a bare name glued to the next word: keep it (绵阳市 / 绵阳高新区) only when it ends a word or a known suffix follows
				}
				if (!full && f.words.stream().anyMatch((w) -> w.start() == s && w.end() == e && VERB_OR_ADJECTIVE.matcher(w.nature()).matches())) {
					// "新建两座风电厂", "合作共建": a word the sentence uses as a verb, not the place of that bare name
					continue;
				}
				if (p.kind().equals("District") || p.kind().equals("Town")) {
					boolean parentNamed = this.gazetteer.chain(p).stream().skip(1).anyMatch((x) -> context.contains(x.id()));
					// a county or county-level city written in full ("含山县", "明光市") is one place in the country,
					// unlike a district's name ("鼓楼区" is in six cities)
					boolean countyInFull = full && candidates.size() == 1 && name.length() >= 3 && (name.endsWith("县") || name.endsWith("旗")
							|| name.endsWith("市"));
					if (!parentNamed && !countyInFull || name.length() < 2) {
						continue;
					}
				}
				if (!full && !ends.contains(e) && name.length() < 3 && !suffixFollows(f.zh, e)) {
					continue;
				}
				if (!full && commonWord(f.zh, s, e)) {
					// "各位来宾" (guests), "阿里云" (a cloud): a bare place name that is other words here
					continue;
				}
				if (inMasthead(f.zh, s, e)) {
					// "湖北日报讯", "中国山东网", "本报北京4月21日讯": who reports it, and from where, not what it is about
					taken.add(new int[] { s, e });
					continue;
				}
				taken.add(new int[] { s, e });
				Ent ent = run.keyed(p.kind(), p.id(), p.name(), full ? 0.9 : 0.8);
				ent.names.add(f.original(s, e));
				if (p.code() != null) {
					ent.properties.put("code", p.code());
				}
				if (p.nameZh() != null) {
					ent.properties.put("nameZh", p.nameZh());
				}
				ent.properties.put("placeId", p.id());
				if (p.parentId() != null) {
					ent.properties.put("parent", p.parentId());
				}
				ent.mentions.add(f.at(s, e));
				f.hits.add(new Hit(ent, s, e));
			}
		}
	}

	/** What 政府 qualifies when it does not end a government's name: affairs, relations, procurement, guidance funds. */
	private static final Pattern GOVERNMENT_AS_MODIFIER = Pattern.compile("事务|关系|采购|引导|投资|补贴|工作报告|债|专项|部门|机关");

	/** Bare place names that are also common words or parts of names, with what shows them to be so around them. */
	private static final Map<String, Pattern[]> WORDS_NOT_PLACES = Map.of(
			"来宾", new Pattern[] { Pattern.compile("(各位|诸位|与会|中外|嘉宾|全体)$"), Pattern.compile("^(们|朋友|致辞|代表)") },
			// 海西 alone is the economic zone on the Taiwan Strait (海峡西岸), in Fujian; the prefecture in Qinghai is 海西州
			"海西", new Pattern[] { Pattern.compile("$^"), Pattern.compile("^(?!州|蒙古族)") },
			"阿里", new Pattern[] { Pattern.compile("$^"), Pattern.compile("^(巴巴|云|集团|系|达摩|妈妈|健康|影业)") });

	private static boolean commonWord(String zh, int s, int e) {
		Pattern[] around = WORDS_NOT_PLACES.get(zh.substring(s, e));
		return around != null && (around[0].matcher(zh.substring(0, s)).find() || around[1].matcher(zh.substring(e)).find());
	}

	/**
	 * Whether a place's full name starts right after its parent's suffix, where HanLP may have cut the words across
	 * both ("深圳市坪山区" as 深圳 / 市坪 / 山区): a full name (区, 县, 市, 旗, 镇) right after 省, 市, 州 or 盟.
	 */
	private static boolean afterParent(String zh, int s, String name) {
		return s > 0 && "省市州盟".indexOf(zh.charAt(s - 1)) >= 0 && name.length() >= 3 && "区县市旗镇".indexOf(name.charAt(name.length() - 1)) >= 0;
	}

	/** The rest of a newspaper's, site's or station's name after the place that opens it. */
	private static final Pattern MEDIA_AFTER = Pattern.compile("^(省|市)?(日报|晚报|晨报|商报|都市报|新闻网|在线|网|头条|客户端|电视台|广播电视台|卫视|新闻|融媒)");

	/** A dated dateline after a place, whoever writes it: "感知山东4月29日讯", "合肥5月19日电". */
	private static final Pattern DATED_DATELINE_AFTER = Pattern.compile("^\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(电|讯)");

	/** A dateline: "本报北京4月21日讯", "新华社合肥5月19日电", "中新网威海电". */
	private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*(电|讯)");

	private static final Pattern DATELINE_BEFORE = Pattern.compile("(本报|新华社|中新社|中新网|人民网|新华网|央视网|记者)\\s*$");

	/** Whether a place names the paper, site or station that reports the news, or the dateline it reports from. */
	private static boolean inMasthead(String zh, int s, int e) {
		String after = zh.substring(e);
		String before = zh.substring(Math.max(0, s - 4), s);
		return MEDIA_AFTER.matcher(after).find() || DATED_DATELINE_AFTER.matcher(after).find()
				|| DATELINE_BEFORE.matcher(before).find() && DATELINE_AFTER.matcher(after).find();
	}

	private static boolean suffixFollows(String zh, int at) {
		String rest = zh.substring(at);
		return rest.startsWith("高新") || rest.startsWith("经开") || rest.startsWith("经济") || rest.startsWith("开发")
				|| rest.startsWith("新区") || rest.startsWith("工业") || rest.startsWith("产业") || rest.startsWith("科技")
				|| rest.startsWith("（") || rest.startsWith("(") || rest.startsWith("·");
	}

	private Gazetteer.Place choose(List<Gazetteer.Place> candidates, Set<String> context) {
		if (candidates.isEmpty()) {
			return null;
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		// a bare name the article also writes in full ("朝阳经济开发区" after "辽宁朝阳市") is that place
		for (Gazetteer.Place p : candidates) {
			if (context.contains(p.id())) {
				return p;
			}
		}
		for (Gazetteer.Place p : candidates) {
			if (this.gazetteer.chain(p).stream().skip(1).anyMatch((x) -> context.contains(x.id()))) {
				return p;
			}
		}
		for (String kind : List.of("Province", "City")) {
			for (Gazetteer.Place p : candidates) {
				if (p.kind().equals(kind)) {
					return p;
				}
			}
		}
		return null;
	}

	// --- names ending in a kind word ------------------------------------------------------------------------

	private void names(Run run, Facts f) {
		List<int[]> spans = new ArrayList<>();
		for (int i = 0; i < f.words.size(); i++) {
			Word w = f.words.get(i);
			int end = w.end();
			if (i + 1 < f.words.size() && continues(f.words.get(i + 1).text())) {
				continue;
			}
			for (Suffix suffix : SUFFIXES) {
				if (!f.zh.startsWith(suffix.text(), end - suffix.text().length()) || end - suffix.text().length() < 0) {
					continue;
				}
				int suffixStart = end - suffix.text().length();
				String kind = suffix.kind();
				if (suffix.text().equals("园") && !(w.text().equals("园") && i > 0 && properWord(f.words.get(i - 1)))) {
					// "金沙/园": a park named by a proper name and 园 alone
					continue;
				}
				if (suffix.text().equals("工程") && MAIN_WORKS.matcher(f.zh.substring(0, suffixStart)).find()) {
					// "晶隆半导体材料项目主体工程开工": the main works of the project named, not a project of their own
					continue;
				}
				int start = leftEdge(f, suffixStart, kind, spans);
				if (kind.equals("Project") || kind.equals("Park")) {
					start = Math.min(start, afterAmount(f, suffixStart));
				}
				if (kind.equals("Fund")) {
					start = Math.min(start, fundAfterItsSize(f, suffixStart));
				}
				String zhName = trimName(f.zh.substring(start, end));
				if (kind.equals("Government")) {
					zhName = withoutRepresentative(f, end - zhName.length(), zhName);
				}
				if (kind.equals("Project") && zhName.matches(".*[^\\d.]\\d{1,3}项目$")) {
					// "开发区6项目开工" (a headline): how many projects, a batch the text counts again, not one
					break;
				}
				start = end - zhName.length();
				if (zhName.length() <= suffix.text().length() || generic(zhName, suffix.text())
						|| kind.equals("Project") && zhName.length() <= 2
						|| zhName.substring(0, zhName.length() - suffix.text().length()).contains("或")) {
					// "子基金或直投项目": one thing or another, no name
					break;
				}
				if (kind.equals("Company") && LEGAL_FORM.matcher(zhName).replaceFirst("").matches(INDUSTRY + "+")) {
					// "新材料有限公司" of "上海东升新材料有限公司", where HanLP read the trade name 东升 as a verb: the two
					// characters before the industry are the trade name; without them, no firm is named
					int nameStart = end - zhName.length();
					Word before = f.words.stream().filter((x) -> x.end() == nameStart).findFirst().orElse(null);
					if (before == null || before.text().length() != 2 || STOP.contains(before.text())
							|| !before.text().matches("\\p{IsHan}{2}")) {
						break;
					}
					zhName = f.zh.substring(before.start(), end);
					start = before.start();
				}
				if (kind.equals("Company") && zhName.matches("^(?:[\\d一二两三四五六七八九十]+[支只个家])?(?:母|子|产业)?基金(?:管理)?公司$")) {
					// "母基金管理公司", "3支母基金管理公司": what the firms that manage the funds are, no name of one
					break;
				}
				if (kind.equals("Fund") && f.zh.startsWith("管理", end)) {
					// "光大股权投资基金管理(天津)有限责任公司": a firm that manages funds, named on
					break;
				}
				if (kind.equals("Company") && zhName.endsWith("子公司")) {
					// "宁德时代新能源科技股份有限公司全资子公司": which firm's subsidiary, not a name
					break;
				}
				if (kind.equals("University") && zhName.endsWith("学院") && zhName.matches(".*(研究|工程|科学|商)学院$")) {
					kind = "Institute";
				}
				if (kind.equals("Government") && GOVERNMENT_AS_MODIFIER.matcher(f.zh).region(end, f.zh.length()).lookingAt()) {
					// "银河通用机器人政府事务副总裁", "政府引导基金": 政府 qualifies the word after it, no government is named
					break;
				}
				int ownEnd = zhName.indexOf("大学") + 2;
				if (kind.equals("University") && ownEnd >= 2 && ownEnd < zhName.length()) {
					// "河南大学世界一流学科大学建设": a university and what it is to become; its name ends at its own 大学
					zhName = zhName.substring(0, ownEnd);
					end = start + ownEnd;
				}
				if (DESIGNATED_PARKS.contains(suffix.text()) && !hasProperWord(f, start, end)) {
					// "特色小镇", "获批国家级示范区": a title a place is given, not a park, unless a name says which
					break;
				}
				if (kind.equals("Park") && parkIsProject(f, start, end)) {
					kind = "Project";
				}
				if (kind.equals("Park") && run.article.text().contains(zhName + "项目")) {
					// "中国电子泸州产业园预计2022年完成建设" over "…包含中国电子泸州产业园项目": the park being built, a project
					kind = "Project";
				}
				if (kind.equals("Park") && suffix.text().equals("基地")) {
					kind = "Project";
				}
				if (kind.equals("Project") && end < f.zh.length() && (f.zh.charAt(end) == '(' || f.zh.charAt(end) == '（')) {
					int close = f.zh.indexOf(f.zh.charAt(end) == '(' ? ')' : '）', end);
					if (close > end && close - end <= 12 && !f.zh.substring(end, close).contains("简称")
							&& !SUM_IN_PARENTHESES.matcher(f.zh.substring(end, close)).find()) {
						end = close + 1;
					}
				}
				spans.add(new int[] { start, end, SUFFIXES.indexOf(new Suffix(kind, suffix.text())) < 0 ? kindIndex(kind) : kindIndex(kind) });
				break;
			}
		}
		for (int[] sp : spans) {
			String kind = KINDS[sp[2]];
			int s = sp[0];
			int e = sp[1];
			// a project whose span is inside a longer project of the same start ("X基地" in "X基地项目") is that project,
			// and so is a park named with 项目 after it ("迁安市氢能产业园" of "迁安市氢能产业园项目")
			if (kind.equals("Project") && spans.stream().anyMatch((o) -> o != sp && KINDS[o[2]].equals("Project") && o[0] <= s && o[1] > e)
					|| kind.equals("Park") && spans.stream().anyMatch((o) -> o != sp && KINDS[o[2]].equals("Project") && o[0] == s
							&& o[1] > e && f.zh.substring(e, o[1]).matches("项目|項目"))) {
				continue;
			}
			if (spans.stream().anyMatch((o) -> o != sp && o[0] == s && o[1] > e && (o[2] == sp[2] && (!kind.equals("Park")
					&& f.zh.substring(e, o[1]).matches("(集团|控股集团|集团有限公司|有限公司|股份有限公司|有限责任公司|公司|[(（].{1,6}[)）]有限公司|合伙企业[(（]有限合伙[)）])"))
					|| KINDS[o[2]].equals("Institute") && !kind.equals("Park") && !kind.equals("Project")
					|| KINDS[o[2]].equals("Park") && (kind.equals("University") || kind.equals("Institute"))))) {
				continue;
			}
			if (kind.equals("Park") && f.zh.substring(e).matches("^[一二三四五六七八九\\d]期.*")
					&& spans.stream().anyMatch((o) -> o != sp && KINDS[o[2]].equals("Project") && o[0] == s && o[1] > e)) {
				// "X科技园二期项目": the park's next phase is built, the name is the project's own
				continue;
			}
			if (s > 0 && f.zh.charAt(s - 1) == '项' && f.zh.charAt(s) == '目') {
				continue;
			}
			if (kind.equals("Project") && f.zh.substring(Math.max(0, s - 6), s).matches(".*等(一批|多个|多项|\\d+个|\\d+项|[一二三四五六七八九十几]+个)?$")) {
				// "A、B等一批标杆项目": what the list's items are, not one more
				continue;
			}
			if ((kind.equals("Project") || kind.equals("Park")) && aimedAt(f, s)) {
				continue;
			}
			if (kind.equals("Project") && f.zh.substring(e).matches("^\\s*([\\d一二两三四五六七八九十几]+)\\s*[个项].*")) {
				// "超百亿项目2个、世界500强项目3个": how many of a kind a batch holds, not a project
				continue;
			}
			if (kind.equals("Project")
					&& f.zh.substring(Math.max(0, s - 8), s).matches(".*([两二三四五六七八九十几数多]|\\d*[02-9]|\\d{2,})\\s*(条|座|个|家|批)(以上)?$")) {
				// "建设3条12英寸晶圆生产线": lines counted, a target rather than one project
				continue;
			}
			TradeNames.Span opening = kind.equals("Project") ? openingFirm(f, s, e) : null;
			if (kind.equals("Project") && (!proper(f, s, e) && opening == null && !jointWork(f, s, e) || onlyCategory(f, s, e))) {
				continue;
			}
			if (kind.equals("Company") && f.zh.startsWith("公司", e - 2) && !f.zh.startsWith("有限公司", e - 4) && !properStart(f, s)) {
				continue;
			}
			if (kind.equals("University") && f.zh.startsWith("学院", e - 2) && !properWords(f, s, e)) {
				// "计算机学院", "人工智能学院": a university's school, named by its discipline alone, is no university
				continue;
			}
			String name = f.original(s, e);
			double confidence = switch (kind) {
				case "Company" -> name.endsWith("公司") ? 0.9 : 0.75;
				case "Government", "University" -> 0.9;
				case "Project" -> 0.8;
				default -> 0.8;
			};
			Ent ent = run.named(kind, name, confidence, withoutPlaces(f, s, e));
			ent.properties.putIfAbsent("nameZh", ent.name);
			if (kind.equals("Park")) {
				ent.properties.putIfAbsent("kind", name.contains("园") ? "industrial park" : "development zone");
			}
			shortForms(ent, name);
			Matcher english = ENGLISH_NAME.matcher(f.text.text()).region(e, f.text.text().length());
			if (english.lookingAt() && !kind.equals("Project")) {
				// "星河半导体有限公司（Xinghe Semiconductor Co., Ltd.）": the name the article gives in English
				ent.properties.putIfAbsent("nameEn", english.group(1).strip());
				ent.names.add(english.group(1).strip());
			}
			shortName(f, e).ifPresent(ent.names::add);
			ent.mentions.add(f.at(s, e));
			f.hits.add(new Hit(ent, s, e));
			if (kind.equals("Project")) {
				if (properWords(f, s, e) || !f.zh.substring(e).matches("^\\s*[，,]?\\s*(计划|预计|项目)?总投资.*")) {
					// a plain name that only its stated total made a project names no firm
					ownerOf(run, f, s, e);
				}
				if (opening != null && f.hits.stream().noneMatch((h) -> h.ent().isOrganisation() && h.start() >= s && h.end() <= e)) {
					firmAt(run, f, opening);
				}
			}
		}
	}

	/** What a project's name opens with when it says only how much of what it makes: "年产15GW…", "20万吨/年…". */
	private static final Pattern CAPACITY_OPENING = Pattern.compile("年产|年產|\\d");

	/**
	 * A project's name HanLP cut inside a known firm's ("中/创/新航动力电池…项目" of 中创新航), or that starts right after
	 * it with what it makes: the name opens on the whole firm, which is then found inside it.
	 */
	private void widenOverKnownFirm(Facts f, int from, int to) {
		// a project whose name starts inside the firm's name, or right after it with what it makes ("隆基绿能年产15GW…项目")
		Hit cut = f.hits.stream().filter((h) -> h.ent().kind.equals("Project") && (from < h.start() && h.start() < to
				|| h.start() == to && CAPACITY_OPENING.matcher(f.zh.substring(to)).lookingAt()) && to < h.end())
			.findFirst().orElse(null);
		if (cut == null || this.known.findChinese(f.zh.substring(from, to)) == null) {
			return;
		}
		Ent project = cut.ent();
		String wider = f.original(from, cut.end());
		Evidence old = f.at(cut.start(), cut.end());
		project.mentions.removeIf((m) -> m.start() == old.start() && m.end() == old.end() && m.sentence().equals(old.sentence()));
		project.mentions.add(f.at(from, cut.end()));
		if (project.name.equals(f.original(cut.start(), cut.end()))) {
			project.names.remove(project.name);
			project.name = wider;
		}
		project.names.add(wider);
		f.hits.remove(cut);
		f.hits.add(new Hit(project, from, cut.end()));
	}

	/**
	 * Organisations named by a known Chinese name and no suffix the rules read ("亿纬锂能将在荆门投资", "与华为合作"):
	 * the longest known name at each place, only where HanLP's words begin and end with it (so 京东 is not read
	 * inside 北京东城区), and only where no other name was read.
	 */
	private void knownNames(Run run, Facts f) {
		Set<Integer> starts = new HashSet<>();
		Set<Integer> ends = new HashSet<>();
		for (Word w : f.words) {
			starts.add(w.start());
			ends.add(w.end());
		}
		for (int s = 0; s < f.zh.length(); s++) {
			if (!starts.contains(s)) {
				continue;
			}
			final int from = s;
			if (f.hits.stream().anyMatch((h) -> h.start() <= from && from < h.end() && !(h.ent().isPlace() && h.start() == from)
					&& !(h.ent().kind.equals("Project") && h.start() == from))) {
				continue;
			}
			for (int e = Math.min(f.zh.length(), s + 24); e >= s + 2; e--) {
				final int to = e;
				if (ends.contains(e)) {
					widenOverKnownFirm(f, from, to);
				}
				// a place inside a known firm's name is part of it ("宁德时代" is CATL, not 宁德 and 时代)
				if (!ends.contains(e) || f.hits.stream().anyMatch((h) -> h.start() < to && from < h.end()
						&& !(h.ent().isPlace() && h.start() >= from && h.end() < to)
						&& !(h.ent().kind.equals("Project") && h.start() == from && to < h.end()))) {
					continue;
				}
				KnownOrganizations.Known k = this.known.findChinese(f.zh.substring(s, e));
				if (k != null && k.kind().equals("Park") && e - s <= 2 && !PARK_WORD_AFTER.matcher(f.zh).region(e, f.zh.length()).lookingAt()) {
					// "临港冷链": a park's two-character short name is also a plain word ("by the port") unless a zone's
					// word follows it
					continue;
				}
				if (k != null && insideLongerName(f.zh, s, e)) {
					// "日产25万支" (a day's output), "…、凯瑞康宁等5家企业": a short name that is part of other words
					continue;
				}
				if (k != null) {
					List<Hit> inside = f.hits.stream().filter((h) -> h.ent().isPlace() && h.start() >= from && h.end() <= to).toList();
					for (Hit h : inside) {
						f.hits.remove(h);
						Evidence at = f.at(h.start(), h.end());
						h.ent().mentions.removeIf((m) -> m.start() == at.start() && m.end() == at.end()
								&& m.sentence().equals(at.sentence()));
					}
					Ent ent = run.named(k.kind(), f.original(s, e), 0.8);
					ent.mentions.add(f.at(s, e));
					f.hits.add(new Hit(ent, s, e));
					s = e - 1;
					break;
				}
			}
		}
	}

	/**
	 * Common phrases that hold a known firm's short name: "新一轮科技浪潮" (a wave of technology), "改革浪潮"; "大众创业"
	 * (mass entrepreneurship), "人民大众" (the public).
	 */
	private static final Pattern COMMON_PHRASE = Pattern.compile("(科技|技术|时代|改革|数字|创新|创业|发展|产业|转型)(浪潮|潮)|浪潮(中|下|里|之中)"
			+ "|大众(创|消|媒|文|传|点|需|参|娱|健|化)|(人民|广大|社会|普通)大众");

	/**
	 * Whether a known firm's two-character name at {@code [s, e)} is part of other words: a count follows it ("日产25万支",
	 * a day's output), or it ends an item of a list of names that starts before it ("、凯瑞康宁等").
	 */
	private static boolean insideLongerName(String zh, int s, int e) {
		if (e - s > 2) {
			return false;
		}
		if (COMMON_PHRASE.matcher(zh.substring(Math.max(0, s - 4), Math.min(zh.length(), e + 1))).find()) {
			return true;
		}
		if (e < zh.length() && (Character.isDigit(zh.charAt(e)) || "一二两三四五六七八九十百千万".indexOf(zh.charAt(e)) >= 0)) {
			return true;
		}
		int b = s;
		while (b > 0 && Character.UnicodeScript.of(zh.charAt(b - 1)) == Character.UnicodeScript.HAN) {
			b--;
		}
		boolean itemEnds = e >= zh.length() || "、，,等和及".indexOf(zh.charAt(e)) >= 0;
		return itemEnds && b < s && s - b <= 4 && b > 0 && "、".indexOf(zh.charAt(b - 1)) >= 0;
	}

	/**
	 * Firms named by trade name and industry word where the sentence makes them firms ("星河半导体拟投资…", "与明远科技签约"):
	 * see {@link TradeNames}. A name already read, or inside one, is left alone; a firm the article names in full
	 * ("江西明远科技有限公司") is the firm its trade name names.
	 */
	private void tradeNames(Run run, Facts f) {
		List<TradeNames.Span> spans = TradeNames.find(f.zh, f.words, tradeNameVocabulary());
		Matcher business = LINE_OF_BUSINESS.matcher(f.zh);
		int products = business.find() ? business.end() : f.zh.length();
		for (TradeNames.Span sp : spans) {
			if (f.hits.stream().anyMatch((h) -> !h.ent().isPlace() && h.start() < sp.end() && sp.start() < h.end())
					|| opensOnKnownFirm(f, sp) || sp.start() >= products) {
				// after "经营范围为" come the products a firm makes and sells, no firms
				continue;
			}
			firmAt(run, f, sp);
		}
	}

	/** What a firm's line of business opens with: "经营范围为", "主要从事", "主营". */
	private static final Pattern LINE_OF_BUSINESS = Pattern.compile("经营范围(?:包括|为|是|：|:)?|主营业务(?:为|是|包括)?|主要从事|主营");

	/** Whether a guessed trade name opens on a known firm's name ("比亚迪宁乡" of 比亚迪 and its place): that firm's. */
	private boolean opensOnKnownFirm(Facts f, TradeNames.Span sp) {
		for (int e = sp.start() + 2; e < sp.end(); e++) {
			if (known(f.zh.substring(sp.start(), e)) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The firm a project's name opens on by trade name and industry word ("星河半导体项目在…开工" → 星河半导体), after the
	 * places and parks it starts with; null when there is none.
	 */
	private TradeNames.Span openingFirm(Facts f, int s, int e) {
		int at = s;
		for (Hit h : f.hits.stream().sorted(Comparator.comparingInt(Hit::start)).toList()) {
			if ((h.ent().isPlace() || h.ent().kind.equals("Park")) && h.start() == at && h.end() < e) {
				at = h.end();
			}
		}
		TradeNames.Span opening = TradeNames.opening(f.zh, f.words, at, e, tradeNameVocabulary());
		return opening == null || opensOnKnownFirm(f, opening) ? null : opening;
	}

	/** The gazetteer's places and the sectors' words, as the trade-name rules ask for them. */
	private TradeNames.Vocabulary tradeNameVocabulary() {
		return new TradeNames.Vocabulary((n) -> !this.gazetteer.lookupChinese(n).isEmpty(),
				(n) -> this.sectorTerms.stream().anyMatch((t) -> n.contains(t[0])),
				(n) -> this.sectorTerms.stream().anyMatch((t) -> n.equals(t[0])));
	}

	/** The firm named at a span: one the article already names with it, else a new one. */
	private void firmAt(Run run, Facts f, TradeNames.Span sp) {
		String name = f.original(sp.start(), sp.end());
		Ent firm = run.entities.stream().filter((x) -> x.kind.equals("Company") && x.names.stream().anyMatch((n) -> n.contains(name)))
			.findFirst().orElseGet(() -> run.named("Company", name, 0.6));
		firm.properties.putIfAbsent("nameZh", firm.name);
		firm.mentions.add(f.at(sp.start(), sp.end()));
		f.hits.add(new Hit(firm, sp.start(), sp.end()));
	}

	/** The known organisation a Chinese name (simplified or traditional: 華為 is 华为) is, or null. */
	private KnownOrganizations.Known known(String name) {
		return this.known.findChinese(HanLanguage.simplified(name));
	}

	/** "(以下简称“芯瑞基金”)" right after a name: the short name the text uses for it from there on. */
	private static final Pattern SHORT_NAME = Pattern
		.compile("\\s*[(（](?:以下简称|以下称|下称|简称)[:：，]?\\s*[“\"「]?([^”\"」()（）]{2,12}?)[”\"」]?[)）]");

	/** The short name declared right after the name ending at {@code e}, unless it only points (本项目, 该公司). */
	private static Optional<String> shortName(Facts f, int e) {
		Matcher m = SHORT_NAME.matcher(f.zh).region(e, f.zh.length());
		if (!m.lookingAt() || m.group(1).matches("^(本|该|公司|项目|标的).*")) {
			return Optional.empty();
		}
		return Optional.of(f.original(m.start(1), m.end(1)));
	}

	/** What a place aims to become ("打造海西重要制造业基地", "建成全国一流的产业园"), not a project or park of its own. */
	private static final Pattern AIM = Pattern.compile("(打造|建成|建设成为|成为|形成|发展|建设一个|建设一座|主要建设|重点建设)[^，。；、]{0,12}$");

	/** A thing a project becomes, told by a list of what it is the most of: "成为国内单体最大、全球领先的…工厂". */
	private static final Pattern BECOMES = Pattern.compile("(成为|建成|建设成|建设成为|打造成)[^，。；]{0,24}的\\s*$|(建设成|建成|打造成|办成)(世界|国际|国内|全国)?(一流|领先|知名)?$");

	private static boolean aimedAt(Facts f, int s) {
		if (BECOMES.matcher(f.zh.substring(Math.max(0, s - 30), s)).find()) {
			return true;
		}
		String before = f.zh.substring(Math.max(0, s - 16), s);
		Matcher m = AIM.matcher(before);
		if (!m.find()) {
			return false;
		}
		// only words that describe it between the verb and the name: "全国一流的", "一个集研发和生产为一体的"
		String between = before.substring(m.end(1));
		return between.isEmpty() || between.endsWith("的") || between.matches("(一个|一座|一批|全国|国内|省内|区域)");
	}

	/** The part of the country a firm's base serves ("中部产业基地", "华南区域总部"): part of the base's name, not the firm's. */
	private static final Pattern REGION = Pattern.compile("华中|华东|华南|华北|西南|西北|东北|东南|中西部|中部|西部|东部|南部|北部|区域");

	/** Words that start what a project makes or is, after the name of the firm that owns it. */
	private static final Pattern PRODUCT = Pattern.compile(REGION.pattern() + "|新材料|新能源汽车|锂电池|电池|半导体|集成电路|芯片|显示|面板|液晶|医药|生物医药"
			+ "|发动机|零部件|产业园|科技园|工业园|数据中心|计算中心|研发|生产|基地|总部|特高压|全降解|柔印|红黄光|零碳|高端|智能|年产|第|项目"
			+ "|工程|产业|制造|光电|电子信息|新型|大数据|云计算|人工智能|动力|储能|电缆|塑料|版材|封装|封测|设备|材料|汽车|复材|通用|孵化|创新|中心|厂");

	/** The firm a project is named after ("正威国际新材料项目" → 正威国际): it develops the project. */
	private void ownerOf(Run run, Facts f, int s, int e) {
		int at = s;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Hit h : f.hits) {
				if ((h.ent().isPlace() || h.ent().kind.equals("Park")) && h.start() == at && h.end() < e) {
					at = h.end();
					moved = true;
				}
				if (h.ent().isOrganisation() && h.start() >= s && h.end() < e) {
					return;
				}
			}
		}
		String rest = f.zh.substring(at, e);
		int cut = rest.length();
		for (Hit h : f.hits) {
			if ((h.ent().isPlace() || h.ent().kind.equals("Park")) && h.start() > at && h.start() < e) {
				cut = Math.min(cut, h.start() - at);
			}
		}
		Matcher m = Pattern.compile("[\\s\\d(（A-Za-z“\"「]").matcher(rest);
		if (m.find()) {
			cut = Math.min(cut, m.start());
		}
		Matcher p = PRODUCT.matcher(rest);
		if (p.find() && p.start() < cut) {
			cut = p.start();
		}
		String owner = rest.substring(0, cut);
		if (owner.strip().equals(rest.strip())) {
			// nothing after it says what is built ("车用座椅" of a list): the item names a product, not a firm
			return;
		}
		if (owner.matches(".*(材|材料|料|品|剂|质)$")) {
			// "钛材生产线", "生物质…产业园": what is made, not who makes it
			return;
		}
		if (owner.length() < 2 || owner.length() > 6 || GENERIC.contains(owner) || owner.matches("^(" + TradeNames.RANKS + ").*") || !this.gazetteer.lookupChinese(owner).isEmpty()
				|| opensOnKnownFirm(f, new TradeNames.Span(at, at + owner.length()))
				|| this.sectorTerms.stream().anyMatch((t) -> owner.contains(t[0])) || owner.matches(".*(新区|园区|高新区|开发区|[区市县省])$")) {
			return;
		}
		int os = at;
		int oe = at + owner.length();
		boolean proper = false;
		for (Word w : f.words) {
			if (w.start() >= os && w.start() < oe) {
				String n = w.nature();
				if (w.end() > oe) {
					return;
				}
				if (n.startsWith("nr") || n.equals("nz") || n.startsWith("nt") || n.equals("j") || n.equals("nx")
						|| w.text().length() == 1 || n.startsWith("ns") || n.equals("nn") || n.startsWith("g")) {
					proper = true;
				}
			}
		}
		if (f.words.stream().anyMatch((w) -> w.start() == os && w.end() == oe && w.is("ns"))) {
			// a country or a place the gazetteer does not hold ("英国…项目"): where the project is from, not its owner
			return;
		}
		boolean strongCut = cut < rest.length() && !PRODUCT.matcher(rest.substring(cut)).lookingAt();
		if (!proper || !properStart(f, os) && !(strongCut && startsWithNature(f, os, "nz"))) {
			return;
		}
		// a firm the article already names under a longer name ("明远功率..." of 明远微电子有限公司) is that firm
		String head = owner.substring(0, 2);
		// or by a name that holds it after where the firm is from ("光群镭射…" of 台湾光群集团)
		Ent known = run.entities.stream().filter((x) -> x.kind.equals("Company") && x.names.stream().anyMatch((n) -> n.startsWith(head)
				|| n.matches(".*(集团|公司)$") && n.indexOf(head) > 0))
			.findFirst().orElse(null);
		if (known != null) {
			f.hits.add(new Hit(known, os, oe));
			return;
		}
		Ent company = run.named("Company", f.original(os, oe), 0.5);
		company.properties.putIfAbsent("nameZh", company.name);
		company.mentions.add(f.at(os, oe));
		f.hits.add(new Hit(company, os, oe));
	}

	/**
	 * Where a name begins that follows "总投资5亿元的": right after the 的, when nothing but the name's own words (no
	 * mark) stands between it and the name's last word; else {@code suffixStart} (no earlier start).
	 */
	static int afterAmount(Facts f, int suffixStart) {
		int best = suffixStart;
		for (MoneyParser.Mention m : f.money) {
			int de = m.end();
			while (de < f.zh.length() && f.zh.charAt(de) == ' ') {
				de++;
			}
			if (de >= suffixStart || f.zh.charAt(de) != '的') {
				continue;
			}
			String name = f.zh.substring(de + 1, suffixStart);
			int from = de + 1;
			boolean plain = f.words.stream().filter((w) -> w.start() >= from && w.end() <= suffixStart)
				.noneMatch((w) -> w.is("p") || w.is("d") || w.is("w") || w.text().equals("项目") || w.text().equals("在"));
			if (plain && name.length() <= 30 && !name.matches(".*[，。、；：！？\\s“”\"].*") && !name.matches(".*(等|其中|以及|还有).*")) {
				best = Math.min(best, de + 1);
			}
		}
		return best;
	}

	/** Words that say what is done with a sum, not what a fund is called. */
	private static final Pattern DONE_WITH_A_SUM = Pattern.compile("设立|成立|发起|组建|投资|出资|参与|用于|认缴|募集|规模|的|和|与|及|等");

	/**
	 * Where a fund's name begins that follows its size with nothing between ("10亿元银河汇创汽车产业基金"): right after
	 * the sum, whatever words HanLP cut the trade name into, when no mark or word of what is done with the sum stands
	 * between; else {@code suffixStart} (no earlier start).
	 */
	static int fundAfterItsSize(Facts f, int suffixStart) {
		for (MoneyParser.Mention m : f.money) {
			if (m.end() >= suffixStart || suffixStart - m.end() > 12) {
				continue;
			}
			String name = f.zh.substring(m.end(), suffixStart);
			if (name.matches("[\\u4e00-\\u9fffA-Za-z0-9]{2,}") && !DONE_WITH_A_SUM.matcher(name).find()) {
				return m.end();
			}
		}
		return suffixStart;
	}

	private static final String[] KINDS = { "Company", "Government", "University", "Institute", "Fund", "Park", "Project" };

	private static int kindIndex(String kind) {
		return List.of(KINDS).indexOf(kind);
	}

	private static boolean continues(String next) {
		return next.startsWith("项目") && !next.equals("项目");
	}

	/** Where a name ending at {@code suffixStart} begins: the words before it up to a verb, preposition or mark. */
	private static int leftEdge(Facts f, int suffixStart, String kind) {
		return leftEdge(f, suffixStart, kind, List.of());
	}

	private static int leftEdge(Facts f, int suffixStart, String kind, List<int[]> spans) {
		int k = 0;
		while (k < f.words.size() && f.words.get(k).end() <= suffixStart) {
			k++;
		}
		int start = k < f.words.size() ? Math.min(f.words.get(k).start(), suffixStart) : suffixStart;
		boolean project = kind.equals("Project") || kind.equals("Park");
		int depth = 0;
		for (int j = k - 1; j >= 0; j--) {
			Word w = f.words.get(j);
			String t = w.text();
			if (t.equals(")") || t.equals("）")) {
				depth++;
				start = w.start();
				continue;
			}
			if (t.equals("(") || t.equals("（")) {
				if (depth == 0) {
					break;
				}
				depth--;
				start = w.start();
				continue;
			}
			if (depth > 0) {
				start = w.start();
				continue;
			}
			int wordEnd = w.end();
			int from = start;
			int[] inner = spans.stream().filter((x) -> x[1] == wordEnd && (x[1] == suffixStart
					|| kind.equals("Park") && KINDS[x[2]].equals("Park") && x[1] == from)).findFirst().orElse(null);
			if (inner != null && (start == suffixStart || kind.equals("Park"))) {
				// a park within a park ("X经开区新能源产业片区", HanLP cutting 经/开区) is named with the park it is in
				// a name inside the name ("安庆经开区" in "安庆经开区管委会"): take it whole and go on before it
				start = inner[0];
				while (j > 0 && f.words.get(j).start() > inner[0]) {
					j--;
				}
				if (f.words.get(j).start() < inner[0] && STOP.contains(f.zh.substring(f.words.get(j).start(), inner[0]))) {
					// the name inside begins within a word HanLP glued to a conjunction ("和/江门基地"): it ends there
					break;
				}
				continue;
			}
			if (t.length() > 1 && "和与及".indexOf(t.charAt(0)) >= 0 && f.hits.stream().anyMatch((h) -> h.ent().isPlace()
					&& h.start() == w.start() + 1)) {
				// "…广州基地项目和江门基地项目" with HanLP's "和江门": the conjunction ends the name, the place opens it
				start = w.start() + 1;
				break;
			}
			if ((t.equals("·") || t.equals("•")) && PARTY_BEFORE_DOT.matcher(f.zh.substring(0, w.start())).find()) {
				// "鄂州市鄂城区人民政府·武汉工程大学共建…": the dot joins two parties, not a foreign name's parts
				break;
			}
			if (t.equals("·") || t.equals("•")) {
				start = w.start();
				continue;
			}
			Matcher work = WORK_VERB_END.matcher(t);
			if (kind.equals("Project") && (t.matches("建设|新建|兴建|打造|投建|建") && j >= 2 && f.words.get(j - 1).is("ns")
					&& f.words.get(j - 2).text().equals("在")
					|| work.find() && SITED_IN_ZONE.matcher(f.zh.substring(Math.max(0, w.start() - 20), w.start() + work.start())).find())) {
				// "将在宜春建设总部基地", "在临港新片区建设研发中心": where and the work, before the name
				break;
			}
			if (kind.equals("Project") && t.equals("联合") && start == w.end()
					&& f.zh.substring(w.end()).matches("^(实验室|研究院|研究中心|研发中心|创新中心|实验中心).*")) {
				// "锂电新材料联合实验室": a joint lab is named by what goes before 联合
				start = w.start();
				continue;
			}
			if (kind.equals("Project") && (t.equals("/") || t.equals("／")) && j > 0 && start < suffixStart
					&& !f.words.get(j - 1).is("w")) {
				// "台塑AA/AE扩建项目", "苯酚/丙酮项目": two products one project makes
				start = w.start();
				continue;
			}
			if (kind.equals("Project") && t.equals("建设") && w.end() == suffixStart && start == suffixStart && j > 0
					&& !f.words.get(j - 1).is("w") && !STOP.contains(f.words.get(j - 1).text())) {
				// "X研发及生产基地建设项目": 建设 names the work on X, and the name goes on before it
				start = w.start();
				continue;
			}
			if (kind.equals("Project") && t.equals("及") && j > 0 && start < suffixStart
					&& (nounLike(f.words.get(j - 1)) || f.words.get(j - 1).text().matches("[A-Za-z][A-Za-z0-9-]*"))
					&& !endsWithSuffix(f.zh.substring(0, w.start()), "Project")) {
				// "显示器件及系统项目", "总部及孵化器": two things one project makes or holds
				start = w.start();
				continue;
			}
			if (kind.equals("Company") && j > 0 && start == w.end() && tradeNameCharacter(w)
					&& tradeNameCharacter(f.words.get(j - 1))) {
				// a firm's trade name HanLP does not know, cut into two characters it reads as anything ("科/n 盾/q
				// 科技股份有限公司", "立/v 升/v 投资控股集团", "浙江精/a 顺/v 传动系统有限公司")
				start = f.words.get(j - 1).start();
				j--;
				continue;
			}
			if (singleVerbPair(f, j)) {
				// "投/建", "扩/建": a verb HanLP cut into its two characters, not a name cut into characters
				break;
			}
			if (t.length() == 1 && !STOP.contains(t) && !w.is("w") && j + 1 < k && f.words.get(j + 1).text().length() == 1
					&& !f.words.get(j + 1).is("w") && !STOP.contains(f.words.get(j + 1).text())) {
				// an unknown name cut into single characters ("正/威国际", "迈/百/瑞")
				start = w.start();
				continue;
			}
			if (looseCharacter(w) && j > 0 && looseCharacter(f.words.get(j - 1)) && !singleVerbPair(f, j - 1)) {
				// the last two characters of an unknown name HanLP cut apart and read as an adverb ("澜/越" of 澜越储能)
				start = w.start();
				continue;
			}
			if (t.length() == 1 && !STOP.contains(t) && !w.is("w") && (j == 0 || f.words.get(j - 1).is("w"))) {
				// a one-character word right after a mark starts the name ("正" of "，正威国际")
				start = w.start();
				break;
			}
			if (Set.of("与", "和", "及").contains(t) && quoted(f, w.start(), suffixStart)) {
				// "深度共建“淄博绿色化工与功能材料省实验室”": inside quotation marks, a name's own 与 is part of it
				start = w.start();
				continue;
			}
			if (w.is("w") || STOP.contains(t) && !(isOrgKind(kind) && ORG_WORDS.contains(t)) || t.isBlank()) {
				break;
			}
			String n = w.nature();
			// a verb HanLP makes of a word and a name verb ("集中供热" of "…集中供热改造工程") is part of the name too
			// and a bound verb morpheme (HanLP's vg: "沃" of "开/沃") is a piece of a name HanLP does not know
			// "氢/n 能/v": 能 after a source of energy is the energy ("氢能", "风能"), no verb
			boolean energy = t.equals("能") && j > 0 && f.words.get(j - 1).text().matches(".*(氢|风|核|光|储|热|电|太阳|动)$");
			boolean verb = n.startsWith("v") && !n.equals("vn") && !n.equals("vg") && !NAME_VERBS.contains(t) && !energy
					&& !(t.length() > 2 && NAME_VERBS.stream().anyMatch(t::endsWith))
					// a verb with its result ("感受到", "看到", "受到"), whatever HanLP tags it
					|| RESULTATIVE.matcher(t).matches() && !n.startsWith("ns") && !n.startsWith("nt");
			if (kind.equals("Project") && (verb || n.equals("d"))) {
				int[] firm = firmRightBefore(f, spans, w.start(), start);
				if (firm != null) {
					// "科盾科技股份有限公司应急救援指挥系统项目": what the firm's project is may hold a verb ("指挥") or an
					// adverb ("自动"), and the name runs from the firm that opens it
					start = firm[0];
					break;
				}
			}
			if (project && verb && t.length() == 1 && !COMMON_ONE_CHARACTER_VERBS.contains(t) && j > 0
					&& f.words.get(j - 1).text().length() >= 2 && f.words.get(j - 1).nature().matches("n|nr|nz|nx")
					&& (j == 1 || f.words.get(j - 2).is("w") || STOP.contains(f.words.get(j - 2).text()))) {
				// "先锋/n 汇/v 产业基地", "明远/nr 汇/v 产业基地": a trade name ending on a character HanLP reads as a verb
				start = f.words.get(j - 1).start();
				break;
			}
			if (verb || n.equals("p") || n.startsWith("c") || n.startsWith("u") || n.equals("d") || n.startsWith("r")
					|| n.equals("t") || n.equals("f") && !t.equals("中") && !REGION.matcher(t).matches()) {
				break;
			}
			if (!project && (n.equals("m") || n.startsWith("q")) && !t.matches("[A-Za-z0-9]+")) {
				break;
			}
			if (suffixStart - w.start() > 40) {
				break;
			}
			start = w.start();
		}
		return start;
	}

	/**
	 * A name in quotation marks (“淄博绿色化工与功能材料省实验室”) is whole: a firm guessed from its first words
	 * ("淄博绿色化工"), not known and with no legal form, is no firm.
	 */
	private void noTradeNamesInsideQuotedNames(Facts f) {
		List<Hit> quotedNames = f.hits.stream().filter((h) -> !h.ent().kind.equals("Company") && !h.ent().isPlace()
				&& h.start() > 0 && "“「".indexOf(f.zh.charAt(h.start() - 1)) >= 0 && h.end() < f.zh.length()
				&& "”」".indexOf(f.zh.charAt(h.end())) >= 0).toList();
		for (Hit name : quotedNames) {
			List<Hit> guessed = f.hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.start() >= name.start()
					&& h.end() < name.end() && !FULL_FIRM_NAME.matcher(HanLanguage.simplified(h.ent().name)).matches()
					&& known(h.ent().name) == null).toList();
			for (Hit h : guessed) {
				f.hits.remove(h);
				Evidence at = f.at(h.start(), h.end());
				h.ent().mentions.removeIf((m) -> m.start() == at.start() && m.end() == at.end() && m.sentence().equals(at.sentence()));
			}
		}
	}

	/**
	 * Whether [{@code at}, {@code suffixStart}) lies inside one pair of quotation marks that opens after a mark or the
	 * sentence's start and closes right after the name's kind word: “…与…实验室”.
	 */
	private static boolean quoted(Facts f, int at, int suffixStart) {
		int open = Math.max(f.zh.lastIndexOf('“', at), f.zh.lastIndexOf('「', at));
		if (open < 0 || at - open > 24) {
			return false;
		}
		String inside = f.zh.substring(open + 1, suffixStart);
		if (inside.contains("”") || inside.contains("」") || inside.matches(".*[，。；：、,;:].*")) {
			return false;
		}
		int close = Math.max(f.zh.indexOf('”', suffixStart), f.zh.indexOf('」', suffixStart));
		return close > suffixStart && close - suffixStart <= 6;
	}

	/** Whether the word at {@code j} is a one-character verb next to another ("投/v 建/v"). */
	/** A word of one character that may be a piece of a name: no mark, stop word, preposition, conjunction or particle. */
	private static boolean looseCharacter(Word w) {
		return w.text().length() == 1 && !STOP.contains(w.text()) && !w.is("w") && !w.is("p") && !w.is("c") && !w.is("u")
				&& !w.is("r") && !w.is("m") && !w.is("q") && !w.is("v") && !TradeNames.sentenceAdverb(w);
	}

	/**
	 * A government's name without the person who acts for it ("白龙代表市政府": 白龙 on behalf of the city government),
	 * also where the segmenter cut 代表 apart ("张/明代/表/市政府"); {@code start} is where the name stands in the text.
	 */
	private static String withoutRepresentative(Facts f, int start, String name) {
		int acting = name.lastIndexOf("代表");
		if (acting >= 0) {
			return name.substring(acting + 2);
		}
		if (name.startsWith("表") && start > 0 && f.zh.charAt(start - 1) == '代') {
			return name.substring(1);
		}
		return name;
	}

	/**
	 * The span of a firm named with its legal form that ends at most a few characters before {@code at} with no mark,
	 * stop word or 的 between its end and {@code to} (the start of the name taken so far), or null.
	 */
	private static int[] firmRightBefore(Facts f, List<int[]> spans, int at, int to) {
		for (int[] o : spans) {
			if (!KINDS[o[2]].equals("Company") || o[1] > at || at - o[1] > 4 || to - o[1] > 24) {
				continue;
			}
			String between = f.zh.substring(o[1], to);
			if (f.zh.substring(o[0], o[1]).matches(".*(公司|集团)$") && !between.matches(".*[\\p{P}\\s的与和及在对向为由从].*")) {
				return o;
			}
		}
		return null;
	}

	/**
	 * A word of one character that may be half of a trade name: no mark, stop word, preposition, conjunction,
	 * particle, pronoun, adverb or numeral.
	 */
	private static boolean tradeNameCharacter(Word w) {
		return w.text().length() == 1 && !STOP.contains(w.text()) && !w.is("w") && !w.is("p") && !w.is("c") && !w.is("u")
				&& !w.is("r") && !w.is("d") && !w.is("m") && !TradeNames.sentenceAdverb(w);
	}

	private static boolean singleVerbPair(Facts f, int j) {
		return oneCharacterVerb(f, j) && (oneCharacterVerb(f, j - 1) || oneCharacterVerb(f, j + 1));
	}

	private static boolean oneCharacterVerb(Facts f, int j) {
		return j >= 0 && j < f.words.size() && f.words.get(j).text().length() == 1 && f.words.get(j).nature().equals("v");
	}

	/** Whether the text ends with a word that ends a name of that kind (a whole name stands before it). */
	private static boolean endsWithSuffix(String text, String kind) {
		return SUFFIXES.stream().anyMatch((x) -> x.kind().equals(kind) && text.endsWith(x.text()));
	}

	private static boolean nounLike(Word w) {
		String n = w.nature();
		return n.startsWith("n") && !n.equals("nx") || n.equals("vn") || n.equals("gi") || n.equals("b") || NAME_VERBS.contains(w.text());
	}

	private static String trimName(String name) {
		String n = name.strip();
		n = n.replaceFirst("^[“”\"「」『』《》、，,·\\s\u3000\u00A0]+", "");
		// "及临空经济区优质项目", "作为母基金", "以…为代表", "6日项目": a conjunction, a role or a day before the name
		n = n.replaceFirst("^(?:以及|及|与|作为|代表|原则上|[\\d一二三四五六七八九十]{1,3}日)(?=[\\p{IsHan}A-Za-z\\d]{2,}$)", "");
		// "新华社武汉5月20日专电(记者沈翀)长江经济带产业基金": the dateline and the reporter, before the name
		n = n.replaceFirst("^.{0,20}?(?:专电|电|讯)?[(（]记者[^)）]{1,12}[)）]", "");
		// "继江苏扬州…母基金", "借基金", "借力中南大学": the word that leads to the name, not part of it
		n = n.replaceFirst("^(?:借力|借助|继|借|通过|依托|利用)(?=[\\p{IsHan}A-Za-z\\d]{2,}$)", "");
		// "含西咸新区", "包括…": the list that holds it, not its name
		n = n.replaceFirst("^(?:含|包含|包括)(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "申报国家级LED产业基地", "申请…": what the zone applies to become is no thing built
		n = n.replaceFirst("^(?:申报|申请|争创|创建)(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "近期电子信息产业园首批21个项目": when the text speaks of it
		n = n.replaceFirst("^(?:近期|近日|日前|目前|此前|今年|去年|当天|当日)(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "二季度武汉经开区", "2024年上半年…": the part of the year the text speaks of
		n = n.replaceFirst("^(?:\\d{4}年)?(?:第?[一二三四1-4]季度|前三季度|上半年|下半年|年初|年底|年末)(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		n = n.replaceFirst("^(位于|坐落于|地处|新建|建设|总投资|投资|年度|个|项|家|的|将为|将在|将|为|在|于|对|由|把|向|是|助力|助推|推动|支持|续建|暨)", "");
		n = n.replaceFirst("^[一两二三四五六七八九十\\d]+(条|條|个|個|座|家|大|批|项|項)", "");
		n = n.replaceFirst("^[(（][^)）]{1,12}[)）]", "");
		// "阿里巴巴集团成立智能计算联合实验室", "新华区调研产业园区": what is done before the thing named
		n = n.replaceFirst("^[^，。；、]{0,12}?(?:成立|调研|揭牌|启动|共建)(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}$)", "");
		// "投资企业湖南安福环保科技股份有限公司": who the firm is in the signing, not its name
		n = n.replaceFirst("^(?:投资企业|投资方|投資企業|投資方|合作方|企业|企業)(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}(?:公司|集团|公司|集團)$)", "");
		// "世界500强ABB集团": how a firm ranks is no part of its name
		n = n.replaceFirst("^(?:世界|全球|财富|財富|中国|中國)(?:500|五百)强(?:企业|企業)?(?=[\\p{IsHan}A-Za-z\\d]{2,}$)", "");
		// "紧盯项目", "提升园区": a verb before a bare head, no name
		n = n.replaceFirst("^(?:紧盯|緊盯|提升|推进|推進|加快|抓好|做好)(?=[\\p{IsHan}A-Za-z\\d]{2,}$)", "");
		// "主会场法麦克斯三期项目", "一期古蔺…产业园项目": where it is told of, or which stage the text speaks of
		n = n.replaceFirst("^(?:主会场|分会场|现场|其中|首期|一期|二期|三期|(?:标志|標志|標誌)[着著]?)(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}$)", "");
		// "中国最大规模高功率锂电池电源生产基地": how it ranks is no part of its name
		n = n.replaceFirst("^(?:中国|国内|全国|全省|全球|世界|亚洲)(?:规模最大|单体最大|最大|领先|一流|首个|第一)(?:规模|单体)?的?(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "张掖城投公司投资7.3亿元的张掖大数据产业园项目": who invests how much in it is no part of its name
		n = n.replaceFirst("^[^，。；]{2,20}?投资[\\d.]+[万亿]+(?:元|美元)的", "");
		// "投资5亿元的薪起程智慧车联网", once 投资 is cut: the sum told of it is no part of its name
		n = n.replaceFirst("^(?:约|达|超|近)?[\\d.]+[万亿]+(?:元|美元)(?:人民币)?的(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "记者从乐山高新区了解到": where the news came from (not 从化, 从江, places of their own)
		n = n.replaceFirst("^从(?![化江])(?=[\\p{IsHan}A-Za-z\\d]{4,}$)", "");
		// "每只母基金": each of several, not one named
		n = n.replaceFirst("^(?:每只|每个|每家|各只)", "");
		// "55亿建大数据产业园" (a headline): the sum and the verb before what is built
		n = n.replaceFirst("^[\\d.]+[万亿]+(?:元|美元)?(?:投建|建设|建|打造|投资)", "");
		// "2023盐南高新区(深圳)…恳谈会": the year of an event, not part of the name after it (not "2000吨…", "2025年产…")
		n = n.replaceFirst("^(19|20)\\d{2}(?=[\\p{IsHan}&&[^年月万亿千百吨台套片辆亩米件元颗只个家项条座位名人户期代寸英]])", "");
		// "我省华鼎国联动力电池产业化基地", "本市…": the reporter's own province or city, not part of the name
		n = n.replaceFirst("^(?:我省|我市|我区|我县|我州|本省|本市|本区|本县)(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}$)", "");
		// "光伏材料制造商协鑫(集团)控股有限公司": what the firm makes, told before its name
		n = n.replaceFirst("^[\\p{IsHan}]{2,10}?(?:制造商|生产商|生產商|供应商|供應商|开发商|開發商|运营商|運營商|服务商|服務商)"
				+ "(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}$)", "");
		// "丁纯要求常州高新区", "他指出…产业园": who speaks, and the verb, before what is spoken of
		n = n.replaceFirst("^[\\p{IsHan}]{1,4}?(?:要求|指出|表示|强调|強調|介绍|介紹)(?=[\\p{IsHan}A-Za-z\\d()（）]{4,}$)", "");
		// "卓谊生物医药产业园项目落位长春新区": where a project lands, not the project, names the zone
		n = n.replaceFirst("^[^，。；]{2,30}?项目(?:落位|落户|落戶|落地|入驻|入駐|位于|位於)(?=[\\p{IsHan}]{3,}$)", "");
		// "韶关市华韶数据谷9月23日": the day it was told of, after the name
		n = n.replaceFirst("(?<=[\\p{IsHan}A-Za-z]{2})\\d{1,2}月\\d{1,2}[日号號]$", "");
		while (n.startsWith("(") && !n.contains(")") || n.startsWith("（") && !n.contains("）")) {
			n = n.substring(1);
		}
		return n;
	}

	private static boolean generic(String name, String suffix) {
		String rest = name.substring(0, name.length() - suffix.length());
		if (rest.isEmpty()) {
			return true;
		}
		String r = rest;
		for (String g : GENERIC.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
			r = r.replace(g, "");
		}
		r = REGION.matcher(r).replaceAll("").replaceAll("[\\d个项家“”\"、\\s]", "");
		return r.length() < 1 || rest.length() < 2 && !Character.isLetterOrDigit(rest.charAt(0))
				|| rest.matches("^(该|本|此|这|其|各|全|我|首|新|原|上述|相关).{0,1}$");
	}

	/** An industrial park being signed, built or invested in is a project; one things are in is a park. */
	private static boolean parkIsProject(Facts f, int start, int end) {
		String name = f.zh.substring(start, end);
		if (name.matches(".*(经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|科技城|科学城|试验区|自贸区|保税区|合作区|文化区|创新区)$")) {
			return false;
		}
		String before = f.zh.substring(Math.max(0, start - 4), start);
		if (LOCATIVE.matcher(before).find()) {
			return false;
		}
		return f.zh.matches(".*(签约|签订|开工|奠基|投资|建设|投产|竣工|打造|启动|落地).*")
				&& (f.money.size() > 0 || f.zh.substring(Math.max(0, start - 12), start).matches(".*(签约|签订|开工|投产|竣工|包括|、).*"))
				|| f.zh.startsWith("项目", end);
	}

	/** The name without the places it starts with ("河北沧州渤海新区" → "沧州渤海新区", "渤海新区"). */
	private static List<String> withoutPlaces(Facts f, int s, int e) {
		List<String> out = new ArrayList<>();
		int at = s;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Hit h : f.hits) {
				if ((h.ent().isPlace() || h.ent().kind.equals("Park")) && h.start() == at && h.end() < e - 1) {
					at = h.end();
					while (at < e && "·•(（".indexOf(f.zh.charAt(at)) >= 0) {
						at++;
					}
					String rest = f.original(at, e);
					if (SUFFIXES.stream().noneMatch((x) -> x.text().equals(rest))) {
						out.add(rest);
					}
					moved = true;
					break;
				}
			}
		}
		return out;
	}

	private static final Pattern CATEGORY_WORDS = Pattern.compile("产业化|产业|项目|工程|重大|重点|重要|标志性|新基建|关键|标杆|引领性|旗舰|龙头|百亿级|十亿级|亿元级|级|两大|三大|大|新兴|战略性|电子信息|信息|基础设施|社会事业|配套|生活|商品房|安置房|人才房|民生|公共|服务|招商|外资|内资|贸易|集约化|发展|高质量|示范|标准化|\\s");

	/** A kind of project rather than one ("北京生物医药产业项目", "两大百亿级龙头项目"): places, sectors and category words only. */
	private boolean onlyCategory(Facts f, int s, int e) {
		StringBuilder rest = new StringBuilder(f.zh.substring(s, e));
		for (Hit h : f.hits) {
			if ((h.ent().isPlace() || h.ent().kind.equals("Sector")) && h.start() >= s && h.end() <= e) {
				for (int i = h.start(); i < h.end(); i++) {
					rest.setCharAt(i - s, ' ');
				}
			}
		}
		if (CATEGORY_WORDS.matcher(rest).replaceAll("").length() < 2) {
			return true;
		}
		return onlyIndustry(f, s, e, rest.toString());
	}

	/**
	 * Whether a name says only what industry its projects are in, with no firm to build them: a sector alone
	 * ("新能源汽车项目"), or a place's industry ("承接北京生物医药产业项目转移"). A firm named before it in the clause
	 * makes it that firm's project, and a place with a sector alone ("宜春动力电池项目") is one project's name.
	 */
	private boolean onlyIndustry(Facts f, int s, int e, String placesBlanked) {
		boolean firmBefore = f.hits.stream().anyMatch((h) -> h.ent().kind.equals("Company") && h.end() <= s && !crossesClause(f.zh, h.end(), s));
		boolean place = !placesBlanked.equals(f.zh.substring(s, e));
		// "迁安市氢能产业园项目": a place's park of an industry is a thing built there, unlike "宜春新能源产业"
		if (firmBefore || place && (!placesBlanked.contains("产业") || INDUSTRY_WORKS.matcher(placesBlanked).find())) {
			return false;
		}
		// the sectors are read after the names: their words in the name are blanked here
		String r = placesBlanked;
		for (String[] term : this.sectorTerms) {
			r = r.replace(term[0], " ".repeat(term[0].length()));
		}
		return !r.equals(placesBlanked) && CATEGORY_WORDS.matcher(r).replaceAll("").length() < 2;
	}

	private static boolean properWord(Word w) {
		String n = w.nature();
		return n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("j");
	}

	/** Whether a place or proper name (not a name guessed from loose characters) stands in {@code [s, e)}. */
	private static boolean hasProperWord(Facts f, int s, int e) {
		return f.words.stream().anyMatch((w) -> w.start() >= s && w.end() <= e && properWord(w));
	}

	/**
	 * Whether a project's name has something of its own: a proper name, a place, a number, a Latin word or a name cut
	 * into single characters; or a total of its own right after it.
	 */
	private static boolean proper(Facts f, int s, int e) {
		if (properWords(f, s, e)) {
			return true;
		}
		if (f.zh.substring(e).matches("^\\s*[，,]?\\s*(计划|预计|项目)?总投资.*")) {
			// "X基地总投资5亿元": a thing whose own total is stated is one project, however plain its name
			return true;
		}
		// a firm named before it in the sentence makes it that firm's project ("X公司投资建设晶圆制造项目"), unless the
		// name is quoted in a document's title (签署《关于“X项目”投资协议》), which the firm does not build
		return f.hits.stream().anyMatch((h) -> h.start() >= s && h.end() <= e && (h.ent().isPlace() || h.ent().isOrganisation())
				|| h.ent().kind.equals("Company") && h.end() <= s && !crossesClause(f.zh, h.end(), s) && !insideTitle(f.zh, s));
	}

	/** Whether a position is inside a document's title (《…》). */
	private static boolean insideTitle(String zh, int at) {
		String before = zh.substring(0, at);
		return before.lastIndexOf('《') > before.lastIndexOf('》');
	}

	/** Whether the words of a name have a proper name, a number, a Latin word or a name cut into single characters. */
	private static boolean properWords(Facts f, int s, int e) {
		Word prior = null;
		for (Word w : f.words) {
			if (w.start() >= s && w.end() <= e) {
				String n = w.nature();
				if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("nx")
						|| n.equals("j") || n.equals("m") || w.text().matches(".*[A-Za-z0-9].*")) {
					return true;
				}
				if (prior != null && singleCharacter(prior) && singleCharacter(w)) {
					// a name HanLP does not know, cut into characters ("中/韩/博/佩")
					return true;
				}
				prior = w;
			}
		}
		return false;
	}

	/** A word of one character that is no mark, conjunction, preposition, particle or stop word. */
	private static boolean singleCharacter(Word w) {
		return w.text().length() == 1 && !w.is("w") && !w.is("c") && !w.is("p") && !w.is("u") && !STOP.contains(w.text());
	}

	private static boolean startsWithNature(Facts f, int s, String nature) {
		return f.words.stream().anyMatch((w) -> w.start() == s && w.nature().equals(nature));
	}

	/** Whether the word at {@code s} can start a firm's name: a proper noun, an unknown word, one character, Latin. */
	private static boolean properStart(Facts f, int s) {
		for (Word w : f.words) {
			if (w.start() == s) {
				String n = w.nature();
				return n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("j") || n.equals("nx")
						|| n.startsWith("g") || w.text().length() == 1 || w.text().matches("[A-Za-z].*");
			}
		}
		return true;
	}

	/** A firm's legal form, and the group and industry words before it, which its trade name (字号) goes without. */
	private static final Pattern LEGAL_FORM = Pattern.compile("(股份有限公司|有限责任公司|有限公司|公司)$");

	private static final String INDUSTRY = "(科技|技术|实业|电子|信息|智能|能源|新能源|新材料|材料|光电|半导体|微电子|集成电路|生物|医药|"
			+ "生物医药|汽车|新能源汽车|装备|制造|精密|通信|网络|数据)";

	private static final Pattern GROUP_AND_INDUSTRY = Pattern.compile(INDUSTRY + "?(控股)?(集团)$");

	/** A trade name that is itself a place or industry word ("中国电子" of "中国电子科技集团"): no trade name. */
	private static final Pattern NO_TRADE_NAME = Pattern.compile("^(中国|中华|国家)|" + INDUSTRY + "$");

	/**
	 * Short forms of a firm's name: without its legal ending, without the parentheses in it, and its trade name,
	 * without its group and industry words too ("京东方" of "京东方科技集团股份有限公司"). Read on the simplified text, so
	 * that a traditional-script name (集團) is cut as well; the forms are the article's own characters.
	 */
	static List<String> firmForms(String name) {
		String zh = HanLanguage.simplified(name);
		Matcher legal = LEGAL_FORM.matcher(zh);
		int end = legal.find() ? legal.start() : zh.length();
		String n = name.substring(0, end);
		List<String> forms = new ArrayList<>(List.of(n, n.replaceAll("[（(][^)）]*[)）]", "")));
		Matcher group = GROUP_AND_INDUSTRY.matcher(zh.substring(0, end));
		if (group.find() && group.start() >= 2 && !NO_TRADE_NAME.matcher(zh.substring(0, group.start())).find()) {
			forms.add(name.substring(0, group.start()));
		}
		return forms;
	}

	private void shortForms(Ent ent, String name) {
		if (ent.kind.equals("Company")) {
			ent.names.addAll(firmForms(name));
		}
	}

	/** A count in digits or in Chinese numerals. */
	private static final String COUNT = "(?:\\d+|[一二两三四五六七八九十百千]+)";

	/** "16个签约项目包括A、B、C等。": the projects of a batch, listed after it without a head word of their own. */
	private static final Pattern BATCH_LISTS = Pattern.compile("项目(?:\\s*" + COUNT + "\\s*[个项][，,]?)?(?:包括|分别是|分别为|主要有|主要包括)[：:]?([^。；：]+?)(?:等|等等)?(?=[。；]|$)");

	private void lists(Run run, Facts f) {
		Matcher m = LIST_END.matcher(f.zh);
		while (m.find()) {
			int end = m.start();
			int clause = Math.max(Math.max(f.zh.lastIndexOf('，', end - 1), f.zh.lastIndexOf(',', end - 1)),
					Math.max(f.zh.lastIndexOf('：', end - 1), f.zh.lastIndexOf('；', end - 1)));
			clause = Math.max(clause, f.zh.lastIndexOf('。', end - 1));
			String segment = f.zh.substring(clause + 1, end);
			if (!segment.contains("、") && !segment.contains("和")) {
				continue;
			}
			if (m.group(1) == null && CONTENTS.matcher(f.zh.substring(0, clause + 1)).find()) {
				// "项目建设内容主要包括：…研发中心、运营中心、生活公寓等项目": what one project builds, no projects of their own
				int from = clause + 1;
				List<Hit> parts = f.hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.start() >= from && h.end() <= end).toList();
				for (Hit h : parts) {
					f.hits.remove(h);
					h.ent().mentions.removeIf((ev) -> ev.start() == f.at(h.start(), h.end()).start());
				}
				continue;
			}
			listItems(run, f, clause, segment);
		}
		Matcher b = BATCH_LISTS.matcher(f.zh);
		while (b.find()) {
			String segment = b.group(1);
			if (!segment.contains("、") || segment.contains("，") || LIST_END.matcher(f.zh.substring(b.start(1))).find()) {
				continue;
			}
			listItems(run, f, b.start(1) - 1, segment);
		}
	}

	/** The items of a list that starts after {@code clause}: each names a project, unless it names a firm or a kind of thing. */
	private void listItems(Run run, Facts f, int clause, String segment) {
		{
			// "…、南方建材项目和华研实验室项目": the last two items joined by 和 or 及 are two (one character, as 、 is)
			String[] parts = segment.replaceAll("(?<=项目)[和及](?=[\\p{IsHan}A-Za-z\\d])", "、").split("、");
			int at = clause + 1;
			for (int i = 0; i < parts.length; i++) {
				int s = at;
				// "嘉鹏新能源 锂电池 等…": the item ends at its last character, not at the space before 等
				int e = at + parts[i].stripTrailing().length();
				at = at + parts[i].length() + 1;
				if (i == 0) {
					// the first item starts after the verb that introduces the list
					int verbEnd = lastVerbEnd(f, s, e);
					s = Math.max(s, verbEnd);
				}
				String item = trimName(f.zh.substring(s, e));
				int from = e - item.length();
				s = from;
				Hit same = f.hits.stream().filter((h) -> h.start() == from && h.end() == e && !h.ent().isPlace()).findFirst()
					.orElse(null);
				if (same != null && same.ent().kind.equals("Project")) {
					f.listed.add(same.ent());
				}
				if (item.length() < 2 || same != null) {
					continue;
				}
				// an item a list of projects names as a project ("宏大真空二期项目") is one, in whatever words
				boolean namedProject = item.endsWith("项目") && item.length() >= 5;
				if (item.matches(".*(公司|集团|政府|管委会|大学|研究院)$") || !namedProject && !namedItem(f, from, e)
						|| onlyCategory(f, from, e)) {
					continue;
				}
				// a project found inside the item ("…总部和研发生产基地" of the item) is the item, named whole
				List<Hit> inner = f.hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.end() == e && h.start() > from)
					.toList();
				for (Hit h : inner) {
					f.hits.remove(h);
					h.ent().mentions.removeIf((ev) -> ev.start() == f.at(h.start(), h.end()).start());
				}
				String name = f.original(s, e);
				Ent ent = run.named("Project", name.endsWith("项目") ? name : name + "项目", 0.6);
				ent.names.add(name);
				ent.properties.putIfAbsent("nameZh", ent.name);
				ent.mentions.add(f.at(s, e));
				f.hits.add(new Hit(ent, s, e));
				f.listed.add(ent);
				// "加快推进A柔印版材产业化、B全降解塑料等12个项目": a listed item opens on the firm that builds it, as a project's name does
				ownerOf(run, f, s, e);
			}
		}
	}

	/**
	 * Whether a list item names one thing rather than a kind of thing ("安置房", "商务办公及酒店"): more than three
	 * characters, with a proper name, a number or Latin letters, or a name HanLP cut into single characters.
	 */
	private static boolean namedItem(Facts f, int s, int e) {
		if (e - s <= 3) {
			return false;
		}
		List<Word> words = f.words.stream().filter((w) -> w.start() >= s && w.end() <= e).toList();
		for (int i = 0; i < words.size(); i++) {
			Word w = words.get(i);
			String n = w.nature();
			if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("j") || n.equals("nx")
					|| n.startsWith("g") || w.text().matches(".*[A-Za-z0-9].*")
					|| i < words.size() - 1 && w.text().length() == 1 && !w.is("c") && !w.is("w") && !STOP.contains(w.text())) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern FIRM_LIST_END = Pattern.compile("等(?:\\d+家)?[^，。、；]{0,4}?(企业|公司|客户|厂商|品牌|龙头|名企|巨头|集团|企業|廠商|板块|成员单位|成员企业)");

	/** Firms listed by their short names: "康佳、创维、海尔等家电企业". */
	/** "全资子公司丰元锂能拟…": the short name right after 子公司, up to the verb or mark that follows it. */
	private static final Pattern SUBSIDIARY_NAME = Pattern.compile("子公司([\\u4e00-\\u9fff]{2,6}?)(?=拟|将|与|和|及|在|于|已|于|共同|出资|投资|，|,|、|。|；|（|\\()");

	/** Where a name that follows "投资40亿元的" ends: a preposition, an adverb or verb of what it does, a mark. */
	private static final Pattern NAME_END = Pattern.compile("在|于|落户|落地|正式|全面|将|已|正在|顺利|开工|签约|投产|[，。；：、！？\\s]");

	/**
	 * A thing with no word of a kind at its end, named only by its total ("投资40亿元的湖北X新能源电池在…开工", "引进
	 * 100亿元X新能源汽车，该项目…"): a project, when its name has something of its own (a place, a proper name, a
	 * number, a Latin word).
	 */
	private void namedByTotal(Run run, Facts f) {
		for (MoneyParser.Mention m : f.money) {
			if (!f.zh.substring(Math.max(0, m.start() - 6), m.start()).matches(".*(投资|引进|签约|落户)(额)?(约|达|超|近)?\\s*$")) {
				continue;
			}
			Matcher de = Pattern.compile("^\\s*(人民币)?的").matcher(f.zh.substring(m.end()));
			Matcher then = Pattern.compile("^\\s*([^，。；：、！？的]{4,20})，(该|此)?项目").matcher(f.zh.substring(m.end()));
			// "引进100亿元X新能源汽车，该项目…": what the next clause calls the project
			boolean referred = then.find();
			if (!de.find() && !referred) {
				continue;
			}
			int s = referred ? m.end() + then.start(1) : m.end() + de.end();
			Matcher stop = NAME_END.matcher(f.zh).region(s, f.zh.length());
			int e = referred ? m.end() + then.end(1) : stop.find() ? stop.start() : f.zh.length();
			String name = f.zh.substring(s, e);
			if (name.length() < 4 || name.length() > 20 || name.contains("的")
					|| f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end() && !h.ent().isPlace() && !h.ent().kind.equals("Sector"))
					|| f.words.stream().anyMatch((w) -> w.start() >= s && w.end() <= e && w.is("v") && !w.is("vn") && w.text().length() > 1
							&& !NAME_VERBS.contains(w.text()))
					|| !(properWords(f, s, e) || f.hits.stream().anyMatch((h) -> h.ent().isPlace() && h.start() >= s && h.end() <= e))
					|| onlyCategory(f, s, e)) {
				continue;
			}
			Ent ent = run.named("Project", f.original(s, e), 0.6);
			ent.properties.putIfAbsent("nameZh", ent.name);
			ent.mentions.add(f.at(s, e));
			f.hits.add(new Hit(ent, s, e));
			ownerOf(run, f, s, e);
		}
	}

	/** "丰元股份公告，公司…", "X发布公告称，公司…": a listed firm's announcement, by the firm's short name. */
	private static final Pattern ANNOUNCER = Pattern.compile("^\\s*([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?:发布)?公告(?:称|显示)?[，：]\\s*(本公司|公司)?");

	/**
	 * A sentence that opens on a firm's announcement ("丰元股份公告，公司全资子公司…"): the firm, by the short name it
	 * is listed under, and the 公司 right after it, which is that firm speaking of itself.
	 */
	private void announcer(Run run, Facts f) {
		Matcher m = ANNOUNCER.matcher(f.zh);
		if (!m.find()) {
			return;
		}
		int s = m.start(1);
		int e = m.end(1);
		String name = m.group(1);
		if (GENERIC.contains(name) || STOP.contains(name) || !this.gazetteer.lookupChinese(name).isEmpty()
				|| f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end() && !h.ent().kind.equals("Company"))) {
			return;
		}
		Hit named = f.hits.stream().filter((h) -> h.start() == s && h.end() == e && h.ent().kind.equals("Company")).findFirst()
			.orElse(null);
		Ent firm = named != null ? named.ent() : run.named("Company", f.original(s, e), 0.6);
		run.announcer = firm;
		if (named == null) {
			firm.properties.putIfAbsent("nameZh", firm.name);
			firm.mentions.add(f.at(s, e));
			f.hits.add(new Hit(firm, s, e));
		}
		if (m.group(2) != null) {
			int cs = m.start(2);
			int ce = m.end(2);
			f.hits.removeIf((h) -> h.start() >= cs && h.end() <= ce);
			f.hits.add(new Hit(firm, cs, ce));
		}
	}

	/**
	 * "公司"/"本公司" as the subject of a clause in an article that reports a firm's announcement ("同时，公司与重庆两江
	 * 管委会拟共同组建…") is that firm speaking of itself, and elsewhere the one firm the article named before it;
	 * "该公司" is the firm named last before the sentence.
	 */
	private static final Pattern FIRM_REFERENCE = Pattern.compile("(?<=^|[，。；：,;:]|同时|此外|另外|目前|近日|日前)\\s*(该公司|本公司|公司)"
			+ "(?=\\s*(与|和|拟|将|在|于|已|计划|投资|出资|还|也|同时|正|目前|近日|日前|决定|宣布|表示|称))");

	private void firmReferences(Run run, Facts f) {
		Matcher m = FIRM_REFERENCE.matcher(f.zh);
		while (m.find()) {
			int s = m.start(1);
			int e = m.end(1);
			if (f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end())) {
				continue;
			}
			Ent firm = m.group(1).equals("该公司") ? lastFirmBefore(run, f) : run.announcer != null ? run.announcer : onlyFirmBefore(run, f);
			if (m.group(1).equals("该公司")) {
				f.pointing.add(new int[] { s, e });
			}
			if (firm != null) {
				f.hits.add(new Hit(firm, s, e));
			}
		}
	}

	/**
	 * "…与安徽龙源风力发电有限公司签订投资协议，该公司将…": 该公司 is the firm its own sentence named before it, once the
	 * sentence's names are read, rather than the one named before the sentence.
	 */
	private static void firmsNamedEarlierInTheSentence(Facts f) {
		for (int[] at : f.pointing) {
			Hit firm = f.hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= at[0])
				.max(Comparator.comparingInt(Hit::end)).orElse(null);
			if (firm != null) {
				f.hits.removeIf((h) -> h.start() == at[0] && h.end() == at[1]);
				f.hits.add(new Hit(firm.ent(), at[0], at[1]));
			}
		}
	}

	/** "落户园区", "在该园区": the park a sentence sites something in by the word 园区 alone. */
	private static final Pattern PARK_REFERENCE = Pattern.compile("(?<=在|落户|入驻|落地|进驻|位于|落子|选址)\\s*(该园区|园区)(?![\\u4e00-\\u9fff]{0,2}(外|之外))");

	/**
	 * 园区 standing for a park, right after the verb that sites something in it ("星河科技将在园区投资建设…"): the park
	 * named last, in the sentence before it or in the article before the sentence.
	 */
	private void parkReferences(Run run, Facts f) {
		Matcher m = PARK_REFERENCE.matcher(f.zh);
		while (m.find()) {
			int s = m.start(1);
			int e = m.end(1);
			if (f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end())) {
				continue;
			}
			Ent park = f.hits.stream().filter((h) -> h.ent().kind.equals("Park") && h.end() <= s).max(Comparator.comparingInt(Hit::end))
				.map(Hit::ent).orElseGet(() -> lastBefore(run, f, "Park"));
			if (park != null) {
				f.hits.add(new Hit(park, s, e));
			}
		}
	}

	/** The thing of a kind named last before a sentence. */
	private static Ent lastBefore(Run run, Facts f, String kind) {
		int here = f.sentence.start();
		return run.entities.stream().filter((x) -> x.kind.equals(kind) && x.mentions.stream().anyMatch((v) -> v.start() < here))
			.max(Comparator.comparingInt((Ent x) -> x.mentions.stream().filter((v) -> v.start() < here).mapToInt(Evidence::start).max().orElse(-1)))
			.orElse(null);
	}

	/** The firm named last before a sentence. */
	private static Ent lastFirmBefore(Run run, Facts f) {
		return lastBefore(run, f, "Company");
	}

	/** The one firm the article named before the sentence, if it named exactly one: what a bare "公司" then means. */
	private static Ent onlyFirmBefore(Run run, Facts f) {
		int here = f.sentence.start();
		List<Ent> firms = run.entities.stream().filter((x) -> x.kind.equals("Company") && x.mentions.stream().anyMatch((v) -> v.start() < here))
			.toList();
		return firms.size() == 1 ? firms.get(0) : null;
	}

	private void subsidiaryNames(Run run, Facts f) {
		Matcher m = SUBSIDIARY_NAME.matcher(f.zh);
		while (m.find()) {
			int s = m.start(1);
			int e = m.end(1);
			String name = m.group(1);
			if (f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end()) || GENERIC.contains(name)
					|| name.matches("^(的|是|为|有|在|等|共|各|均|及|将|拟).*") || !this.gazetteer.lookupChinese(name).isEmpty()) {
				continue;
			}
			Ent ent = run.named("Company", f.original(s, e), 0.6);
			ent.properties.putIfAbsent("nameZh", ent.name);
			ent.mentions.add(f.at(s, e));
			f.hits.add(new Hit(ent, s, e));
		}
	}

	/** "由丰元锂能及安徽金通共同设立", "由A和B共同出资": the two who found or fund something together are firms. */
	private static final Pattern CO_FOUNDERS = Pattern.compile(
			"由([\\u4e00-\\u9fff]{2,8}?)(?:及|和|与)([\\u4e00-\\u9fff]{2,8}?)共同(?:出资)?(?:设立|投资|出资|建设|组建|成立|发起)");

	private void coFounders(Run run, Facts f) {
		Matcher m = CO_FOUNDERS.matcher(f.zh);
		while (m.find()) {
			for (int g = 1; g <= 2; g++) {
				int s = m.start(g);
				int e = m.end(g);
				String part = m.group(g);
				if (part.matches(".*(项目|基地|园|区|市|县|省|政府|委员会|管委会)$") || part.replaceAll(INDUSTRY, "").length() < 2
						|| GENERIC.contains(part) || !this.gazetteer.lookupChinese(part).isEmpty()
						|| this.sectorTerms.stream().anyMatch((t) -> t[0].equals(part))
						|| f.hits.stream().anyMatch((h) -> h.start() < e && s < h.end() && !h.ent().isPlace())) {
					continue;
				}
				// a place that opens the firm's name ("安徽金通") is part of it, not a place of the news
				f.hits.removeIf((h) -> h.ent().isPlace() && h.start() >= s && h.end() <= e);
				Ent ent = run.named("Company", f.original(s, e), 0.55);
				ent.properties.putIfAbsent("nameZh", ent.name);
				ent.mentions.add(f.at(s, e));
				f.hits.add(new Hit(ent, s, e));
			}
		}
	}

	private void firmLists(Run run, Facts f) {
		Matcher m = FIRM_LIST_END.matcher(f.zh);
		while (m.find()) {
			int end = m.start();
			int clause = -1;
			for (char c : "，,：；。给与和在及".toCharArray()) {
				clause = Math.max(clause, f.zh.lastIndexOf(c, end - 1));
			}
			String segment = f.zh.substring(clause + 1, end);
			if (!segment.contains("、")) {
				continue;
			}
			int at = clause + 1;
			boolean first = true;
			for (String item : segment.split("、")) {
				int e = at + item.length();
				// "联合A、B、C等多个板块": the first firm starts after the verb that introduces the list
				int s = first ? Math.max(at, lastVerbEnd(f, at, e)) : at;
				String part = f.zh.substring(s, e);
				at = e + 1;
				first = false;
				if (part.length() < 2 || part.length() > 8 || part.matches(".*(项目|基地|园|区|市|县|省)$")
						|| part.replaceAll(INDUSTRY, "").length() < 2 || this.sectorTerms.stream().anyMatch((t) -> t[0].equals(part))
						|| f.hits.stream().anyMatch((h) -> h.start() <= s && e <= h.end() && !h.ent().isPlace())) {
					continue;
				}
				Hit inner = f.hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.start() >= s && h.end() <= e)
					.findFirst().orElse(null);
				if (inner != null) {
					// "中电建" of a list, where a known firm's short name (电建) was read inside it: that firm, by the list's name
					f.hits.remove(inner);
					inner.ent().names.add(f.original(s, e));
					inner.ent().mentions.removeIf((ev) -> ev.start() == f.at(inner.start(), inner.end()).start());
					inner.ent().mentions.add(f.at(s, e));
					f.hits.add(new Hit(inner.ent(), s, e));
					continue;
				}
				Ent ent = run.named("Company", f.original(s, e), 0.6);
				ent.properties.putIfAbsent("nameZh", ent.name);
				ent.mentions.add(f.at(s, e));
				f.hits.add(new Hit(ent, s, e));
			}
		}
	}

	private static int lastVerbEnd(Facts f, int from, int to) {
		int best = from;
		for (Word w : f.words) {
			if (w.start() >= from && w.end() <= to && (w.is("v") && !w.is("vn") || STOP.contains(w.text()))
					&& !NAME_VERBS.contains(w.text()) && !Set.of("和", "及", "与").contains(w.text())) {
				best = w.end();
			}
		}
		return best;
	}

	// --- programs -------------------------------------------------------------------------------------------

	/** A count as news writes it: digits, or Chinese numerals ("十二", "二十三", "一百一十七", "两百"). */
	static int count(String text) {
		if (text.matches("\\d+")) {
			return text.length() > 9 ? 0 : Integer.parseInt(text); // a figure too large to count anything counts none
		}
		java.math.BigDecimal value = ChineseNumerals.value(text);
		return value == null ? 0 : value.intValue();
	}

	private void programs(Run run, Facts f) {
		List<int[]> found = new ArrayList<>();
		Matcher m = PROGRAM_COUNT_FIRST.matcher(f.zh);
		while (m.find()) {
			found.add(new int[] { m.start(), m.end(), count(m.group(1)) });
		}
		m = PROGRAM_COUNT_LAST.matcher(f.zh);
		while (m.find()) {
			String head = m.group(1);
			int s = m.start();
			String trimmed = head.replaceFirst("^.*?(?=(签约|开工|竣工|重大|重点|工业|产业|招商|投资|[\\u4e00-\\u9fff]{0,4}项目$))", "");
			// "本次集中签约的项目共28个": what comes before 的 describes the batch, the name starts after it
			trimmed = trimmed.substring(trimmed.lastIndexOf('的') + 1);
			s = m.end(1) - trimmed.length();
			// the name starts where a word does: "高端制造业项目10个", not "端制造业…"
			for (Word w : f.words) {
				if (w.start() < s && s < w.end() && w.start() >= m.start(1)) {
					s = w.start();
				}
			}
			int[] x = m.group(2) == null ? new int[] { s, m.end(), count(m.group(3)) }
					: new int[] { s, m.end(), count(m.group(3)), m.start(2), m.end(2) };
			found.add(x);
		}
		found.sort(Comparator.comparingInt((int[] x) -> x[0]));
		Ent largest = null;
		int largestEnd = 0;
		boolean amongClause = opensOnAmong(f) || run.amongOpen;
		run.amongOpen = amongClause && f.sentence.text().strip().matches(".*[；;]$");
		Ent among = amongClause ? run.lastProgram : null;
		for (int[] x : found) {
			int count = x[2];
			if (among != null && among.properties.get("count") instanceof Integer c && count < c
					&& !ownPlace(f, among, x[0])) {
				// "其中，产业项目8项…": a share of the batch the sentence before named, not a batch of its own
				continue;
			}
			String phrase = f.zh.substring(x[0], x[1]);
			String before = f.zh.substring(Math.max(0, x[0] - 6), x[0]);
			// "亿元以上项目32个": a batch by size, the article's batch when it names no larger one; else a share of one
			boolean bySize = phrase.matches(".*(以上|以下|亿元|万元).*") || before.matches(".*(以上|以下|亿元)的?$");
			boolean share = largest != null || f.zh.substring(0, x[0]).matches(".*(其中|包括|含|涵盖).*")
					|| run.entities.stream().anyMatch((e) -> e.kind.equals("Program")
							&& e.properties.get("count") instanceof Integer c && c > count);
			if (count < 2 || count > 5000 || bySize && share
					|| phrase.matches("^" + COUNT + "\\s*个?项目.*") && phrase.length() <= 4 && f.zh.matches(".*其中.*") && largest != null) {
				continue;
			}
			if (largest != null && f.zh.contains("其中") && count < (int) largest.properties.get("count")) {
				continue;
			}
			if (phrase.endsWith("子项目")) {
				// "…预处理三个子项目": the parts one project is built in, not a batch
				continue;
			}
			if (f.zh.startsWith("的基础上", x[1])) {
				// "在去年实施33个项目的基础上": a past batch the news measures against, not one of its own
				continue;
			}
			if (largest != null && count < (int) largest.properties.get("count")
					&& f.zh.substring(largestEnd, x[1]).matches(".*(包括|含|涵盖)[^。；]*$")) {
				// "40个项目，包括续建项目12个、新开工项目18个": shares of the batch just named
				continue;
			}
			Ent larger = run.entities.stream().filter((e) -> e.kind.equals("Program") && (int) e.properties.get("count") > count)
				.findFirst().orElse(null);
			if (larger != null && phrase.matches("^" + COUNT + "\\s*个项目$")
					&& !(moneyNear(f, x[0], x[1]) && !f.zh.matches(".*(其中|包括|含|涵盖).*"))) {
				// "N个项目" with nothing of its own, fewer than a batch already named: a part of that batch (but "A、B等12个
				// 项目集中签约，总投资83.9亿元" after the 31 started is a batch of its own, with its own total)
				if (largest == null) {
					largest = larger;
				}
				continue;
			}
			if (larger != null && !moneyNear(f, x[0], x[1])) {
				// "加快推进A、B等12个续建项目": a share of a larger batch already named, stated without a total of its own
				if (largest == null) {
					largest = larger;
				}
				continue;
			}
			int s = x[0];
			int left = programLeft(f, s);
			for (Hit h : f.hits) {
				// a batch's name does not start inside a park's or place's name ("经开区12个…" of "宜春经开区12个…")
				if ((h.ent().kind.equals("Park") || h.ent().isPlace()) && h.start() < left && left < h.end()) {
					left = h.start();
				}
			}
			String core = withoutConnector(f, x, x[0]);
			String full = withoutConnector(f, x, left);
			String withAdverb = null;
			Matcher total = TOTAL_ADVERB.matcher(f.zh).region(Math.max(0, x[0] - 8), x[1]);
			int adverb = -1;
			int adverbEnd = -1;
			while (total.find()) {
				adverb = total.start();
				adverbEnd = total.end();
			}
			if (adverb >= 0) {
				// "湘江新区直属区共开工项目23个": the batch is its place's, and 共/累计 is no part of its name
				int a = adverb;
				Hit subject = f.hits.stream()
					.filter((h) -> (h.ent().kind.equals("Park") || h.ent().isPlace()) && h.end() <= a && a - h.start() <= 14
							&& !f.zh.substring(h.start(), a).matches(".*[，。；：、,;:\\s的].*"))
					.min(Comparator.comparingInt(Hit::start)).orElse(null);
				int clause = a;
				while (clause > 0 && "，。；：、,;:！？ \n".indexOf(f.zh.charAt(clause - 1)) < 0) {
					clause--;
				}
				String opening = f.zh.substring(clause, a);
				if (subject == null && a - clause <= 14) {
					// a park or place the article named before, which HanLP cuts apart here ("湘江/新/区直/属区")
					for (Ent e : run.entities) {
						String known = (e.kind.equals("Park") || e.isPlace()) ? e.names.stream().map(HanLanguage::simplified)
							.filter((n) -> n.length() >= 2 && opening.startsWith(n)).max(Comparator.comparingInt(String::length))
							.orElse(null) : null;
						if (known != null && (subject == null || known.length() > subject.end() - subject.start())) {
							subject = new Hit(e, clause, clause + known.length());
						}
					}
					if (subject != null) {
						subject.ent().mentions.add(f.at(subject.start(), subject.end()));
						f.hits.add(subject);
					}
				}
				if (subject != null) {
					left = subject.start();
				}
				if (subject != null || a >= left) {
					// "共开工项目41个": the adverb is no part of the batch's name, whatever opens it
					full = f.original(left, a) + f.original(adverbEnd, x[1]);
					withAdverb = f.original(left, x[1]);
				}
			}
			// "合肥市6月18日集中签约12个项目": the day it happened is no part of the batch's name
			full = DAY_IN_NAME.matcher(full).replaceAll("");
			Ent ent = null;
			for (Ent e : run.entities) {
				if (e.kind.equals("Program") && Integer.valueOf(count).equals(e.properties.get("count"))) {
					ent = e;
				}
			}
			if (ent == null) {
				ent = new Ent("Program", full, 0.85);
				ent.properties.put("count", count);
				run.entities.add(ent);
			}
			ent.names.add(core);
			ent.names.add(full);
			if (withAdverb != null) {
				ent.names.add(withAdverb);
			}
			ent.names.addAll(programVariants(core));
			if (full.length() > ent.name.length()) {
				ent.name = full;
			}
			ent.properties.putIfAbsent("nameZh", ent.name);
			Integer year = yearOf(f, run.article);
			if (year != null) {
				ent.properties.putIfAbsent("year", year);
			}
			ent.mentions.add(f.at(left, x[1]));
			f.hits.add(new Hit(ent, left, x[1]));
			if (largest == null) {
				largest = ent;
				largestEnd = x[1];
			}
		}
		f.listProgram = largest;
		if (largest != null) {
			run.lastProgram = largest;
		}
		else if (among != null) {
			f.listProgram = among;
		}
	}

	/** A batch's name from {@code from} to the end of its count, without the word that states the count (项目共28个). */
	private static String withoutConnector(Facts f, int[] x, int from) {
		return x.length > 3 ? f.original(from, x[3]) + f.original(x[4], x[1]) : f.original(from, x[1]);
	}

	/**
	 * Whether the clause of a count at {@code at} names a place or park of its own before it, one the larger batch's
	 * name does not ("其中，六安市此次集中开工重大项目20个…" after a province's batch): a city's batch within it.
	 */
	private static boolean ownPlace(Facts f, Ent larger, int at) {
		int from = at;
		while (from > 0 && "，；。：".indexOf(f.zh.charAt(from - 1)) < 0) {
			from--;
		}
		int clause = from;
		return f.hits.stream().anyMatch((h) -> (h.ent().isPlace() || h.ent().kind.equals("Park")) && h.start() >= clause
				&& h.end() <= at && larger.names.stream().noneMatch((n) -> n.contains(f.zh.substring(h.start(), h.end()))));
	}

	/** Whether an amount is stated in the clause of {@code [s, e)} or in the clause after it. */
	private static boolean moneyNear(Facts f, int s, int e) {
		int from = s;
		while (from > 0 && "，,；;。".indexOf(f.zh.charAt(from - 1)) < 0) {
			from--;
		}
		int to = e;
		int marks = 0;
		while (to < f.zh.length() && marks < 2) {
			if ("，,；;。".indexOf(f.zh.charAt(to)) >= 0) {
				marks++;
			}
			to++;
		}
		int a = from;
		int b = to;
		return f.money.stream().anyMatch((m) -> m.start() >= a && m.end() <= b);
	}

	private static boolean opensOnAmong(Facts f) {
		return f.zh.strip().matches("^(其中|包括|分别是|主要有|主要包括)[，：,:].*");
	}

	/** "开工重大项目117个" is also "重大项目117个" and "117个重大项目". */
	private static List<String> programVariants(String core) {
		List<String> out = new ArrayList<>();
		for (String c : List.of(core.replaceFirst("^集中", ""), core.replaceFirst("^(集中)?(开工|签约|实施|签订|新开工|落地|推进)", ""))) {
			out.add(c);
			Matcher last = Pattern.compile("^(.*项目)(" + COUNT + ")\\s*(个|项)$").matcher(c);
			if (last.matches()) {
				out.add(last.group(2) + "个" + last.group(1));
			}
			Matcher first = Pattern.compile("^(" + COUNT + ")\\s*(个|项)(.*项目)$").matcher(c);
			if (first.matches()) {
				out.add(first.group(3) + first.group(1) + "个");
			}
		}
		return out;
	}

	/** An adverb of totality before a batch's verb or count ("共开工", "累计签约"), with the verb it qualifies. */
	private static final Pattern TOTAL_ADVERB = Pattern.compile("(?<!公)(总共|一共|共计|合计|总计|累计|共)(?=(集中|新)?(开工|签约|签订|竣工|投产|实施|引进|落地|推进|建设)"
			+ "|\\s*" + COUNT + "\\s*[个项])");

	private static int programLeft(Facts f, int s) {
		int start = s;
		for (int j = f.words.size() - 1; j >= 0; j--) {
			Word w = f.words.get(j);
			if (w.end() > s) {
				continue;
			}
			if (w.end() < start) {
				break;
			}
			String n = w.nature();
			if (w.is("w") && !w.text().matches("[“”\"+＋]") || n.equals("p") || n.startsWith("u") || n.startsWith("c")
					|| n.equals("d") || w.text().matches("其中|共|有|是|为|的|等|今年|此次|本次|将|已|了|达|包括|涉及|共有|总共|合计|和|与|及")) {
				break;
			}
			start = w.start();
			if (s - start > 20) {
				break;
			}
		}
		return start;
	}

	private static Integer yearOf(Facts f, ArticleText article) {
		Matcher y = YEAR.matcher(f.zh);
		if (y.find()) {
			return Integer.parseInt(y.group(1));
		}
		if (f.zh.contains("去年")) {
			return article.published() == null ? null : article.published().getYear() - 1;
		}
		return article.published() == null ? null : article.published().getYear();
	}

	// --- sectors --------------------------------------------------------------------------------------------

	private void sectors(Run run, Facts f) {
		List<int[]> taken = new ArrayList<>();
		for (String[] term : this.sectorTerms) {
			int at = f.zh.indexOf(term[0]);
			while (at >= 0) {
				int s = at;
				int e = at + term[0].length();
				at = f.zh.indexOf(term[0], e);
				if (taken.stream().anyMatch((x) -> s < x[1] && x[0] < e)) {
					continue;
				}
				// a Latin term inside a Latin word ("mircoLED") is not the term; glued to Han characters ("明澜LED封装") it is
				if (term[0].matches("[A-Za-z0-9-]+") && (s > 0 && f.zh.charAt(s - 1) < 128 && Character.isLetterOrDigit(f.zh.charAt(s - 1))
						|| e < f.zh.length() && Character.isLetter(f.zh.charAt(e)) && f.zh.charAt(e) < 128)) {
					continue;
				}
				if (term[0].equals("电池") && (SOLAR_BEFORE.matcher(f.zh.substring(0, s)).find() || f.zh.startsWith("片", e))) {
					// "太阳能电池", "光伏电池片", "燃料电池": cells of another industry than batteries
					continue;
				}
				taken.add(new int[] { s, e });
				Ent ent = run.keyed("Sector", term[1], term[2], 0.8);
				ent.names.add(f.original(s, e));
				ent.properties.put("sectorId", term[1]);
				ent.mentions.add(f.at(s, e));
				f.hits.add(new Hit(ent, s, e));
			}
		}
	}

	// --- amounts and statuses -------------------------------------------------------------------------------

	private void amounts(Run run, Facts f) {
		for (MoneyParser.Mention m : f.money) {
			String before = f.zh.substring(Math.max(0, m.start() - 12), m.start());
			String after = f.zh.substring(m.end(), Math.min(f.zh.length(), m.end() + 6));
			if (NOT_INVESTMENT.matcher(before).find() || after.matches("^(的)?(产值|营收|销售|收入|税收|利税).*")
					|| before.matches(".*(年产值|年营收|年销售|实现|新增|带动|拉动)[^，。]{0,6}$") || after.startsWith("以上")) {
				continue;
			}
			if (phaseShare(f, m.start())) {
				continue;
			}
			if (before.matches(".*(总签约金额|签约总金额|签约总额|签约金额合计|合计签约金额|总签约额)[^，。；]{0,4}$")
					&& f.hits.stream().noneMatch((h) -> h.ent().kind.equals("Program"))) {
				// "A、B分别就X项目、Y项目签订合作协议，总签约金额10.2亿元": the sum of several signings, no one project's
				continue;
			}
			if (itemInParentheses(f, m) && f.hits.stream().noneMatch((h) -> h.end() == m.start() - 1
					&& Set.of("Project", "Fund").contains(h.ent().kind))) {
				// "包括A(10000万元)、B(6000万元)等22个项目": each item's own sum, never the batch's
				continue;
			}
			if (LIST_ITEM_OPENS.matcher(f.zh.substring(0, m.start())).find()) {
				// "主要包括10亿元A基金、10亿元B基金": a sum that opens an item of a list is the item's
				Hit item = f.hits.stream().filter((h) -> h.start() >= m.end() && h.start() - m.end() <= 6
						&& Set.of("Project", "Fund").contains(h.ent().kind)
						&& !f.zh.substring(m.end(), h.start()).matches(".*[、，,。；].*"))
					.min(Comparator.comparingInt(Hit::start)).orElse(null);
				if (item != null) {
					if (item.ent().amount == null) {
						item.ent().amount = m.amount();
					}
					continue;
				}
			}
			Ent target = null;
			int best = Integer.MAX_VALUE;
			Matcher lead = LEADS_TO_NAME.matcher(f.zh).region(m.end(), f.zh.length());
			if (lead.lookingAt()) {
				// "总投资5亿元的X项目", "投资100亿元人民币建设的X项目", "总投资110亿元、X项目落户…": X's total
				// the name the sum leads to stands in the same clause: past a break, the next item of a list begins
				// ("A公司投资13.7亿元建设的年产3000吨X项目，B公司投资…建设的Y项目": with X not found, Y is not X)
				int named = lead.end();
				Hit first = f.hits.stream().filter((h) -> h.start() >= m.end() && h.start() - m.end() <= 40
						&& Set.of("Project", "Program", "Fund").contains(h.ent().kind)
						&& !CLAUSE_BREAK.matcher(f.zh.substring(Math.min(named, h.start()), h.start())).find())
					.min(Comparator.comparingInt(Hit::start)).orElse(null);
				boolean listed = lead.group(1).equals("、");
				if (listed && (first == null || !INVEST_CUE.matcher(before).find() || f.zh.substring(first.end()).matches("^(总)?投资.*"))) {
					first = null;
				}
				else if (first != null && first.ent().amount != null && first.ent().amount.value().compareTo(m.amount().value()) == 0) {
					// the total the article already gave X, stated again
					continue;
				}
				Hit next = listed ? first : f.hits.stream().filter((h) -> h.start() >= m.end() && h.start() - m.end() <= 40
						&& Set.of("Project", "Program", "Fund").contains(h.ent().kind) && h.ent().amount == null
						&& !CLAUSE_BREAK.matcher(f.zh.substring(Math.min(named, h.start()), h.start())).find())
					.min(Comparator.comparingInt(Hit::start)).orElse(null);
				if (next != null && next.ent().amount == null) {
					next.ent().amount = m.amount();
					continue;
				}
				if (!listed && first == null) {
					continue; // the sum of a name not found: no other name's
				}
			}
			Ent nearest = null;
			int nearestDistance = Integer.MAX_VALUE;
			for (Hit h : f.hits) {
				String k = h.ent().kind;
				if (!(k.equals("Project") || k.equals("Program") || k.equals("Fund"))) {
					continue;
				}
				int d = h.end() <= m.start() ? m.start() - h.end() : (h.start() - m.end()) * 3 + 10;
				if (h.start() > m.end() && !INVEST_CUE.matcher(before).find() && h.start() - m.end() > 30) {
					continue;
				}
				if (d < nearestDistance) {
					nearestDistance = d;
					nearest = h.ent();
				}
				if (h.ent().amount != null) {
					continue;
				}
				if (d < best) {
					best = d;
					target = h.ent();
				}
			}
			if (nearest != null && nearest != target && nearest.amount != null
					&& nearest.amount.value().compareTo(m.amount().value()) == 0) {
				// "A、B等8个项目，总投资42.3亿元" after a headline that gave the batch its total: the batch's, stated again
				continue;
			}
			if (target != null) {
				target.amount = m.amount();
			}
		}
	}

	private static final Pattern COUNTED_FUNDS = Pattern.compile("^(?:[\\d一二两三四五六七八九十]+|若干|多)?[支只]");

	/** What opens an item of a list right before its sum: "、", "包括", "主要有", "：". */
	private static final Pattern LIST_ITEM_OPENS = Pattern.compile("(、|包括|主要有|分别为|分别是|[：:])\\s*$");

	/** What ends a clause, or begins the next item of a list with a sum of its own. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。]|[\\d.]+\\s*[亿万]");

	/** What stands between a total and the name it is the total of: "的", "人民币建设的", "、". */
	private static final Pattern LEADS_TO_NAME = Pattern.compile("\\s*(?:人民币)?\\s*(?:建设|兴建|投建|新建|打造|建)?\\s*(的|、)");

	/** "其中一期投资60亿元", "二期规划投资…": what one phase costs, stated beside the project's total. */
	private static final Pattern PHASE_SHARE = Pattern.compile("([一二三四五首]期)(项目|工程)?(计划|规划|预计|拟)?(总)?投资(额)?(约|达|为|超|超过|近)?\\s*$");

	/**
	 * Whether the amount at {@code at} is a share of a project's total rather than the total: what one phase costs
	 * ("其中一期投资60亿元"; not when the phase ends a project's own name, "X项目一期总投资…") or what its fixed assets
	 * cost ("固定资产投资不少于2亿元").
	 */
	private static boolean phaseShare(Facts f, int at) {
		String before = f.zh.substring(Math.max(0, at - 14), at);
		if (before.matches(".*固定资产投资(额)?(约|达|为|超|超过|近|不少于|不低于)?\\s*$")) {
			return true;
		}
		Matcher m = PHASE_SHARE.matcher(before);
		if (!m.find()) {
			return false;
		}
		int phaseEnd = at - before.length() + m.end(1);
		return f.hits.stream().noneMatch((h) -> h.ent().kind.equals("Project") && h.start() < phaseEnd && h.end() >= phaseEnd);
	}

	private static final Pattern ZH_DATE = Pattern.compile(
			"(?:(?<y>(?:19|20)\\d{2})\\s*年|(?<rel>今年|去年|明年))?\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*[日号])?|(?<y2>(?:19|20)\\d{2})\\s*年|(?<day>昨日|昨天|今日|今天)");

	/**
	 * The first date a Chinese sentence gives, as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, against the
	 * article's date: "2023年5月8日", "今年6月", "去年", "6月15日" (a month more than two months after the article is
	 * last year's), "昨日".
	 */
	static String date(String zh, java.time.LocalDate published) {
		Matcher m = ZH_DATE.matcher(zh);
		while (m.find()) {
			if (m.group("day") != null) {
				if (published == null) {
					continue;
				}
				return (m.group("day").startsWith("昨") ? published.minusDays(1) : published).toString();
			}
			if (m.group("y2") != null) {
				return m.group("y2");
			}
			int month = Integer.parseInt(m.group("m"));
			if (month < 1 || month > 12) {
				continue;
			}
			Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
			if (year == null && published != null) {
				String rel = m.group("rel");
				year = published.getYear() + ("去年".equals(rel) ? -1 : "明年".equals(rel) ? 1 : 0);
				if (rel == null && month > published.getMonthValue() + 2) {
					year--;
				}
			}
			if (year == null) {
				continue;
			}
			String ym = year + "-" + (month < 10 ? "0" : "") + month;
			if (m.group("d") == null) {
				return ym;
			}
			int day = Integer.parseInt(m.group("d"));
			return day >= 1 && day <= 31 ? ym + "-" + (day < 10 ? "0" : "") + day : ym;
		}
		return null;
	}

	private static void statuses(Facts f, java.time.LocalDate published) {
		String when = date(f.zh, published);
		if (when != null && STATUS_SIGNED.matcher(f.zh).find()) {
			for (Hit h : f.hits) {
				if (h.ent().kind.equals("Project") || h.ent().kind.equals("Program")) {
					h.ent().properties.putIfAbsent("signedOn", when);
				}
			}
		}
		if (when != null && STATUS_BUILDING.matcher(f.zh).find()) {
			for (Hit h : f.hits) {
				if (h.ent().kind.equals("Project")) {
					h.ent().properties.putIfAbsent("startYear", Integer.parseInt(when.substring(0, 4)));
				}
			}
		}
		// "预计2025年投产": a stage still to come says when it is due, not where the project stands
		String present = f.zh;
		Matcher due = DUE.matcher(f.zh);
		while (due.find()) {
			present = present.replace(due.group(), "");
			Matcher year = YEAR.matcher(due.group());
			if (year.find() && due.group("stage").matches("竣工|建成|投产|投用|投入使用|运营|达产")) {
				for (Hit h : f.hits) {
					if (h.ent().kind.equals("Project")) {
						h.ent().properties.putIfAbsent("completionYear", Integer.parseInt(year.group(1)));
					}
				}
			}
		}
		String status = null;
		if (STATUS_OPERATING.matcher(present).find()) {
			status = "operating";
		}
		else if (STATUS_PRODUCTION.matcher(present).find()) {
			status = "in production";
		}
		else if (STATUS_BUILDING.matcher(present).find()) {
			status = "under construction";
		}
		else if (STATUS_SIGNED.matcher(present).find()) {
			status = "signed";
		}
		else if (STATUS_PLANNED.matcher(f.zh).find()) {
			status = "planned";
		}
		if (status == null) {
			return;
		}
		for (Hit h : f.hits) {
			if (h.ent().kind.equals("Project") || h.ent().kind.equals("Program")) {
				Object old = h.ent().properties.get("status");
				if (old == null || rank(status) > rank(old.toString())) {
					h.ent().properties.put("status", status);
				}
			}
		}
	}

	private static int rank(String status) {
		return List.of("planned", "announced", "signed", "under construction", "in production", "operating").indexOf(status);
	}

	// --- relationships --------------------------------------------------------------------------------------

	private static final Set<String> ORGS = Set.of("Company", "Government", "University", "Institute", "Fund");

	private static final Set<String> HOLDERS = Set.of("Project", "Program", "Park", "Government", "Fund", "Company",
			"University", "Institute");

	private void relations(Run run, Facts f, Facts previous) {
		Evidence ev = f.sentence.evidence();
		List<Hit> hits = f.hits.stream().sorted(Comparator.comparingInt(Hit::start)).toList();
		// PART_OF: the items of a list, and the projects of a sentence that names a program
		for (Ent item : f.listed) {
			if (f.listProgram != null) {
				run.relate("PART_OF", item, f.listProgram, null, ev, 0.7);
			}
		}
		if (f.listProgram != null) {
			for (Hit h : hits) {
				if (h.ent().kind.equals("Project") && !f.listed.contains(h.ent())) {
					run.relate("PART_OF", h.ent(), f.listProgram, null, ev, 0.5);
				}
			}
		}
		for (Hit h : hits) {
			Ent e = h.ent();
			if (!HOLDERS.contains(e.kind)) {
				continue;
			}
			located(run, f, hits, h, ev);
			if (e.kind.equals("Project") || e.kind.equals("Program") || e.kind.equals("Park") || e.kind.equals("Fund")) {
				inSector(run, f, hits, h, ev);
			}
			if (e.kind.equals("Project")) {
				develops(run, f, hits, h, ev);
			}
		}
		placeInvestments(run, f, hits, ev);
		namedInvestors(run, f, hits, ev);
		signedFor(run, f, hits, ev);
		ceremonyHosts(run, f, hits, ev);
		headquarters(run, f, hits, ev);
		owners(run, f, hits, previous, ev);
		if (!founders(run, f, hits, previous, ev)) {
			partners(run, f, hits, ev);
		}
		subsidiaries(run, f, hits, ev);
		respectively(run, f, hits, ev);
	}

	/**
	 * "县政府与A、B分别就X项目、Y项目签订合作协议": the firms listed before 分别 sign for the projects listed after it, one
	 * each, in order; each firm builds its own.
	 */
	private static void respectively(Run run, Facts f, List<Hit> hits, Evidence ev) {
		int each = f.zh.indexOf("分别就");
		if (each < 0) {
			return;
		}
		int close = f.zh.indexOf("签", each);
		if (close < 0) {
			return;
		}
		int open = f.zh.lastIndexOf("与", each);
		List<Hit> firms = hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.start() > open && h.end() <= each)
			.sorted(Comparator.comparingInt(Hit::start)).toList();
		List<Hit> projects = hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.start() >= each && h.end() <= close)
			.sorted(Comparator.comparingInt(Hit::start)).toList();
		if (open < 0 || firms.size() < 2 || firms.size() != projects.size()) {
			return;
		}
		for (int i = 0; i < firms.size(); i++) {
			run.relate("DEVELOPS", firms.get(i).ent(), projects.get(i).ent(), null, ev, 0.6);
		}
	}

	/**
	 * A lab or centre that bodies build together ("宜春学院与明澜科技共建锂电新材料联合实验室"): a project of theirs, named
	 * by its field alone.
	 */
	private static boolean jointWork(Facts f, int s, int e) {
		return f.zh.substring(s, e).matches(".+联合(实验室|研究院|研究中心|研发中心|创新中心|实验中心)")
				&& f.zh.substring(Math.max(0, s - 8), s).matches(".*(共建|共同建设|联合建设|合作建设|携手建设|建立|成立|设立)$");
	}

	/** Whether a sum stands alone in parentheses after an item of a list ("明澜微电子(10000万元)、"). */
	private static boolean itemInParentheses(Facts f, MoneyParser.Mention m) {
		if (m.start() < 1 || m.end() >= f.zh.length() || "(（".indexOf(f.zh.charAt(m.start() - 1)) < 0
				|| ")）".indexOf(f.zh.charAt(m.end())) < 0) {
			return false;
		}
		String next = f.zh.substring(m.end() + 1, Math.min(f.zh.length(), m.end() + 3));
		String before = f.zh.substring(0, m.start() - 1);
		return next.startsWith("、") || next.startsWith("等") || before.matches(".*[、][^、，。]{1,16}$");
	}

	/** "项目投资方为X", "出资方是X和Y", "由X和Y合资建设": who puts the money in, named as such. */
	private static final Pattern INVESTOR_IS = Pattern.compile("(?:投资方|投资主体|出资方)\\s*(?:为|是|系)|(?=[^，。；]{2,60}合资(?:建设|兴建|成立))由");

	/** Each organisation an investor clause names invests in the sentence's project (the last one before the clause). */
	private void namedInvestors(Run run, Facts f, List<Hit> hits, Evidence ev) {
		Matcher m = INVESTOR_IS.matcher(f.zh);
		while (m.find()) {
			int at = m.end();
			int end = at;
			while (end < f.zh.length() && "，。；,;".indexOf(f.zh.charAt(end)) < 0) {
				end++;
			}
			int to = end;
			Hit project = hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.end() <= m.start())
				.max(Comparator.comparingInt(Hit::end)).orElse(null);
			if (project == null) {
				continue;
			}
			hits.stream().filter((h) -> h.ent().isOrganisation() && h.start() >= at && h.end() <= to)
				.forEach((o) -> run.relate("INVESTS_IN", o.ent(), project.ent(), null, ev, 0.6));
		}
	}

	/**
	 * "管委会与X公司就Y项目签订投资协议": the firm that signs for a project with a government or park builds it, and puts
	 * the money in when the agreement is an investment one.
	 */
	private void signedFor(Run run, Facts f, List<Hit> hits, Evidence ev) {
		int about = f.zh.indexOf("就");
		while (about >= 0) {
			int at = about + 1;
			Hit project = hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.start() == at).findFirst().orElse(null);
			int from = about;
			Hit firm = hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= from
					&& f.zh.substring(h.end(), from).isBlank()).findFirst().orElse(null);
			if (project != null && firm != null && f.zh.substring(project.end()).matches("^\\s*(?:签订|签署|签约).*")) {
				run.relate("DEVELOPS", firm.ent(), project.ent(), null, ev, 0.55);
				if (f.zh.substring(project.end()).matches("^\\s*(?:签订|签署)(?:了)?(?:项目)?投资(?:合作)?协议.*")) {
					run.relate("INVESTS_IN", firm.ent(), project.ent(), null, ev, 0.5);
				}
			}
			about = f.zh.indexOf("就", about + 1);
		}
	}

	/** What a firm holds for its project: "举行了X项目的开工仪式", "举行X项目奠基典礼". */
	private static final Pattern HOLDS_CEREMONY = Pattern.compile("^\\s*(?:隆重|正式)?举行(?:了)?\\s*$");

	private static final Pattern CEREMONY_AFTER = Pattern.compile("^\\s*(?:的)?\\s*(?:开工|签约|奠基|投产|竣工|开业|落成)(?:仪式|典礼)");

	/** "山西冠佳新能源开发有限公司隆重举行了10GWh锂电池生产线项目的开工仪式": the firm that holds its ceremony builds it. */
	private void ceremonyHosts(Run run, Facts f, List<Hit> hits, Evidence ev) {
		for (Hit project : hits) {
			if (!project.ent().kind.equals("Project") || !CEREMONY_AFTER.matcher(f.zh.substring(project.end())).lookingAt()) {
				continue;
			}
			hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= project.start()
					&& HOLDS_CEREMONY.matcher(f.zh.substring(h.end(), project.start())).matches())
				.findFirst()
				.ifPresent((firm) -> run.relate("DEVELOPS", firm.ent(), project.ent(), null, ev, 0.6));
		}
	}

	/** "总部位于深圳", "总部设在…": where the firm the sentence is about has its seat. */
	private static final Pattern HEADQUARTERED = Pattern.compile("总部(?:位于|设在|设于|在)");

	private void headquarters(Run run, Facts f, List<Hit> hits, Evidence ev) {
		Matcher m = HEADQUARTERED.matcher(f.zh);
		while (m.find()) {
			int at = m.end();
			int from = m.start();
			Hit place = hits.stream().filter((h) -> h.ent().isPlace() && h.start() == at).findFirst().orElse(null);
			Hit firm = hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= from)
				.max(Comparator.comparingInt(Hit::end)).orElse(null);
			if (place != null && firm != null) {
				run.relate("LOCATED_IN", firm.ent(), innermost(hits, place).ent(), null, ev, 0.6);
			}
		}
	}

	/** "在宜春累计投资超过": the money a body has put into a place, before the sum. */
	private static final Pattern INVESTED_IN_PLACE = Pattern.compile("^\\s*(?:累计|已经|已|共|共计|先后|总共|陆续)?(?:投资|投入)"
			+ "(?:总额)?(?:已)?(?:超过|超|逾|达到|达|约|近|将近|接近)?\\s*$");

	/**
	 * An organisation's investment in a place ("明澜科技在宜春累计投资超过50亿元"): what it has put there, with no project
	 * it pays for named in the clause ("…投资30亿元建设X项目" is the project's).
	 */
	private void placeInvestments(Run run, Facts f, List<Hit> hits, Evidence ev) {
		for (MoneyParser.Mention m : f.money) {
			int clause = m.start();
			while (clause > 0 && "，,；;。：:".indexOf(f.zh.charAt(clause - 1)) < 0) {
				clause--;
			}
			int from = clause;
			Hit place = hits.stream().filter((h) -> h.ent().isPlace() && h.start() >= from && h.end() <= m.start()
					&& h.start() > 0 && f.zh.charAt(h.start() - 1) == '在'
					&& INVESTED_IN_PLACE.matcher(f.zh.substring(h.end(), m.start())).matches())
				.findFirst().orElse(null);
			if (place == null) {
				continue;
			}
			int at = place.start() - 1;
			Hit org = hits.stream().filter((h) -> h.ent().isOrganisation() && h.start() >= from && h.end() <= at
					&& f.zh.substring(h.end(), at).isBlank())
				.findFirst().orElse(null);
			int clauseEnd = m.end();
			while (clauseEnd < f.zh.length() && "，,；;。".indexOf(f.zh.charAt(clauseEnd)) < 0) {
				clauseEnd++;
			}
			int end = clauseEnd;
			boolean forProject = hits.stream().anyMatch((h) -> h.ent().kind.equals("Project") && h.start() >= from && h.end() <= end)
					|| f.zh.substring(m.end(), end).matches("^\\s*(?:用于|建设|兴建|新建|打造|的).*");
			if (org != null && !forProject) {
				run.relate("INVESTS_IN", org.ent(), place.ent(), m.amount(), ev, 0.6);
			}
		}
	}

	private static final Pattern ABOUT_PREVIOUS = Pattern.compile("^((签约|开工|新开工|集中签约|集中开工|入驻|落地|这批|本批|此次|本次)项目|(这批|本批|此批|本次|此次|这次)(集中)?(签约|开工)(的)?项目|该项目|项目|该基地|基地|园区|该园区|这些项目|上述项目|其中|总投资|计划总投资|预计总投资)");

	/**
	 * Words a news sentence opens on before its subject ("据悉，该项目…", "据了解，项目…", "同时，…"): they say where the
	 * news comes from or how it follows on, and leave the sentence about what the one before named.
	 */
	private static final Pattern OPENER = Pattern.compile("^(据悉|据了解|据介绍|另据了解|另悉|记者了解到|记者获悉|同时|此外|另外|目前|据统计|值得关注的是|值得一提的是|值得注意的是)[，：]?\\s*");

	/** A fund named again by generic words, with its size: "创投基金首期规模…", "该基金总规模…", "基金规模…". */
	private static final Pattern FUND_AGAIN = Pattern.compile("(?:该|本|此|这支)?(?:创投|创业投资|产业投资|投资|产业|引导|母)?基金"
			+ "(?:首期|一期|总)?(?:规模|总规模|认缴规模)(?:为|达|达到|约)?");

	private static final Pattern SITE = Pattern.compile("位于|选址|落户|落地|坐落于|建在|布局在|落子");

	/**
	 * A sentence that names no project but opens on "项目…"/"总投资…" (after a word of attribution, "据悉，该项目…") is
	 * about the previous sentence's last project or batch, else its last park; "该项目…" after a sentence that names none
	 * is about the project named last in the three sentences before.
	 */
	private void carryOver(Run run, Facts f, Facts previous, List<Facts> earlier) {
		if (previous == null || f.hits.stream().anyMatch((h) -> Set.of("Project", "Program", "Fund").contains(h.ent().kind))) {
			return;
		}
		String head = f.zh.strip();
		head = OPENER.matcher(head).replaceFirst("");
		Matcher fund = FUND_AGAIN.matcher(head);
		if (fund.find() && fund.start() <= 16 && !head.substring(0, fund.start()).contains("。")) {
			// "创投基金首期规模100亿元", "《方案》显示，该基金总规模…" after "西安市创新投资基金" was named: the fund named
			// last, in other words
			for (int i = earlier.size() - 1; i >= 0; i--) {
				Hit named = earlier.get(i).hits.stream().filter((h) -> h.ent().kind.equals("Fund"))
					.max(Comparator.comparingInt(Hit::start)).orElse(null);
				if (named != null) {
					if (named.ent().amount == null && !f.money.isEmpty() && f.money.get(0).start() - fund.end() <= 4) {
						named.ent().amount = f.money.get(0).amount();
					}
					return;
				}
			}
			return;
		}
		if (!ABOUT_PREVIOUS.matcher(head).find()) {
			return;
		}
		Hit last = previous.hits.stream().filter((h) -> Set.of("Project", "Program", "Park").contains(h.ent().kind))
			.max(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)).orElse(null);
		if (head.matches("^(这批|本批|此批|本次|此次|这次)(集中)?(签约|开工)?(的)?项目.*") && run.lastProgram != null) {
			// "本批签约项目…": the batch, not the last of its items the sentence before listed
			last = new Hit(run.lastProgram, 0, 0);
		}
		else if (!head.matches("^(该)?(园区|基地).*")) {
			// "项目…" is about the last project or batch the sentence before named, not a park named after it
			Hit project = previous.hits.stream().filter((h) -> Set.of("Project", "Program").contains(h.ent().kind))
				.max(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)).orElse(null);
			if (project != null) {
				last = project;
			}
			else if (head.matches("^(该)?项目.*")) {
				// "该项目…" after a sentence that names none (who came to the signing): the project named last, up to three sentences back
				for (int i = earlier.size() - 2; i >= Math.max(0, earlier.size() - 4) && project == null; i--) {
					project = earlier.get(i).hits.stream().filter((h) -> h.ent().kind.equals("Project"))
						.max(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end)).orElse(null);
				}
				if (project != null) {
					last = project;
				}
			}
		}
		if (last == null) {
			return;
		}
		Ent e = last.ent();
		if (!e.kind.equals("Park") && e.amount == null && !f.money.isEmpty()
				&& !NOT_INVESTMENT.matcher(f.zh.substring(0, f.money.get(0).start())).find()
				&& !phaseShare(f, f.money.get(0).start())) {
			e.amount = f.money.get(0).amount();
		}
		Matcher site = SITE.matcher(f.zh);
		if (!e.kind.equals("Park") && site.find()) {
			// "项目位于/选址/落户 X园区": where the previous sentence's project is
			int from = site.end();
			f.hits.stream().filter((h) -> (h.ent().kind.equals("Park") || h.ent().isPlace()) && h.start() >= from
					&& !crossesClause(f.zh, from, h.start()) && h.start() - from <= 12)
				.min(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()))
				.ifPresent((h) -> run.relate("LOCATED_IN", e, h.ent(), null, f.sentence.evidence(), 0.5));
		}
		for (Hit h : f.hits) {
			if (h.ent().kind.equals("Sector") && f.hits.stream().noneMatch((x) -> x != h && x.ent().isOrganisation()
					&& h.start() >= x.start() && h.end() <= x.end())) {
				run.relate("IN_SECTOR", e, h.ent(), null, f.sentence.evidence(), 0.4);
			}
		}
	}

	private void located(Run run, Facts f, List<Hit> hits, Hit h, Evidence ev) {
		Ent e = h.ent();
		if (e.kind.equals("Company") || e.kind.equals("University") || e.kind.equals("Institute")) {
			return;
		}
		// the most specific park or place inside the name, else before it in the sentence
		Hit park = null;
		Hit place = null;
		for (Hit o : hits) {
			if (o == h || o.ent() == e) {
				continue;
			}
			boolean inside = o.start() >= h.start() && o.end() <= h.end() && o.start() == h.start()
					|| o.start() >= h.start() && o.end() <= h.end() && !e.kind.equals("Project");
			boolean before = o.end() <= h.start() && !crossesClause(f.zh, o.end(), h.start());
			if (!inside && !before) {
				continue;
			}
			if (o.ent().kind.equals("Park") && !e.kind.equals("Government") || o.ent().kind.equals("Park") && e.kind.equals("Government") && inside) {
				if (e.kind.equals("Park") && !inside) {
					continue;
				}
				park = o;
			}
			else if (o.ent().isPlace() && (inside || !e.kind.equals("Park"))) {
				boolean placeInside = place != null && place.start() >= h.start();
				boolean nearer = place != null && !inside && !placeInside && o.start() > place.end()
						&& !moreSpecific(place.ent(), o.ent()) && !moreSpecific(o.ent(), place.ent());
				if (place == null || moreSpecific(o.ent(), place.ent()) && inside == placeInside
						|| inside && !placeInside && !moreSpecific(place.ent(), o.ent()) || nearer) {
					// the place a name opens on is where it is, before a place as specific named ahead of it in the
					// clause ("…牟平区X项目、蓬莱区Y项目"), though not before a district of the city it names; of two
					// places as specific before the name, the nearer ("在含山县建设X，在明光市建设Y")
					place = o;
				}
			}
		}
		if (e.kind.equals("Fund") && park != null && park.start() < h.start()) {
			park = null;
		}
		if (e.kind.equals("Fund") && place != null && place.start() < h.start()) {
			// "裕安区设立产业发展引导基金": the place before a fund is who sets it up; only its own name places it
			place = null;
		}
		if (park != null && place != null && park.start() < h.start() && place.start() >= h.start()
				&& !parkIn(park.ent(), place.ent())) {
			// "黄渤海新区…、牟平区X项目": the place a project's own name opens on says where it is, not a park named
			// before it that is elsewhere
			park = null;
		}
		if (e.kind.equals("Project") || e.kind.equals("Program")) {
			// "X项目在Y园区开工", "X项目落户Y区": where the clause right after the name says it is
			Matcher at = SITED_AFTER.matcher(f.zh).region(h.end(), f.zh.length());
			boolean sited = at.lookingAt();
			if (!sited && park == null && place == null) {
				// "X项目总投资50亿元，由Y投资建设，位于Z": a later clause of the sentence with no subject of its own
				// says where the sentence's one project is
				Matcher later = SITED_CLAUSE.matcher(f.zh).region(h.end(), f.zh.length());
				sited = later.find() && hits.stream().noneMatch((o) -> o != h && o.ent().kind.equals("Project")
						&& o.start() >= h.end() && o.start() < later.start());
				at = later;
			}
			if (sited) {
				int from = at.end();
				Hit where = hits.stream().filter((o) -> (o.ent().kind.equals("Park") || o.ent().isPlace()) && o.start() == from)
					.max(Comparator.comparingInt(Hit::end)).orElse(null);
				if (where != null) {
					// the longest name there, and the most specific of a place and the park it names ("大冶市高新开发区")
					Hit inner = hits.stream().filter((o) -> o.ent().kind.equals("Park") && o.start() >= from && o.end() <= where.end())
						.max(Comparator.comparingInt(Hit::end)).orElse(null);
					Hit chosen = inner != null ? inner : where;
					chosen = innermost(hits, chosen);
					if (chosen.ent().kind.equals("Park")) {
						park = chosen;
					}
					else if (park == null && (place == null || !moreSpecific(place.ent(), chosen.ent()))) {
						place = chosen;
					}
				}
			}
		}
		if (park != null) {
			run.relate("LOCATED_IN", e, park.ent(), null, ev, 0.6);
		}
		else if (place != null) {
			run.relate("LOCATED_IN", e, place.ent(), null, ev, 0.6);
		}
	}

	/**
	 * The most specific of the places and park written one after the other from {@code first}: "厦门市海沧区" is in
	 * 海沧区, "合肥市高新区" in the park.
	 */
	private Hit innermost(List<Hit> hits, Hit first) {
		Hit chosen = first;
		while (!chosen.ent().kind.equals("Park")) {
			Hit outer = chosen;
			Hit next = hits.stream().filter((o) -> o.start() == outer.end() && (o.ent().kind.equals("Park")
					|| o.ent().isPlace() && moreSpecific(o.ent(), outer.ent())))
				.max(Comparator.comparingInt(Hit::end)).orElse(null);
			if (next == null) {
				break;
			}
			chosen = next;
		}
		return chosen;
	}

	/** Whether a park is in a place by its name: it opens on the place's ("宜春经开区" in 宜春). */
	private static boolean parkIn(Ent park, Ent place) {
		return park.names.stream().anyMatch((n) -> place.names.stream().anyMatch((p) -> p.length() >= 2 && n.startsWith(p)));
	}

	/** What follows a project's name to say where it is: "在", "将在", "正式落户", "选址于"… */
	/** A clause that opens on where something is ("，位于", "，选址于"), its subject left to the sentence before it. */
	private static final Pattern SITED_CLAUSE = Pattern.compile("[，,]\\s*(项目)?\\s*(位于|选址于|选址|坐落于|落户|建在)\\s*");

	private static final Pattern SITED_AFTER = Pattern.compile("\\s*(项目)?\\s*(昨日|昨天|今日|今天|近日|日前|(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午)?)?\\s*"
			+ "(将|已|已经|正式|成功|顺利)?\\s*(签约|签约正式)?\\s*(在|落户|落地|落子|入驻|选址|选址于|位于|建在)\\s*");

	private boolean moreSpecific(Ent a, Ent b) {
		List<String> order = List.of("Province", "City", "District", "Town");
		return order.indexOf(a.kind) > order.indexOf(b.kind);
	}

	private static boolean crossesClause(String zh, int from, int to) {
		if (from >= to) {
			return false;
		}
		String between = zh.substring(from, to);
		return between.contains("；") || between.contains("。") || between.length() > 40;
	}

	private void inSector(Run run, Facts f, List<Hit> hits, Hit h, Evidence ev) {
		for (Hit o : hits) {
			if (!o.ent().kind.equals("Sector")) {
				continue;
			}
			boolean inside = o.start() >= h.start() && o.end() <= h.end();
			if (inside) {
				run.relate("IN_SECTOR", h.ent(), o.ent(), null, ev, 0.8);
				continue;
			}
			// a sector outside any name goes to the nearest project or program of its clause
			boolean insideOther = hits.stream().anyMatch((x) -> x != o && !x.ent().kind.equals("Sector") && !x.ent().isPlace()
					&& o.start() >= x.start() && o.end() <= x.end());
			if (insideOther || !(h.ent().kind.equals("Project") || h.ent().kind.equals("Program"))) {
				continue;
			}
			Hit nearest = null;
			int best = Integer.MAX_VALUE;
			for (Hit x : hits) {
				if (!(x.ent().kind.equals("Project") || x.ent().kind.equals("Program"))) {
					continue;
				}
				int d = x.end() <= o.start() ? o.start() - x.end() : Math.abs(x.start() - o.end());
				if (!crossesClause(f.zh, Math.min(x.end(), o.end()), Math.max(x.start(), o.start())) && d < best) {
					best = d;
					nearest = x;
				}
			}
			if (nearest == h) {
				run.relate("IN_SECTOR", h.ent(), o.ent(), null, ev, 0.6);
			}
		}
	}

	private void develops(Run run, Facts f, List<Hit> hits, Hit h, Evidence ev) {
		for (Hit o : hits) {
			if (!ORGS.contains(o.ent().kind) || o.ent().kind.equals("Fund")) {
				continue;
			}
			boolean inside = o.start() >= h.start() && o.end() <= h.end();
			boolean before = o.end() <= h.start() && !crossesClause(f.zh, o.end(), h.start())
					&& f.zh.substring(o.end(), h.start()).matches(".*(建设|投资|打造|建|开工|投产|推进|实施|落户|启动|研发|生产|运营|签约|签订|的).*");
			if (before && hits.stream().anyMatch((x) -> x != h && x.ent().kind.equals("Project") && x.start() >= o.end() && x.end() <= h.start())) {
				continue;
			}
			if (before && hits.stream().anyMatch((x) -> x != h && x.ent().kind.equals("Project") && o.start() >= x.start()
					&& o.end() <= x.end())) {
				// "A科技总部、B科技基地项目": the firm that opens one item's name builds that item, not the next
				continue;
			}
			if (before && viaSubsidiary(f, hits, o, h)) {
				continue;
			}
			if (inside || before && (o.ent().kind.equals("Company") || o.ent().kind.equals("Institute")
					|| o.ent().kind.equals("University"))) {
				run.relate("DEVELOPS", o.ent(), h.ent(), null, ev, inside ? 0.7 : 0.5);
				String between = before ? f.zh.substring(o.end(), h.start()) : "";
				if (between.matches(".*(投资|出资).*") && o.ent().kind.equals("Company")) {
					StatedAmount share = f.money.stream().filter((m) -> m.start() > o.end() && m.end() <= h.start())
						.map(MoneyParser.Mention::amount).findFirst().orElse(null);
					run.relate("INVESTS_IN", o.ent(), h.ent(), share, ev, 0.5);
				}
			}
		}
	}

	/**
	 * Whether a group builds a project through the subsidiary named after it ("星河集团旗下的星河微电子投资建设…"): the
	 * subsidiary, nearer the project, is who builds it.
	 */
	private static boolean viaSubsidiary(Facts f, List<Hit> hits, Hit group, Hit project) {
		return hits.stream().anyMatch((x) -> x.ent() != group.ent() && x.ent().kind.equals("Company") && x.start() >= group.end()
				&& x.end() <= project.start() && SUBSIDIARY.matcher(f.zh.substring(group.end(), x.start())).find());
	}

	/**
	 * The role Chinese notices give the firm that owns and builds a project (建设单位, 实施主体, 项目业主…), stated as
	 * "…为X" or "X作为…": not the contractor (承建单位, 施工单位), who only builds it for the owner.
	 */
	private static final Pattern OWNER_ROLE = Pattern.compile("(建设单位|实施主体|项目业主|业主单位|投资主体|建设主体|运营主体|项目法人|投资方|投资单位|建设方)");

	private static final Pattern ROLE_IS = Pattern.compile("^\\s*(为|是|：|:)\\s*$");

	private static final Pattern AS_ROLE = Pattern.compile("^\\s*作为\\s*(项目|该项目)?\\s*$");

	/**
	 * "项目建设单位为X公司", "实施主体为X", "X作为项目业主": X develops the project the sentence names (the last before the
	 * role, else the first after it), or, when it names none, the last project of the sentence before.
	 */
	private void owners(Run run, Facts f, List<Hit> hits, Facts previous, Evidence ev) {
		Matcher m = OWNER_ROLE.matcher(f.zh);
		while (m.find()) {
			int rs = m.start();
			int re = m.end();
			Hit owner = hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.start() >= re
					&& ROLE_IS.matcher(f.zh.substring(re, h.start())).matches()).findFirst()
				.orElseGet(() -> hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= rs
						&& AS_ROLE.matcher(f.zh.substring(h.end(), rs)).matches()).findFirst().orElse(null));
			if (owner == null) {
				continue;
			}
			Ent project = hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.end() <= rs)
				.max(Comparator.comparingInt(Hit::end)).map(Hit::ent)
				.orElseGet(() -> hits.stream().filter((h) -> h.ent().kind.equals("Project") && h.start() >= re)
					.min(Comparator.comparingInt(Hit::start)).map(Hit::ent)
					.orElseGet(() -> previous == null ? null : previous.hits.stream().filter((h) -> h.ent().kind.equals("Project"))
						.max(Comparator.comparingInt(Hit::end)).map(Hit::ent).orElse(null)));
			if (project != null) {
				run.relate("DEVELOPS", owner.ent(), project, null, ev, 0.6);
			}
		}
	}

	/** "该基金由A、B、C等共同发起设立", "该基地由A牵头，联合B、C共同建设": who sets up a fund or builds a project. */
	private static final Pattern FOUNDED_BY = Pattern.compile("由([^。；]{2,120}?)(共同|联合|合作)?(发起设立|出资设立|发起成立|设立|出资|投资建设|共建|建设|打造)");

	/** "该项目", "这一基地", "此基金" as the subject of the clause 由 is in: what the article told of before. */
	private static final Pattern POINTING_SUBJECT = Pattern.compile("(?:^|[，,：:])\\s*(?:据了解|据悉|目前)?[，,]?\\s*(?:该|这一|此)(基金|基地|项目|中心|平台)$");

	/**
	 * A fund or project "由A、B、C等共同发起设立/建设" (a project also "由A公司投资建设"): each organisation listed invests
	 * in the fund or develops the project, and they are its founders, not partners of each other. The fund or project is the one named before 由 in
	 * the sentence, else (该基金…, 该基地…) the last the sentence before named. Whether the sentence says so.
	 */
	private boolean founders(Run run, Facts f, List<Hit> hits, Facts previous, Evidence ev) {
		Matcher m = FOUNDED_BY.matcher(f.zh);
		if (!m.find()) {
			return false;
		}
		int by = m.start();
		Ent target = hits.stream().filter((h) -> (h.ent().kind.equals("Fund") || h.ent().kind.equals("Project")) && h.end() <= by
				&& !crossesClause(f.zh, h.end(), by))
			.max(Comparator.comparingInt(Hit::end)).map(Hit::ent).orElse(null);
		if (target == null && f.zh.startsWith("的", m.end())) {
			// "由A和B共同出资设立的X基金": what they set up comes right after
			int after = m.end() + 1;
			target = hits.stream().filter((h) -> (h.ent().kind.equals("Fund") || h.ent().kind.equals("Project"))
					&& h.start() >= after && !crossesClause(f.zh, after, h.start()))
				.min(Comparator.comparingInt(Hit::start)).map(Hit::ent).orElse(null);
		}
		Matcher pointing = POINTING_SUBJECT.matcher(f.zh.substring(0, by));
		if (target == null && previous != null && pointing.find()) {
			// "该基地由…", "据了解，该项目由…": the one told of before
			String kind = pointing.group(1).equals("基金") ? "Fund" : "Project";
			target = previous.hits.stream().filter((h) -> h.ent().kind.equals(kind)).max(Comparator.comparingInt(Hit::end))
				.map(Hit::ent).orElse(null);
			if (target == null) {
				// the sentence before only spoke about it ("为中部产业基地的建设奠定了基础"): the one the article named last
				int here = f.sentence.start();
				target = run.entities.stream().filter((e) -> e.kind.equals(kind)
						&& e.mentions.stream().anyMatch((x) -> x.start() < here))
					.max(Comparator.comparingInt((Ent e) -> e.mentions.stream().filter((x) -> x.start() < here)
						.mapToInt(Evidence::start).max().orElse(-1)))
					.orElse(null);
			}
		}
		int from = m.start(1);
		int to = m.end(1);
		List<Ent> orgs = hits.stream().filter((h) -> ORGS.contains(h.ent().kind) && h.end() > from && h.end() <= to)
			.map(Hit::ent).filter((e) -> e != null).distinct().toList();
		boolean fund = target != null && target.kind.equals("Fund");
		if (target == null || orgs.isEmpty() || orgs.size() < 2 && (fund || orgs.get(0).name.contains("投资"))) {
			// one firm that builds a project ("X项目由A公司投资建设") develops it as a list of them does; an investment
			// firm alone only puts money in
			return false;
		}
		// "X项目由A公司投资50亿元建设", "由A、B共同出资建设": who puts the money in invests in what it builds
		boolean invested = !fund && f.zh.substring(from, m.end()).matches(".*(投资|出资).*");
		StatedAmount share = orgs.size() == 1 ? f.money.stream().filter((x) -> x.start() >= from && x.end() <= m.end())
			.map(MoneyParser.Mention::amount).findFirst().orElse(null) : null;
		for (Ent o : orgs) {
			if (o != target) {
				run.relate(fund ? "INVESTS_IN" : "DEVELOPS", o, target, null, ev, 0.6);
				if (invested && o.kind.equals("Company")) {
					run.relate("INVESTS_IN", o, target, share, ev, 0.5);
				}
			}
		}
		return true;
	}

	private void partners(Run run, Facts f, List<Hit> hits, Evidence ev) {
		if (!COOPERATION.matcher(f.zh).find()) {
			return;
		}
		List<Hit> orgs = hits.stream().filter((h) -> ORGS.contains(h.ent().kind)
				&& hits.stream().noneMatch((x) -> x != h && x.ent().kind.equals("Project") && h.start() >= x.start() && h.end() <= x.end()))
			.toList();
		// the parties a list names together ("A、B、C和D签署协议"): each pair of them, unless the list is one side of
		// signings with others ("A、B等15家企业分别与C、D签约")
		List<List<Hit>> chains = new ArrayList<>();
		for (Hit h : orgs) {
			List<Hit> last = chains.isEmpty() ? null : chains.get(chains.size() - 1);
			Hit prev = last == null ? null : last.get(last.size() - 1);
			if (prev != null && h.start() >= prev.end()
					&& f.zh.substring(prev.end(), h.start()).matches("^\\s*(与|和|同|、|及|携手|联合)\\s*$")) {
				last.add(h);
			}
			else {
				chains.add(new ArrayList<>(List.of(h)));
			}
		}
		for (List<Hit> chain : chains) {
			if (ONE_SIDE.matcher(f.zh.substring(chain.get(chain.size() - 1).end())).find()
					|| EXAMPLES_END.matcher(f.zh.substring(chain.get(chain.size() - 1).end())).lookingAt()) {
				// "吸引了A、B、C等一批龙头企业落户", "与A、B等企业集中签约": examples of a kind of firm, not partners
				continue;
			}
			// "县政府与A、B分别就…签订": the one before 与 signs with each of the others, who sign nothing together
			boolean each = EACH_OF_THEM.matcher(f.zh.substring(chain.get(chain.size() - 1).end())).lookingAt()
					&& chain.size() > 2 && f.zh.substring(chain.get(0).end(), chain.get(1).start()).matches("^\\s*(与|同|和)\\s*$");
			for (int i = 0; i < chain.size(); i++) {
				for (int j = i + 1; j < chain.size(); j++) {
					if (chain.get(i).ent() != chain.get(j).ent() && (!each || i == 0)) {
						run.relate("PARTNERS_WITH", chain.get(i).ent(), chain.get(j).ent(), null, ev, 0.6);
					}
				}
			}
		}
		if (orgs.size() == 2 && orgs.get(0).ent() != orgs.get(1).ent() && orgs.get(1).start() >= orgs.get(0).end()
				&& orgs.get(1).start() - orgs.get(0).end() < 30
				&& !EXAMPLES_END.matcher(f.zh.substring(orgs.get(1).end())).lookingAt()
				&& !f.zh.substring(orgs.get(0).end(), orgs.get(1).start()).contains("，")) {
			// two bodies of one clause ("A与B签约"), not one that brought a project in and, after a comma, the firm
			// that signs it ("A招商引进的X项目，由B与…签约")
			run.relate("PARTNERS_WITH", orgs.get(0).ent(), orgs.get(1).ent(), null, ev, 0.6);
		}
	}

	/** "等" right after a list of bodies: the list gives examples of a kind ("A、B等企业"), not the parties to one act. */
	private static final Pattern EXAMPLES_END = Pattern.compile("\\s*等");

	/** "分别就…", "分别签订": each of the list before acts on its own. */
	private static final Pattern EACH_OF_THEM = Pattern.compile("^\\s*[，,]?\\s*分别(?!与|同|和)");

	/** What follows a list of firms that signs, each of them, with others: the list is one side of the signings. */
	private static final Pattern ONE_SIDE = Pattern.compile("^\\s*(等[^，。；,;]{0,10})?[，,]?\\s*分别(与|同|和)");

	private void subsidiaries(Run run, Facts f, List<Hit> hits, Evidence ev) {
		Matcher m = SUBSIDIARY.matcher(f.zh);
		while (m.find()) {
			Hit parent = null;
			Hit child = null;
			for (Hit h : hits) {
				if (!h.ent().kind.equals("Company")) {
					continue;
				}
				if (h.end() <= m.start() && m.start() - h.end() <= 4) {
					parent = h;
				}
				if (h.start() >= m.end() && h.start() - m.end() <= 6 && child == null) {
					child = h;
				}
			}
			if (parent != null && child != null) {
				run.relate("SUBSIDIARY_OF", child.ent(), parent.ent(), null, ev, 0.7);
			}
			else if (parent != null) {
				// "X是Y的全资子公司", "X为Y控股子公司": the firm the sentence is about is the subsidiary
				Hit owner = parent;
				hits.stream().filter((h) -> h.ent().kind.equals("Company") && h.end() <= owner.start()
						&& IS_THE.matcher(f.zh.substring(h.end(), owner.start())).matches())
					.findFirst()
					.ifPresent((unit) -> run.relate("SUBSIDIARY_OF", unit.ent(), owner.ent(), null, ev, 0.7));
			}
		}
	}

	/** Between a firm and the one that owns it: "是", "为", "系", "作为". */
	private static final Pattern IS_THE = Pattern.compile("\\s*(?:是|为|系|作为|乃)\\s*");

	/** A park in a place: the place inside the park's name, or the place of the article when only one is named. */
	private void articleLevel(Run run, List<Facts> all) {
		Ent lead = leadPlace(run);
		Ent home = lead != null ? lead : home(run);
		for (Ent e : new ArrayList<>(run.entities)) {
			boolean placed = run.drafts.stream().anyMatch((d) -> d.type().equals("LOCATED_IN") && d.from() == e);
			if (home == null || placed || e == home || e.mentions.isEmpty()
					|| !(e.kind.equals("Project") || e.kind.equals("Program") || e.kind.equals("Park"))) {
				continue;
			}
			if (e.kind.equals("Park") && home.kind.equals("Park")) {
				continue;
			}
			Ent target = home;
			if (e.kind.equals("Park") || home.kind.equals("Park") && false) {
				target = homePlace(run);
			}
			if (target != null) {
				run.relate("LOCATED_IN", e, target, null, e.mentions.get(0), 0.4);
			}
		}
		for (Ent program : run.entities) {
			if (!program.kind.equals("Program")) {
				continue;
			}
			long programs = run.entities.stream().filter((e) -> e.kind.equals("Program")).count();
			if (programs != 1) {
				continue;
			}
			for (Ent p : run.entities) {
				if (!p.mentions.isEmpty() && !program.mentions.isEmpty()
						&& p.mentions.get(0).start() < program.mentions.get(0).start()) {
					// a project the article names before its batch is the news it leads with, not one of the batch
					continue;
				}
				if (p.kind.equals("Project") && !p.mentions.isEmpty() && run.drafts.stream().noneMatch((d) -> d.type().equals("PART_OF") && d.from() == p)) {
					Evidence ev = p.mentions.get(0);
					run.relate("PART_OF", p, program, null, new Evidence(ev.sentence(), ev.start(), ev.end()), 0.4);
				}
			}
		}
	}

	/**
	 * A firm that alone invests in a project ("X公司拟投资建设Y项目，项目总投资18亿元") puts in what the project costs:
	 * its INVESTS_IN, stated without a share of its own, carries the project's total.
	 */
	private static void soleInvestors(Run run) {
		for (int i = 0; i < run.drafts.size(); i++) {
			Draft d = run.drafts.get(i);
			if (!d.type().equals("INVESTS_IN") || d.amount() != null || d.to().amount == null || !d.to().kind.equals("Project")) {
				continue;
			}
			long investors = run.drafts.stream().filter((x) -> x.type().equals("INVESTS_IN") && x.to() == d.to()).count();
			if (investors == 1) {
				run.drafts.set(i, new Draft(d.type(), d.from(), d.to(), d.to().amount, d.evidence(), d.confidence()));
			}
		}
	}

	// --- the result -----------------------------------------------------------------------------------------

	/**
	 * Where the article's lead puts it: the park or place its first batch or project is stated to be in ("长乐区集中开工
	 * 16个重大项目…"), when the article names that park or place again or it opens the batch's own name; else null.
	 */
	private static Ent leadPlace(Run run) {
		Ent first = run.entities.stream().filter((e) -> (e.kind.equals("Program") || e.kind.equals("Project")) && !e.mentions.isEmpty())
			.min(Comparator.comparingInt((Ent e) -> e.mentions.get(0).start())).orElse(null);
		if (first == null) {
			return null;
		}
		return run.drafts.stream().filter((d) -> d.type().equals("LOCATED_IN") && d.from() == first && d.confidence() >= 0.6)
			.map(Draft::to).filter((t) -> t.mentions.size() >= 2 || first.kind.equals("Program") && inside(t.mentions.get(0), first.mentions.get(0)))
			.findFirst().orElse(null);
	}

	/** Whether a mention lies within another of the same sentence ("长乐区" in "长乐区集中开工16个重大项目"). */
	private static boolean inside(Evidence inner, Evidence outer) {
		return inner.sentence().equals(outer.sentence()) && outer.start() <= inner.start() && inner.end() <= outer.end();
	}

	/** Where the article is: its most named park (twice or more), else its most named most specific place. */
	private static Ent home(Run run) {
		Ent park = run.entities.stream().filter((e) -> e.kind.equals("Park") && e.mentions.size() >= 2)
			.max(Comparator.comparingInt((Ent e) -> e.mentions.size())).orElse(null);
		return park != null ? park : homePlace(run);
	}

	private static Ent homePlace(Run run) {
		List<String> order = List.of("Province", "City", "District", "Town");
		Comparator<Ent> rank = Comparator.comparingInt((Ent e) -> order.indexOf(e.kind)).thenComparingInt((Ent e) -> e.mentions.size());
		List<Ent> named = run.entities.stream().filter((e) -> e.isPlace() && e.mentions.size() >= 2).toList();
		Ent best = named.stream().max(rank).orElse(null);
		if (best != null && named.stream().anyMatch((e) -> e != best && rank.compare(e, best) == 0)) {
			// "上海市经信委、江苏省工信厅、浙江省经信厅和安徽省经信厅…": places named alike, none of them the article's
			return null;
		}
		return best;
	}

	private static boolean onlyInsideOrganisations(Run run, Ent place) {
		for (Evidence m : place.mentions) {
			boolean inside = run.entities.stream().filter((o) -> o.kind.equals("Company") || o.kind.equals("Institute")
					|| o.kind.equals("University") || o.kind.equals("Fund"))
				.flatMap((o) -> o.mentions.stream())
				.anyMatch((o) -> o.start() <= m.start() && m.end() <= o.end() && o.sentence().equals(m.sentence()));
			if (!inside) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Words that open a clause, not a name, when a name was read from right after them: "据安徽省经信委" (according
	 * to), "签下4个项目" (signed), "2017年京东方10.5代线项目" (a year).
	 */
	private static final Pattern OPENING = Pattern.compile("^(?:据|签下|落户|(?:19|20)\\d{2}年(?:\\d{1,2}月)?)(?=\\p{IsHan}|\\d)");

	/**
	 * The same for a batch, whose year is part of its name ("2020年重点项目"): "签下4个项目" is the 4个项目, and so are
	 * "签约33个项目", "开工4个项目", "落地实施9个…重大项目": a verb before the count is what was done with them.
	 */
	private static final Pattern PROGRAM_OPENING = Pattern.compile("^(?:其中|据|签下|落户|(?:集中|共|新|共计)?(?:签约|签订|开工|竣工"
			+ "|投产|建成|引进|落地实施|落地|实施|启动)(?=[\\d一二两三四五六七八九十百几]+\\s*[个项批]))(?=\\p{IsHan}|\\d)");

	/** A batch named by pointing back at projects named before ("这3个项目", "上述项目"): no batch of its own. */
	private static final Pattern POINTING = Pattern.compile("^(?:这|该|此|上述|以上|前述|这些)\\S*");

	/**
	 * A name that only describes ("每个项目", "一流大学", "专业软件园", "国家级大学科技园", "大型企业集团", "相关属地政府") or
	 * is a kind word alone ("大学科技园"): no body, zone, firm or project of its own.
	 */
	/** A verb and the result it reaches: "感受到", "看到", "达到", "受到"; never a name. */
	private static final Pattern RESULTATIVE = Pattern.compile("\\p{IsHan}{1,2}到");

	private static final Pattern DESCRIBED = Pattern.compile("(?:每个|每一个|每条|每座|每家|每一|各个|各|该|这个|这些|上述|多个|相关|专业化?|一流|世界一流"
			+ "|国家级|省级|市级|试点|大型|若干).*|(?:大学)?科技园|软件园|产业园|工业园|园区|开发区|高新区|集团|公司|项目");

	/**
	 * Takes off the words that open a clause before the entity's names and mentions; whether there were any.
	 */
	private static boolean withoutOpening(Run run, Ent e) {
		Pattern opening = e.kind.equals("Program") ? PROGRAM_OPENING : OPENING;
		Matcher m = opening.matcher(HanLanguage.simplified(e.name));
		if (!m.find()) {
			return false;
		}
		String words = e.name.substring(0, m.end());
		List<String> names = new ArrayList<>(e.names);
		e.names.clear();
		for (String n : names) {
			Matcher o = opening.matcher(HanLanguage.simplified(n));
			e.names.add(o.find() ? n.substring(o.end()) : n);
		}
		e.name = e.name.substring(m.end());
		String text = run.article.text();
		e.mentions.replaceAll((ev) -> ev.end() <= text.length() && text.startsWith(words, ev.start())
				&& ev.end() - ev.start() > words.length() ? new Evidence(ev.sentence(), ev.start() + words.length(), ev.end()) : ev);
		return true;
	}

	/** A government body of the whole country: a known one (the ministries, the State Council, the NDRC...). */
	private boolean nationalBody(Ent e) {
		return e.kind.equals("Government") && e.names.stream().map(this::known).anyMatch((k) -> k != null && k.kind().equals("Government"));
	}

	private Extraction build(Run run) {
		Map<Ent, String> refs = new LinkedHashMap<>();
		List<ExtractedEntity> entities = new ArrayList<>();
		Map<Ent, Ent> sameAs = new HashMap<>();
		Map<String, Ent> byName = new HashMap<>();
		List<Ent> named = run.entities.stream().filter((e) -> !e.isPlace() && !e.kind.equals("Sector")).toList();
		boolean cleaned = false;
		for (Ent e : named) {
			cleaned |= withoutOpening(run, e);
		}
		if (cleaned) {
			for (Ent e : named) {
				// "据保定国家大学科技园" is the 保定国家大学科技园 the article names elsewhere
				Ent first = byName.putIfAbsent(e.kind + "|" + e.name, e);
				if (first != null) {
					sameThing(e, first, sameAs);
				}
			}
		}
		tradeNamesOfFullNames(run, sameAs);
		projectsNamedWithoutTheirFirm(run, sameAs);
		projectsInApposition(run, sameAs);
		projectsNamedByTradeNameOnly(run, sameAs);
		for (Ent e : run.entities) {
			if (e.mentions.isEmpty() || e.isPlace() && onlyInsideOrganisations(run, e) || sameAs.containsKey(e)
					|| e.kind.equals("Fund") && COUNTED_FUNDS.matcher(HanLanguage.simplified(e.name)).find()) {
				// "8支子基金": funds counted, none of them named
				continue;
			}
			if (!e.isPlace() && !e.kind.equals("Sector") && !e.kind.equals("Program")
					&& (DESCRIBED.matcher(HanLanguage.simplified(e.name)).matches() || sectorAndKindOnly(e))) {
				continue;
			}
			if (e.kind.equals("Program") && POINTING.matcher(HanLanguage.simplified(e.name)).matches()) {
				continue;
			}
			String ref = "e" + (refs.size() + 1);
			refs.put(e, ref);
			List<String> aliases = new ArrayList<>();
			for (String n : e.names) {
				if (!n.equals(e.name) && !n.isBlank() && !aliases.contains(n)) {
					aliases.add(n);
				}
			}
			Map<String, Object> properties = new LinkedHashMap<>(e.properties);
			// a name cut after a headline's sum keeps no space before it
			e.name = e.name.strip();
			String name = e.name;
			if (!e.isPlace() && !e.kind.equals("Sector")) {
				properties.put("nameZh", e.name);
				KnownOrganizations.Known k = e.names.stream().map(this::known).filter(Objects::nonNull)
					.filter((x) -> x.kind().equals(e.kind)).findFirst().orElse(null);
				if (k != null) {
					// 中芯国际 is SMIC: the English name an English article would give the node, its spellings as aliases
					properties.putIfAbsent("nameEn", k.name());
					k.allNames().stream().filter((x) -> !x.equals(e.name) && !aliases.contains(x)).forEach(aliases::add);
					if (k.country() != null) {
						properties.putIfAbsent("country", k.country());
					}
				}
				Object english = properties.remove("nameEn");
				if (english != null) {
					// a node made from Chinese text keeps its Chinese name and takes the English one the article gives
					name = english.toString();
					aliases.remove(name);
					aliases.add(0, e.name);
				}
			}
			if (name.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				// a node with no English name gets an id in pinyin, not one made of its digits alone
				properties.put("romanized", HanLanguage.pinyin(name));
			}
			entities.add(new ExtractedEntity(ref, e.kind, name, aliases, e.amount, e.mentions.get(0), e.mentions,
					Math.round(e.confidence * 100) / 100.0, properties));
		}
		sameAs.forEach((merged, kept) -> {
			if (refs.containsKey(kept)) {
				refs.put(merged, refs.get(kept));
			}
		});
		Map<String, ExtractedRelation> relations = new LinkedHashMap<>();
		for (Draft d : run.drafts) {
			String from = refs.get(d.from());
			String to = refs.get(d.to());
			if (d.type().equals("LOCATED_IN") && nationalBody(d.from())) {
				// 科技部 and 教育部 named beside 保定 are not in it: a ministry is the country's
				continue;
			}
			if (from != null && to != null && !from.equals(to)) {
				Evidence ev = d.evidence();
				String kind = d.type().equals("PARTNERS_WITH") ? PartnershipKinds.of(HanLanguage.simplified(ev.sentence()))
						: null;
				// two firms found one (a trade name and its full name) say each of their facts once, with its sum if any
				relations.merge(d.type() + "|" + from + "|" + to, new ExtractedRelation(d.type(), from, to, d.amount(), ev,
						Math.round(d.confidence() * 100) / 100.0, kind), (a, b) -> a.amount() == null && b.amount() != null ? b : a);
			}
		}
		return new Extraction(entities, jointSums(new ArrayList<>(relations.values())));
	}

	/**
	 * "A与B共同投资50亿元建设X项目": a sum two or more investors put in together, read from one sentence, is the project's
	 * and no single investor's; their investments keep no sum.
	 */
	private static List<ExtractedRelation> jointSums(List<ExtractedRelation> relations) {
		Map<String, Long> shared = new HashMap<>();
		for (ExtractedRelation r : relations) {
			if (r.type().equals("INVESTS_IN") && r.amount() != null) {
				shared.merge(r.to() + "|" + r.amount().text() + "|" + r.evidence().sentence(), 1L, Long::sum);
			}
		}
		List<ExtractedRelation> out = new ArrayList<>();
		for (ExtractedRelation r : relations) {
			boolean joint = r.type().equals("INVESTS_IN") && r.amount() != null
					&& shared.getOrDefault(r.to() + "|" + r.amount().text() + "|" + r.evidence().sentence(), 0L) > 1;
			out.add(joint ? new ExtractedRelation(r.type(), r.from(), r.to(), null, r.evidence(), r.confidence(), r.kind()) : r);
		}
		return out;
	}

	/**
	 * A project named again without its firm ("东方电气氢能产业科技园项目" … "氢能产业科技园项目总投资8亿元"): the one
	 * project whose name is the firm's and then this one.
	 */
	private static void projectsNamedWithoutTheirFirm(Run run, Map<Ent, Ent> sameAs) {
		List<Ent> projects = run.entities.stream().filter((e) -> e.kind.equals("Project") && !e.mentions.isEmpty()).toList();
		List<String> firms = run.entities.stream().filter((e) -> e.kind.equals("Company") && !e.mentions.isEmpty())
			.flatMap((e) -> e.names.stream()).map(HanLanguage::simplified).toList();
		for (Ent shorter : projects) {
			String tail = HanLanguage.simplified(shorter.name);
			if (sameAs.containsKey(shorter) || tail.length() < 5) {
				continue;
			}
			List<Ent> longer = projects.stream().filter((x) -> x != shorter && !sameAs.containsKey(x)).filter((x) -> {
				String full = HanLanguage.simplified(x.name);
				String firm = full.endsWith(tail) ? full.substring(0, full.length() - tail.length()) : "";
				// "全国一体化算力网络甘肃枢纽节点庆阳数据中心集群项目" … "庆阳数据中心集群项目": a long tail, named with its place,
				// is the one project it ends
				return firm.length() >= 2 && (firms.stream().anyMatch((n) -> n.startsWith(firm) || firm.startsWith(n))
						|| tail.length() >= 8 && tail.matches(".*(项目|工程|基地|中心)$"));
			}).toList();
			if (longer.size() == 1) {
				Ent kept = longer.get(0);
				if (kept.amount == null) {
					kept.amount = shorter.amount;
				}
				sameThing(shorter, kept, sameAs);
			}
		}
	}

	/**
	 * A project named again after a dash ("12英寸晶圆項目——聯芯集成電路製造項目"): the same project by another name.
	 */
	private static void projectsInApposition(Run run, Map<Ent, Ent> sameAs) {
		List<Ent> projects = run.entities.stream().filter((e) -> e.kind.equals("Project") && !e.mentions.isEmpty()).toList();
		for (Ent a : projects) {
			for (Ent b : projects) {
				if (a == b || sameAs.containsKey(a) || sameAs.containsKey(b)) {
					continue;
				}
				boolean apposed = a.mentions.stream().anyMatch((m) -> a.names.stream().anyMatch((x) -> b.names.stream()
					.anyMatch((y) -> m.sentence().contains(x + "——" + y) || m.sentence().contains(x + "—" + y))));
				if (apposed) {
					if (b.amount == null) {
						b.amount = a.amount;
					}
					sameThing(a, b, sameAs);
				}
			}
		}
	}

	private static final Pattern TRADE_NAME_PROJECT = Pattern.compile("^(\\p{IsHan}{2,4})(?:项目|項目)$");

	/**
	 * A project named by a firm's trade name alone ("晋华项目"), where the article names one project whose name opens on
	 * it ("晋华存储器集成电路生产线项目") and a firm named so: that project.
	 */
	private static void projectsNamedByTradeNameOnly(Run run, Map<Ent, Ent> sameAs) {
		List<Ent> projects = run.entities.stream().filter((e) -> e.kind.equals("Project") && !e.mentions.isEmpty()).toList();
		List<String> firms = run.entities.stream().filter((e) -> e.kind.equals("Company") && !e.mentions.isEmpty())
			.flatMap((e) -> e.names.stream()).map(HanLanguage::simplified).toList();
		for (Ent shorter : projects) {
			Matcher m = TRADE_NAME_PROJECT.matcher(HanLanguage.simplified(shorter.name));
			if (sameAs.containsKey(shorter) || !m.matches() || firms.stream().noneMatch((n) -> n.startsWith(m.group(1)))) {
				continue;
			}
			List<Ent> longer = projects.stream().filter((x) -> x != shorter && !sameAs.containsKey(x)
					&& HanLanguage.simplified(x.name).startsWith(m.group(1))).toList();
			if (longer.size() == 1) {
				sameThing(shorter, longer.get(0), sameAs);
			}
		}
	}

	/**
	 * A park named by an industry and its kind word alone ("氢能产业园", "生物医药产业园") wherever the article names it:
	 * which one, nothing says.
	 */
	private boolean sectorAndKindOnly(Ent e) {
		if (!e.kind.equals("Park")) {
			return false;
		}
		return e.names.stream().map(HanLanguage::simplified).allMatch((n) -> this.sectorTerms.stream()
			.anyMatch((term) -> n.startsWith(term[0]) && DESCRIBED.matcher(n.substring(term[0].length())).matches()));
	}

	/** One thing read twice: {@code kept} takes the names and mentions of {@code merged}, which goes by it from now on. */
	private static void sameThing(Ent merged, Ent kept, Map<Ent, Ent> sameAs) {
		kept.names.addAll(merged.names);
		kept.mentions.addAll(merged.mentions);
		sameAs.put(merged, kept);
	}

	/** What makes a firm's name a full one: "有限公司", "集团"... */
	private static final Pattern FULL_FIRM_NAME = Pattern.compile(".*(公司|集团|有限|股份|企业|厂)$");

	/**
	 * A trade name the article used before the full name ("鲁美半导体12英寸晶圆项目…由鲁美半导体有限公司投资建设"): the
	 * one firm whose full name opens with it, when exactly one does and neither is a known firm the other is not.
	 */
	private void tradeNamesOfFullNames(Run run, Map<Ent, Ent> sameAs) {
		List<Ent> firms = run.entities.stream().filter((e) -> e.kind.equals("Company") && !e.mentions.isEmpty()).toList();
		for (Ent shortName : firms) {
			String n = HanLanguage.simplified(shortName.name);
			if (sameAs.containsKey(shortName) || n.length() < 2 || FULL_FIRM_NAME.matcher(n).matches() || known(n) != null) {
				continue; // a known firm's own name (中国电子 is CEC, not 中国电子科技集团公司) is no other's trade name
			}
			List<Ent> full = firms.stream().filter((x) -> x != shortName && !sameAs.containsKey(x)
					&& FULL_FIRM_NAME.matcher(HanLanguage.simplified(x.name)).matches() && HanLanguage.simplified(x.name).startsWith(n)
					&& (known(x.name) == null || known(x.name).allNames().stream().map(HanLanguage::simplified).anyMatch(n::equals)))
				.toList();
			if (full.size() == 1) {
				sameThing(shortName, full.get(0), sameAs);
			}
		}
	}

}
