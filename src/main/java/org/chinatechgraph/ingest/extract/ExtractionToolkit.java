package org.chinatechgraph.ingest.extract;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A natural-language toolkit that may stand in for, or check, some of the English rules: sentence and word
 * boundaries, the names the recognisers found, the references "it" and "the company" make, and the relationships a sentence states.
 * None is part of the default build: an implementation is found on the class path (a {@code ServiceLoader} service,
 * named in {@code META-INF/services}) only when one is asked for by name ({@link Extractor#withToolkit(String)}),
 * and loads its models then, so that a service that does not ask pays nothing.
 */
public interface ExtractionToolkit {

	/** The name it is asked for by ("corenlp"). */
	String name();

	/**
	 * This toolkit with the stages named in {@code options} switched on (a comma-separated list the toolkit
	 * defines; empty for its default stages).
	 */
	ExtractionToolkit configured(String options);

	/** What the toolkit read in one article, asked for at each stage of its extraction. */
	Analysis analyse(ArticleText article);

	/** The toolkit's reading of one article. Each stage keeps the rules' own result unless overridden. */
	interface Analysis {

		/** The article's sentences, or {@code null} to keep the rules' split. */
		default List<Sentence> sentences() {
			return null;
		}

		/** A sentence's words, with offsets in the sentence, or {@code null} to keep the rules' tokens. */
		default List<Token> tokens(Sentence sentence) {
			return null;
		}

		/** A sentence's names (organisations, places) after the toolkit checked or added to the rules'. */
		default SentenceFacts names(SentenceFacts facts) {
			return facts;
		}

		/** After the mentions became things: the references the toolkit resolves, added as slots. */
		default void references(List<SentenceFacts> facts) {
		}

		/** After the relation rules ran: the relationships the toolkit reads, added to the rules' drafts. */
		default void relations(List<SentenceFacts> facts, RelationRules rules) {
		}

	}

	/**
	 * The toolkit {@code spec} names ({@code name} or {@code name:stage,stage}), from the class path.
	 * @throws IllegalArgumentException when none of that name is there
	 */
	static ExtractionToolkit named(String spec) {
		int colon = spec.indexOf(':');
		String name = colon < 0 ? spec : spec.substring(0, colon);
		String options = colon < 0 ? "" : spec.substring(colon + 1);
		return ServiceLoader.load(ExtractionToolkit.class, ExtractionToolkit.class.getClassLoader())
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter((t) -> t.name().equals(name))
			.findFirst()
			.map((t) -> t.configured(options))
			.orElseThrow(() -> new IllegalArgumentException("no NLP toolkit named " + name
					+ " on the class path (the corenlp one is built by ./mvnw -Pcorenlp package)"));
	}

}
