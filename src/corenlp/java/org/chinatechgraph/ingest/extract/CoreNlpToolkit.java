package org.chinatechgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stanford CoreNLP (4.5, English models) as a toolkit for the English rules, stage by stage, each switched on by
 * name in {@code --toolkit corenlp:STAGE,STAGE}:
 * <ul>
 * <li>{@code ssplit}: CoreNLP's sentences (a line break always ends one, as in the rules) instead of the rules';</li>
 * <li>{@code tokens}: CoreNLP's words (its English tokenizer, hyphenated words split) instead of the rules' for the
 * recognisers, a possessive "'s" joined back onto its word as the rules read it;</li>
 * <li>{@code ner-veto}: a name the rules took for a place is dropped when CoreNLP calls all of it a person's, and one
 * they took for an organisation when it lies in a person's full name (two words or more: "Wang Jinhua");</li>
 * <li>{@code ner-keep}: a firm's name the rules found with no legal word in it is kept only when CoreNLP calls some
 * of it an organisation (intersection);</li>
 * <li>{@code ner-add}: organisations CoreNLP finds that no rule found are added, of the kind their words say, or as
 * firms (union);</li>
 * <li>{@code depparse}: subjects and objects of invest, build, sign, locate and their kin in the dependency parse,
 * drafted as INVESTS_IN, DEVELOPS, PARTNERS_WITH and LOCATED_IN between the things the rules named;</li>
 * <li>{@code ner-conll}: with the NER stages, one CRF model (the CoNLL four classes) instead of CoreNLP's default three
 * and its fine-grained rules: faster, and no CITY or STATE_OR_PROVINCE;</li>
 * <li>{@code coref}: "it", "its", "the company" and the like in CoreNLP's coreference chains stand for the thing the
 * chain names, as slots the relation rules then read.</li>
 * </ul>
 * The pipeline is made, and its models loaded, on the first article.
 */
public final class CoreNlpToolkit implements ExtractionToolkit {

	private static final Set<String> STAGES = Set.of("ssplit", "tokens", "ner-veto", "ner-keep", "ner-add", "depparse", "coref",
			"ner-conll");

	private final Set<String> stages;

	private volatile StanfordCoreNLP pipeline;

	public CoreNlpToolkit() {
		this(Set.of());
	}

	private CoreNlpToolkit(Set<String> stages) {
		this.stages = stages;
	}

	@Override
	public String name() {
		return "corenlp";
	}

	@Override
	public ExtractionToolkit configured(String options) {
		Set<String> chosen = new LinkedHashSet<>();
		for (String s : options.split(",")) {
			String stage = s.strip().toLowerCase(Locale.ROOT);
			if (stage.isEmpty()) {
				continue;
			}
			if (!STAGES.contains(stage)) {
				throw new IllegalArgumentException("corenlp has no stage " + stage + "; it has " + STAGES);
			}
			chosen.add(stage);
		}
		if (chosen.isEmpty()) {
			chosen.add("ssplit");
		}
		return new CoreNlpToolkit(chosen);
	}

	boolean uses(String stage) {
		return this.stages.contains(stage);
	}

	private boolean usesNer() {
		return uses("ner-veto") || uses("ner-keep") || uses("ner-add") || uses("coref") || uses("ner-conll");
	}

	/** The annotators the stages need, cheapest first. */
	String annotators() {
		List<String> a = new ArrayList<>(List.of("tokenize", "ssplit"));
		if (usesNer() || uses("depparse")) {
			a.addAll(List.of("pos", "lemma"));
		}
		if (usesNer()) {
			a.add("ner");
		}
		if (uses("depparse") || uses("coref")) {
			a.add("depparse");
		}
		if (uses("coref")) {
			a.add("coref");
		}
		return String.join(",", a);
	}

