package org.chinatechgraph.ingest.pipeline;

import org.chinatechgraph.ingest.extract.ArticleText;
import org.chinatechgraph.ingest.extract.Extraction;

/** Reads the facts an article's text states. */
@FunctionalInterface
public interface TextExtractor {

	Extraction extract(ArticleText article);

}
