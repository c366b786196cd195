package org.chinatechgraph.ingest.extract;

/**
 * The extraction rules of a language besides English, found on the class path (a {@code ServiceLoader} service,
 * named in {@code META-INF/services}), so that the English rules need not know them: {@link Extractor} hands each
 * article to the first whose language it is in. An implementation makes its rules, and loads what they need, on the
 * first article it reads.
 */
public interface LanguageRules {

	/** Whether the text is in this language. */
	boolean reads(String text);

	/**
	 * The facts of one article in this language, with the places of {@code gazetteer} and the organisations
	 * {@code known} names.
	 */
	Extraction extract(ArticleText article, Gazetteer gazetteer, KnownOrganizations known);

	/** The language's code ("zh"), which names its learned relation model. */
	String code();

	/** The words of a sentence, with their parts of speech, as the learned relation classifier reads them. */
	java.util.List<RelationCandidates.Word> words(String sentence);

}