	private StanfordCoreNLP pipeline() {
		StanfordCoreNLP p = this.pipeline;
		if (p == null) {
			synchronized (this) {
				p = this.pipeline;
				if (p == null) {
					Properties props = new Properties();
					props.setProperty("annotators", annotators());
					props.setProperty("ssplit.newlineIsSentenceBreak", "always");
					props.setProperty("tokenize.options", "invertible=true");
					props.setProperty("ner.useSUTime", "false");
					props.setProperty("ner.applyNumericClassifiers", "false");
					props.setProperty("ner.buildEntityMentions", "true");
					props.setProperty("coref.algorithm", "statistical");
					props.setProperty("coref.md.type", "dependency");
					if (uses("ner-conll")) {
						// one CRF (person, organisation, location, misc) instead of three and the fine-grained rules
						props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
						props.setProperty("ner.applyFineGrained", "false");
						props.setProperty("ner.statisticalOnly", "true");
					}
					long started = System.nanoTime();
					p = new StanfordCoreNLP(props);
					System.err.printf("corenlp: %s loaded in %.1f s%n", annotators(), (System.nanoTime() - started) / 1e9);
					this.pipeline = p;
				}
			}
		}
		return p;
	}

	@Override
	public Analysis analyse(ArticleText article) {
		Annotation document = new Annotation(article.text());
		pipeline().annotate(document);
		return new Reading(article.text(), document);
	}

	/** One article as CoreNLP read it, handed to the rules stage by stage. */
	private final class Reading implements Analysis {

		private final String text;

		private final List<CoreMap> sentences;

		private final List<CoreLabel> tokens = new ArrayList<>();

		/** CoreNLP's entity mentions of the article: type and article offsets. */
		private final List<Named> named = new ArrayList<>();

		private final Annotation document;

