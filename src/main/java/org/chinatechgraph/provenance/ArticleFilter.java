package org.chinatechgraph.provenance;

import org.chinatechgraph.system.DateRange;

/** The filters of the article list. */
record ArticleFilter(String title, String publisher, String kind, DateRange published) {
}
