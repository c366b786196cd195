package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an English news article (one in another language goes to its {@link LanguageRules}: Chinese) and extracts the graph's facts from it, offline, by rules: places through the
 * gazetteer, organisations by the words of their names, projects, funds and programs by their noun phrases,
 * sectors through the vocabulary, money and dates, then the relationships each sentence states between them
 * ({@link RelationRules}), to which a learned classifier adds only when it is given a model
 * ({@link #withRelationModels}, an experiment). Every fact keeps the sentence it was read from and a confidence.
 */
public final class Extractor {

	private final PlaceRecognizer places;

	private final SectorVocabulary sectors;

	private final KnownOrganizations known;

	private final List<LanguageRules> languages = ServiceLoader.load(LanguageRules.class, Extractor.class.getClassLoader())
		.stream()
		.map(ServiceLoader.Provider::get)
		.toList();

	/** A toolkit that checks or stands in for some rules, or {@code null} for the rules alone (the default). */
	private final ExtractionToolkit toolkit;

	/**
	 * The learned relation model of a language ("en", "zh"), or null for the rules' relations alone. By default none:
	 * the model trained on the English dev half gained nothing on text it was not trained on (docs/extraction.md), so
	 * it is an experiment ({@code score --relation-model}), not part of extraction.
	 */
	private final Function<String, RelationModel> relationModels;

	/** No learned relation model: the rules alone. */
	public static final Function<String, RelationModel> NO_RELATION_MODEL = (language) -> null;

	public Extractor(Gazetteer gazetteer, SectorVocabulary sectors) {
		this(gazetteer, sectors, null);
	}

	public Extractor(Gazetteer gazetteer, SectorVocabulary sectors, ExtractionToolkit toolkit) {
		this(new PlaceRecognizer(gazetteer), sectors, KnownOrganizations.reference(), toolkit, NO_RELATION_MODEL);
	}

	private Extractor(PlaceRecognizer places, SectorVocabulary sectors, KnownOrganizations known,
			ExtractionToolkit toolkit, Function<String, RelationModel> relationModels) {
		this.places = places;
		this.sectors = sectors;
		this.known = known;
		this.toolkit = toolkit;
		this.relationModels = relationModels;
	}

	/**
	 * This extractor with other learned relation models: {@link #NO_RELATION_MODEL} for the rules alone, or a model
	 * per language (a language without one keeps the rules alone).
	 */
	public Extractor withRelationModels(Function<String, RelationModel> models) {
		return new Extractor(this.places, this.sectors, this.known, this.toolkit, models);
	}

	/** The language code of the article as the extractor reads it: "en", or the code of the language rules that read it. */
	public String language(ArticleText article) {
		LanguageRules language = rulesFor(article);
		return language == null ? "en" : language.code();
	}

	/** How the relation classifier splits a sentence of this article into words. */
	public Function<String, List<RelationCandidates.Word>> words(ArticleText article) {
		return words(rulesFor(article));
	}

	private static Function<String, List<RelationCandidates.Word>> words(LanguageRules language) {
		return language == null ? RelationCandidates::englishWords : language::words;
	}

	/** The rules of the article's language other than English, or null for English. */
	private LanguageRules rulesFor(ArticleText article) {
		for (LanguageRules language : this.languages) {
			if (language.reads(article.text())) {
				return language;
			}
		}
		return null;
	}

	/** An extractor over the reference places and sectors on the classpath. */
	public static Extractor withReferenceData() {
		return new Extractor(Gazetteer.reference(), SectorVocabulary.reference());
	}

	/**
	 * An extractor over the reference data that also uses the NLP toolkit {@code spec} names
	 * ({@link ExtractionToolkit#named(String)}); a null or blank spec gives the rules alone.
	 */
	public static Extractor withToolkit(String spec) {
		if (spec == null || spec.isBlank() || spec.equals("rules")) {
			return withReferenceData();
		}
		return new Extractor(Gazetteer.reference(), SectorVocabulary.reference(), ExtractionToolkit.named(spec));
	}

	public Extraction extract(ArticleText article) {
		LanguageRules language = rulesFor(article); // the article's language, told once
		Extraction rules = (language != null) ? language.extract(article, this.places.gazetteer(), this.known) : extractEnglish(article);
		RelationModel model = this.relationModels.apply(language == null ? "en" : language.code());
		return model == null ? rules : new RelationClassifier(model, words(language)).apply(article, rules);
	}

	private Extraction extractEnglish(ArticleText article) {
		ExtractionToolkit.Analysis analysis = this.toolkit == null ? NO_ANALYSIS : this.toolkit.analyse(article);
		List<SentenceFacts> facts = read(article, analysis);
		EntityTable table = new EntityTable();
		Mentions mentions = new Mentions(table, this.places, this.known);
		mentions.collect(facts);
		analysis.references(facts);
		ProjectCoreference.resolve(table, facts);
		RelationRules rules = new RelationRules(table, this.places.gazetteer(), article.published());
		rules.apply(facts);
		analysis.relations(facts, rules);
		ProjectNames.apply(table, rules.drafts());
		PartyOrgans.drop(table, rules.drafts());
		return build(table, rules);
	}

	private static final ExtractionToolkit.Analysis NO_ANALYSIS = new ExtractionToolkit.Analysis() {
	};

	private List<SentenceFacts> read(ArticleText article, ExtractionToolkit.Analysis analysis) {
		String text = article.text();
		List<Sentence> split = analysis.sentences();
		List<Sentence> sentences = split != null ? split : SentenceSplitter.split(text);
		List<SentenceFacts> facts = new ArrayList<>();
		int paragraph = 0;
		int previousEnd = 0;
		for (int i = 0; i < sentences.size(); i++) {
			Sentence s = sentences.get(i);
			String gap = text.substring(previousEnd, s.start());
			if (gap.contains("\n")) {
				paragraph++;
			}
			previousEnd = s.end();
			List<Token> words = analysis.tokens(s);
			List<Token> tokens = words != null ? words : Token.of(s.text());
			List<MoneyParser.Mention> written = MoneyParser.find(s.text());
			List<MoneyParser.Mention> money = MoneyParser.inStoredCurrencies(written).stream()
				.filter((m) -> !EACH.matcher(s.text().substring(m.end())).lookingAt())
				.toList();
			List<DateResolver.Mention> dates = DateResolver.find(s.text(), article.published());
			List<PlaceRecognizer.Mention> placeMentions = this.places.find(s.text(), tokens);
			List<OrganizationRecognizer.Mention> orgs = OrganizationRecognizer.find(s.text(), tokens);
			List<PhraseRecognizer.Mention> phrases = PhraseRecognizer.find(s.text(), tokens, orgs, written);
			List<SectorVocabulary.Mention> sectorMentions = this.sectors.find(s.text());
			facts.add(analysis.names(new SentenceFacts(s, i, paragraph, tokens, money, dates, placeMentions, orgs,
					phrases, sectorMentions)));
		}
		return facts;
	}

	/** "more than US$10 million each": what each of several things is worth, which none of them is given alone. */
	private static final java.util.regex.Pattern EACH = java.util.regex.Pattern.compile(
			"(?i)\\s*(?:\\([^)]*\\)\\s*)?(?:each|apiece|per (?:project|company|firm|enterprise))\\b");

	/** A project named by a kind of work alone: "R&D center", "an R&D center", "the research facility". */
	private static final java.util.regex.Pattern KIND_OF_WORK = java.util.regex.Pattern.compile(
			"(?i)(?:(?:the|a|an|its|their|new|first|regional|global)\\s+)*(?:r&d|research and development|research|software|innovation|"
					+ "training)\\s+(?:center|centre|centers|centres|facility|facilities|base|hub)");

	/**
	 * Whether every name of a project only says what kind of work it is ("R&D center"): with no place it is in and no
	 * sum, it is no one project the article tells of ("Motorola is not the only one to set up an R&D center").
	 */
	private static boolean kindWordsOnly(EntityTable.Entry e) {
		return e.kind.equals("Project") && !e.names.isEmpty() && e.names.stream().allMatch((n) -> KIND_OF_WORK.matcher(n.strip()).matches());
	}

	private static Extraction build(EntityTable table, RelationRules rules) {
		Map<EntityTable.Entry, String> refs = new LinkedHashMap<>();
		List<ExtractedEntity> entities = new ArrayList<>();
		Set<EntityTable.Entry> placed = new HashSet<>();
		rules.drafts().stream().filter((d) -> d.type().equals("LOCATED_IN")).forEach((d) -> placed.add(d.from()));
		for (EntityTable.Entry e : table.entries()) {
			if (e.mentions.isEmpty() || kindWordsOnly(e) && e.amount == null && !placed.contains(e)) {
				continue;
			}
			String ref = "e" + (refs.size() + 1);
			refs.put(e, ref);
			String name = e.name();
			List<String> aliases = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			seen.add(name);
			for (String n : e.names) {
				if (seen.add(n)) {
					aliases.add(n);
				}
			}
			entities.add(new ExtractedEntity(ref, e.kind, name, aliases, e.amount, e.mentions.get(0), e.mentions,
					Math.round(e.confidence * 100) / 100.0, e.properties));
		}
		List<ExtractedRelation> relations = new ArrayList<>();
		for (RelationRules.Draft d : rules.drafts()) {
			String from = refs.get(d.from());
			String to = refs.get(d.to());
			// nothing is related to itself, also where two kinds were read of one name ("Engineering Technology
			// Center" as an institute and as the project that sets it up)
			if (from != null && to != null && !from.equals(to)
					&& !Text.normalise(d.from().name()).equals(Text.normalise(d.to().name()))) {
				relations.add(new ExtractedRelation(d.type(), from, to, d.amount(), d.evidence(),
						Math.round(d.confidence() * 100) / 100.0, d.kind()));
			}
		}
		return new Extraction(entities, relations);
	}

}
