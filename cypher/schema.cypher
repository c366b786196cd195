// China Tech Graph schema: constraints and indexes. Idempotent; applied on every start.
// Every node carries the label Entity beside its own (Project, Company, Province...), so one
// constraint makes ids unique across the whole graph and one index finds any node by id.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

CREATE INDEX project_year IF NOT EXISTS FOR (p:Project) ON (p.year);

CREATE INDEX project_amount_cny IF NOT EXISTS FOR (p:Project) ON (p.investmentCny);

CREATE INDEX project_signed_start IF NOT EXISTS FOR (p:Project) ON (p.signedStart);

CREATE INDEX project_status IF NOT EXISTS FOR (p:Project) ON (p.status);

CREATE INDEX place_code IF NOT EXISTS FOR (p:Place) ON (p.code);

CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedStart);

// Names, aliases and Chinese names of every kind of node, ranked by Lucene.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameZh];

// Chinese names and aliases again, cut into overlapping pairs of characters (the cjk analyzer), so that a word
// of a Chinese name finds it ("南湖" finds 南湖区) and names sharing more pairs with the text rank first.
CREATE FULLTEXT INDEX entity_search_zh IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameZh, n.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