		Reading(String text, Annotation document) {
			this.text = text;
			this.document = document;
			this.sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
			for (CoreMap s : this.sentences) {
				this.tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
				List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
				if (mentions != null) {
					for (CoreMap m : mentions) {
						this.named.add(new Named(m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
								m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
								m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
					}
				}
			}
		}

		@Override
		public List<Sentence> sentences() {
			if (!uses("ssplit")) {
				return null;
			}
			List<Sentence> out = new ArrayList<>();
			for (CoreMap s : this.sentences) {
				int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
				int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
				if (e > b) {
					out.add(new Sentence(this.text.substring(b, e), b, e));
				}
			}
			return out;
		}

		@Override
		public List<Token> tokens(Sentence sentence) {
			if (!uses("tokens")) {
				return null;
			}
			List<Token> words = new ArrayList<>();
			for (CoreLabel t : this.tokens) {
				int b = t.beginPosition();
				int e = t.endPosition();
				if (b < sentence.start() || e > sentence.end() || e <= b) {
					continue;
				}
				String word = this.text.substring(b, e);
				Token last = words.isEmpty() ? null : words.get(words.size() - 1);
				// the rules read a possessive with its word ("Tianyou’s"): CoreNLP's "'s" goes back onto it
				if (last != null && last.end() == b - sentence.start() && CLITICS.contains(word.toLowerCase(Locale.ROOT))) {
					words.set(words.size() - 1, new Token(last.text() + word, last.start(), e - sentence.start()));
				}
				else {
					words.add(new Token(word, b - sentence.start(), e - sentence.start()));
				}
			}
			return words;
		}

		@Override
		public SentenceFacts names(SentenceFacts f) {
			if (!uses("ner-veto") && !uses("ner-keep") && !uses("ner-add")) {
				return f;
			}
			int base = f.sentence.start();
			List<OrganizationRecognizer.Mention> orgs = new ArrayList<>(f.organisations);
			List<PlaceRecognizer.Mention> places = new ArrayList<>(f.places);
			if (uses("ner-veto")) {
				orgs.removeIf((o) -> withinFullName(base + o.start(), base + o.end()));
				places.removeIf((p) -> p.start() >= 0 && within("PERSON", base + p.start(), base + p.end()));
			}
			if (uses("ner-keep")) {
				orgs.removeIf((o) -> "Company".equals(o.kind()) && !hasLegalWord(o.name())
						&& !overlaps("ORGANIZATION", base + o.start(), base + o.end()));
			}
			if (uses("ner-add")) {
				for (Named n : this.named) {
					if (!n.type.equals("ORGANIZATION") || n.start < base || n.end > f.sentence.end()) {
						continue;
					}
					int s = n.start - base;
					int e = n.end - base;
					boolean known = orgs.stream().anyMatch((o) -> o.start() < e && s < o.end())
							|| places.stream().anyMatch((p) -> p.start() < e && s < p.end())
							|| f.phrases.stream().anyMatch((p) -> p.start() < e && s < p.end());
					int from = f.tokenAt(s);
					int to = f.tokenAt(e - 1) + 1;
					if (known || to > f.tokens.size()) {
						continue;
					}
					String name = f.text().substring(s, e);
					String kind = OrganizationRecognizer.classify(name)[0];
					orgs.add(new OrganizationRecognizer.Mention(kind == null ? "Company" : kind, name, null, from, to,
							s, e, false, null));
				}
				orgs.sort(java.util.Comparator.comparingInt(OrganizationRecognizer.Mention::start));
			}
			return new SentenceFacts(f.sentence, f.index, f.paragraph, f.tokens, f.money, f.dates, places, orgs,
					f.phrases, f.sectors);
		}

		private boolean within(String type, int start, int end) {
			return this.named.stream().anyMatch((n) -> n.type.equals(type) && n.start <= start && end <= n.end);
		}

		/** Whether the span lies in a person's name of two words or more ("Wang Jinhua", not "Visionox"). */
		private boolean withinFullName(int start, int end) {
			return this.named.stream().anyMatch((n) -> n.type.equals("PERSON") && n.start <= start && end <= n.end
					&& this.text.substring(n.start, n.end).strip().contains(" "));
		}

		private boolean overlaps(String type, int start, int end) {
			return this.named.stream().anyMatch((n) -> n.type.equals(type) && n.start < end && start < n.end);
		}

		@Override
		public void references(List<SentenceFacts> facts) {
			if (!uses("coref")) {
				return;
			}
			Map<Integer, CorefChain> chains = this.document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
			if (chains == null) {
				return;
			}
			for (CorefChain chain : chains.values()) {
				EntityTable.Entry entry = null;
				for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
					if (m.mentionType == edu.stanford.nlp.coref.data.Dictionaries.MentionType.PROPER) {
						int[] span = span(m);
						SentenceFacts f = sentenceOf(facts, span[0]);
						if (f != null) {
							SentenceFacts.Slot s = slotCovering(f, span[0] - f.sentence.start(), span[1] - f.sentence.start());
							if (s != null && RelationRules.ORGS.contains(s.kind()) || s != null && s.kind().equals("Project")) {
								entry = s.entry();
							}
						}
						continue;
					}
					if (entry == null) {
						continue;
					}
					int[] span = span(m);
					SentenceFacts f = sentenceOf(facts, span[0]);
					if (f == null || !anaphor(m.mentionSpan)) {
						continue;
					}
					int s = span[0] - f.sentence.start();
					int e = span[1] - f.sentence.start();
					boolean taken = f.slots.stream().anyMatch((x) -> x.start() < e && s < x.end());
					if (!taken) {
						String lower = m.mentionSpan.toLowerCase(Locale.ROOT);
						boolean possessive = lower.equals("its") || lower.equals("their") || Text.isPossessive(m.mentionSpan);
						f.slots.add(new SentenceFacts.Slot(entry, s, e, true, possessive, false));
					}
				}
			}
		}

		private static final Set<String> ANAPHORS = Set.of("it", "its", "they", "their", "the company", "the firm",
				"the group", "the project", "the park", "the zone", "the plant", "the enterprise");

		private boolean anaphor(String span) {
			return ANAPHORS.contains(span.toLowerCase(Locale.ROOT));
		}

		/** Article offsets of a coreference mention (its sentence and token numbers count from 1). */
		private int[] span(CorefChain.CorefMention m) {
			List<CoreLabel> words = this.sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
			return new int[] { words.get(m.startIndex - 1).beginPosition(), words.get(m.endIndex - 2).endPosition() };
		}

		@Override
		public void relations(List<SentenceFacts> facts, RelationRules rules) {
			if (!uses("depparse")) {
				return;
			}
			for (CoreMap s : this.sentences) {
				SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
				if (graph == null) {
					continue;
				}
				for (IndexedWord verb : graph.vertexSet()) {
					String lemma = verb.lemma() == null ? verb.word().toLowerCase(Locale.ROOT) : verb.lemma().toLowerCase(Locale.ROOT);
					if (lemma.startsWith("co-")) {
						lemma = lemma.substring(3);
					}
					String type = VERBS.get(lemma);
					if (type == null || !verb.tag().startsWith("VB")) {
						continue;
					}
					SentenceFacts f = sentenceOf(facts, verb.beginPosition());
					if (f == null) {
						continue;
					}
					read(graph, verb, type, f, rules);
				}
			}
		}

		private void read(SemanticGraph graph, IndexedWord verb, String type, SentenceFacts f, RelationRules rules) {
			List<SentenceFacts.Slot> subjects = new ArrayList<>();
			List<SentenceFacts.Slot> objects = new ArrayList<>();
			List<SentenceFacts.Slot> with = new ArrayList<>();
			List<SentenceFacts.Slot> in = new ArrayList<>();
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
				String rel = edge.getRelation().toString();
				SentenceFacts.Slot slot = slotOf(graph, edge.getDependent(), f);
				if (slot == null) {
					continue;
				}
				boolean agent = rel.equals("obl:agent") || rel.equals("obl:by") && "VBN".equals(verb.tag());
				if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || agent) {
					subjects.add(slot);
				}
				else if (rel.equals("obj") || rel.equals("nsubj:pass")) {
					objects.add(slot);
				}
				else if (rel.equals("obl:with") || rel.equals("nmod:with")) {
					with.add(slot);
				}
				else if (rel.equals("obl:in") || rel.equals("obl:at") || rel.equals("obl:into")) {
					in.add(slot);
				}
				// "broke ground on X"
				else if (rel.equals("obl:on") && verb.lemma() != null && verb.lemma().equals("break")) {
					objects.add(slot);
				}
			}
			// "the centre, co-developed by X", "the firm, located in Y": the noun the clause describes
			for (SemanticGraphEdge edge : graph.incomingEdgeList(verb)) {
				if (edge.getRelation().toString().startsWith("acl")) {
					SentenceFacts.Slot slot = slotOf(graph, edge.getGovernor(), f);
					if (slot != null) {
						objects.add(slot);
					}
				}
			}
			// "signed an agreement with X": the partner hangs from the object
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
				if (edge.getRelation().toString().equals("obj")) {
					for (SemanticGraphEdge inner : graph.outgoingEdgeList(edge.getDependent())) {
						String rel = inner.getRelation().toString();
						SentenceFacts.Slot slot = slotOf(graph, inner.getDependent(), f);
						if (slot != null && (rel.equals("nmod:with") || rel.equals("obl:with"))) {
							with.add(slot);
						}
						// "started construction of X", "began production at X"
						else if (slot != null && WORK.contains(edge.getDependent().word().toLowerCase(Locale.ROOT))
								&& (rel.equals("nmod:of") || rel.equals("nmod:on") || rel.equals("nmod:at"))) {
							objects.add(slot);
						}
					}
				}
			}
			switch (type) {
				case "INVESTS_IN", "DEVELOPS" -> {
					// "invested 1 billion yuan in X": what is invested in hangs from "in"
					List<SentenceFacts.Slot> targets = new ArrayList<>(objects);
					if (type.equals("INVESTS_IN")) {
						in.stream().filter((p) -> !LOCATED_TARGETS.contains(p.kind()) || p.kind().equals("Park"))
							.forEach(targets::add);
					}
					for (SentenceFacts.Slot a : subjects) {
						for (SentenceFacts.Slot b : targets) {
							if (RelationRules.ORGS.contains(a.kind()) && TARGETS.contains(b.kind())) {
								rules.read(type, a.entry(), b.entry(), null, f, 0.6);
							}
						}
					}
					for (SentenceFacts.Slot b : objects) {
						for (SentenceFacts.Slot p : in) {
							if (LOCATED_TARGETS.contains(p.kind()) && TARGETS.contains(b.kind())) {
								rules.read("LOCATED_IN", b.entry(), p.entry(), null, f, 0.6);
							}
						}
					}
				}
				case "PARTNERS_WITH" -> {
					List<SentenceFacts.Slot> partners = new ArrayList<>(objects);
					partners.addAll(with);
					for (SentenceFacts.Slot a : subjects) {
						for (SentenceFacts.Slot b : partners) {
							if (RelationRules.ORGS.contains(a.kind()) && RelationRules.ORGS.contains(b.kind())
									&& !rules.drafted(type, a.entry(), b.entry())) {
								rules.read(type, a.entry(), b.entry(), null, f, 0.55);
							}
						}
					}
				}
				case "LOCATED_IN" -> {
					List<SentenceFacts.Slot> things = new ArrayList<>(objects);
					things.addAll(subjects);
					for (SentenceFacts.Slot a : things) {
						for (SentenceFacts.Slot p : in) {
							if (LOCATED_TARGETS.contains(p.kind()) && !RelationRules.PLACES.contains(a.kind())) {
								rules.read(type, a.entry(), p.entry(), null, f, 0.6);
							}
						}
					}
				}
				default -> {
				}
			}
		}

		/** The thing a dependent names: the slot over its word, or over a word of its name (compound, flat). */
		private SentenceFacts.Slot slotOf(SemanticGraph graph, IndexedWord word, SentenceFacts f) {
			int base = f.sentence.start();
			SentenceFacts.Slot s = slotCovering(f, word.beginPosition() - base, word.endPosition() - base);
			if (s != null) {
				return s;
			}
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
				String rel = edge.getRelation().toString();
				if (rel.equals("compound") || rel.startsWith("flat") || rel.equals("appos")) {
					IndexedWord d = edge.getDependent();
					s = slotCovering(f, d.beginPosition() - base, d.endPosition() - base);
					if (s != null) {
						return s;
					}
				}
			}
			return null;
		}

	}

	private static SentenceFacts sentenceOf(List<SentenceFacts> facts, int at) {
		for (SentenceFacts f : facts) {
			if (f.sentence.start() <= at && at < f.sentence.end()) {
				return f;
			}
		}
		return null;
	}

	private static SentenceFacts.Slot slotCovering(SentenceFacts f, int start, int end) {
		SentenceFacts.Slot best = null;
		for (SentenceFacts.Slot s : f.slots) {
			if (s.start() <= start && end <= s.end() && !s.kind().equals("Sector")
					&& (best == null || s.end() - s.start() < best.end() - best.start())) {
				best = s;
			}
		}
		return best;
	}

	private static boolean hasLegalWord(String name) {
		String lower = " " + name.toLowerCase(Locale.ROOT).replace(",", " ") + " ";
		return Arrays.asList(" co ", " co. ", " ltd", " inc", " corp", " group ", " limited", " company ", " llc ",
				" plc ", " gmbh ", " ag ", " holdings ").stream().anyMatch(lower::contains);
	}

	private static final Map<String, String> VERBS = Map.ofEntries(Map.entry("invest", "INVESTS_IN"),
			Map.entry("fund", "INVESTS_IN"), Map.entry("finance", "INVESTS_IN"), Map.entry("build", "DEVELOPS"),
			Map.entry("construct", "DEVELOPS"), Map.entry("develop", "DEVELOPS"), Map.entry("launch", "DEVELOPS"),
			Map.entry("establish", "DEVELOPS"), Map.entry("open", "DEVELOPS"), Map.entry("set", "DEVELOPS"),
			Map.entry("plan", "DEVELOPS"), Map.entry("expand", "DEVELOPS"), Map.entry("start", "DEVELOPS"),
			Map.entry("begin", "DEVELOPS"), Map.entry("break", "DEVELOPS"), Map.entry("complete", "DEVELOPS"),
			Map.entry("operate", "DEVELOPS"), Map.entry("unveil", "DEVELOPS"), Map.entry("inaugurate", "DEVELOPS"),
			Map.entry("sign", "PARTNERS_WITH"), Map.entry("partner", "PARTNERS_WITH"),
			Map.entry("cooperate", "PARTNERS_WITH"), Map.entry("team", "PARTNERS_WITH"),
			Map.entry("collaborate", "PARTNERS_WITH"), Map.entry("ink", "PARTNERS_WITH"),
			Map.entry("locate", "LOCATED_IN"), Map.entry("base", "LOCATED_IN"), Map.entry("situate", "LOCATED_IN"),
			Map.entry("settle", "LOCATED_IN"), Map.entry("headquarter", "LOCATED_IN"));

	/** Objects that stand for the work on a thing: "construction of X". */
	private static final Set<String> WORK = Set.of("construction", "building", "work", "works", "production",
			"ground", "operation", "operations", "expansion");

	/** What is built or invested in. */
	private static final Set<String> TARGETS = Set.of("Project", "Company", "Fund", "Park", "Institute", "Program");

	private static final Set<String> LOCATED_TARGETS = Set.of("Province", "City", "District", "Town", "Park");

	private static final Set<String> CLITICS = Set.of("'s", "’s", "'", "’");

	private record Named(String type, int start, int end) {
	}

}
