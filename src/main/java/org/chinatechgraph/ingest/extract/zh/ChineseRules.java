package org.chinatechgraph.ingest.extract.zh;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.Gazetteer;
import org.chinatechgraph.ingest.extract.LanguageRules;
import org.chinatechgraph.ingest.extract.ReferenceFiles;

/** The Chinese rules ({@link ChineseExtractor}) as a language of the extractor, made (and HanLP loaded) on first use. */
public final class ChineseRules implements LanguageRules {

	private volatile ChineseExtractor extractor;

	@Override
	public boolean reads(String text) {
		return ChineseExtractor.isChinese(text);
	}

	@Override
	public Extraction extract(ArticleText article, Gazetteer gazetteer) {
		ChineseExtractor made = this.extractor;
		if (made == null) {
			synchronized (this) {
				if (this.extractor == null) {
					this.extractor = new ChineseExtractor(gazetteer,
							ReferenceFiles.classpath("facts/reference/sectors.json"));
				}
				made = this.extractor;
			}
		}
		return made.extract(article);
	}

}
