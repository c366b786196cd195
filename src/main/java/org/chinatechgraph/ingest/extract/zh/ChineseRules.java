package org.chinatechgraph.ingest.extract.zh;

import java.util.ArrayList;
import java.util.List;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.Extraction;
import org.chinatechgraph.ingest.extract.Gazetteer;
import org.chinatechgraph.ingest.extract.KnownOrganizations;
import org.chinatechgraph.ingest.extract.LanguageRules;
import org.chinatechgraph.ingest.extract.ReferenceFiles;
import org.chinatechgraph.ingest.extract.RelationCandidates;

/** The Chinese rules ({@link ChineseExtractor}) as a language of the extractor, made (and HanLP loaded) on first use. */
public final class ChineseRules implements LanguageRules {

	private volatile ChineseExtractor extractor;

	@Override
	public boolean reads(String text) {
		return ChineseExtractor.isChinese(text);
	}

	@Override
	public String code() {
		return "zh";
	}

	@Override
	public List<RelationCandidates.Word> words(String sentence) {
		List<RelationCandidates.Word> out = new ArrayList<>();
		for (HanLanguage.Word w : HanLanguage.segment(HanLanguage.simplified(sentence))) {
			out.add(new RelationCandidates.Word(w.text(), w.nature(), w.start(), w.end()));
		}
		return out;
	}

	@Override
	public Extraction extract(ArticleText article, Gazetteer gazetteer, KnownOrganizations known) {
		ChineseExtractor made = this.extractor;
		if (made == null) {
			synchronized (this) {
				if (this.extractor == null) {
					this.extractor = new ChineseExtractor(gazetteer,
							ReferenceFiles.classpath("facts/reference/sectors.json"), known);
				}
				made = this.extractor;
			}
		}
		return made.extract(article);
	}

}
