// Every GraphQL document the explorer sends, in one place so that a test (ExplorerQueriesTests) runs each of them
// through the service's limits. Each is a template literal whose only substitutions are the selection constants
// defined here before it (`${NAME}`); every list in them has a `first` (max-complexity counts a list without one as
// the largest such list in the graph, and a hub can have thousands of links).

// the other end of a link: REF where the schema says Entity, PLAIN for a project or program, ORG for an organization
export const REF = 'id name __typename ... on Organization { type nameZh } ... on Place { level nameZh } ... on Park { nameZh }';
export const PLAIN = 'id name __typename';
export const ORG = 'id name __typename type nameZh';
// the sentences behind a link, asked for the first page of a kind only: `sources` takes no first, so each link
// costs its sentences as many times as the most articles that state one link (on the medium graph, a few)
export const SOURCES = 'sources @include(if: $sentences) { article { id title url publishedOn } evidence }';

// ---- the explorer (overview.js)

// what a map is coloured by (a summary's groups and total), and the places it draws
export const MAP_DATA = 'groups { key label totals { projectCount cny } } total { projectCount projectsWithAmount cny }';
export const MAP_PLACES = 'edges { node { id name nameZh code } }';

export const PROVINCE_QUERY = `query ExplorerMap($filter: ProjectFilter) {
  summary: investmentSummary(groupBy: PROVINCE, filter: $filter) { ${MAP_DATA} }
}`;

export const SETUP_QUERY = `query ExplorerSetup {
  years: investmentSummary(groupBy: YEAR) { groups { key } }
  sectors(first: 100, orderBy: {field: PROJECT_COUNT, direction: DESC}) { edges { node { id name projectCount } } }
  provinces: places(filter: {levels: [PROVINCE]}, first: 100) { ${MAP_PLACES} }
}`;

export const CITY_QUERY = `query ExplorerCities($filter: ProjectFilter, $province: String!) {
  summary: investmentSummary(groupBy: CITY, filter: $filter) { ${MAP_DATA} }
  places(filter: {levels: [CITY], within: $province}, first: 100) { ${MAP_PLACES} }
}`;

/** A municipality's districts and counties: its next level down, as a province's is its cities. */
export const DISTRICT_QUERY = `query ExplorerDistricts($filter: ProjectFilter, $province: String!) {
  summary: investmentSummary(groupBy: DISTRICT, filter: $filter) { ${MAP_DATA} }
  places(filter: {levels: [DISTRICT], within: $province}, first: 100) { ${MAP_PLACES} }
}`;

export const PLACE_PROJECTS_QUERY = `query PlaceProjects($filter: ProjectFilter) {
  projects(filter: $filter, orderBy: {field: AMOUNT, direction: DESC}, first: 50) {
    totalCount
    edges { node { id name signedOn year status investment { text cny } sectors(first: 5) { id name } } }
  }
}`;

export const TIMELINE_QUERY = `query Timeline($filter: ProjectFilter, $by: TimelinePeriod, $sectors: Int) {
  projectTimeline(filter: $filter, by: $by, sectors: $sectors) { year month sector { id name } otherSectors projectCount cny }
}`;

export const ORGANIZATIONS_QUERY = `query TopOrganizations($filter: ProjectFilter) {
  topInvestors(filter: $filter, first: 10) {
    organization { id name type } projectCount projectsWithAmount cny
  }
  topOrganizations(filter: $filter, first: 10) {
    organization { id name type } projectCount investedIn developed
  }
}`;

/** How many sectors the timeline stacks on their own; the others are added up in one stack. */
export const STACKED_SECTORS = 10;

// What the service asks itself once it is up (build.mjs writes it to warm-up.json; LandingWarmUp on the server):
// - landing: the landing view's requests as the page sends them first, no filter chosen, so that the first visitor
//   after a start does not wait for them to be read and planned cold;
// - documents and filters: each filtered view's requests under a filter of each shape the page sends (a sector, a
//   few years or many, both; with a province chosen or not), with values taken from the graph (its largest sector and
//   province, its last years), so that Neo4j has planned each of their statements before a visitor's first filter:
//   a statement planned cold takes 0.2-0.7 s on the medium benchmark graph, the same planned 0.03-0.1 s. "years"
//   is how many of the last years (Neo4j plans a list of up to 10 apart from a longer one).
export const WARM_UP = {
  landing: [
    { view: 'setup', query: SETUP_QUERY, variables: {} },
    { view: 'map', query: PROVINCE_QUERY, variables: { filter: {} } },
    { view: 'timeline', query: TIMELINE_QUERY, variables: { filter: {}, by: 'AUTO', sectors: STACKED_SECTORS } },
    { view: 'organizations', query: ORGANIZATIONS_QUERY, variables: { filter: {} } },
  ],
  documents: [
    { view: 'map', query: PROVINCE_QUERY, variables: {} },
    { view: 'timeline', query: TIMELINE_QUERY, variables: { by: 'AUTO', sectors: STACKED_SECTORS } },
    { view: 'organizations', query: ORGANIZATIONS_QUERY, variables: {} },
    { view: 'map', query: CITY_QUERY, variables: {}, province: true },
    { view: 'place', query: PLACE_PROJECTS_QUERY, variables: {}, province: true },
  ],
  filters: [
    { sector: true }, { years: 2 }, { years: 12 }, { sector: true, years: 2 }, { sector: true, years: 12 },
  ],
};

// ---- search (search.js)

export const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 50) {
    score
    entity {
      __typename id name aliases
      ... on Organization { type nameZh }
      ... on Place { level nameZh }
      ... on Park { nameZh }
    }
  }
}`;

// ---- the entity page (entity.js): its facts, then each kind of relationship on its own, all at once

/** The node's own facts, its counts and the first articles that report it. */
export const ENTITY_QUERY = `query EntityPage($id: ID!, $reports: Int!) {
  node(id: $id) {
    __typename id
    ... on Entity { name aliases reportedIn(first: $reports) { article { id title url publishedOn } evidence } }
    ... on Project {
      description status signedOn startYear completionYear phases year investment { text amount currency cny }
      province { id name } city { id name }
    }
    ... on Organization { type nameZh description country orgLevel: level projectCount }
    ... on Park { parkKind: kind nameZh description projectCount }
    ... on Place { level code nameZh description projectCount ancestors { id name level __typename } }
    ... on Program { description count year investment { text amount currency cny } }
    ... on Sector { description projectCount }
    ... on Article { title articleKind: kind publisher url file publishedOn note mentionCount }
  }
}`;

/**
 * One kind of relationship of a node per request: the variable named as the kind (e.g. `$investments: true`)
 * includes it, `$first` is the page, `$sentences` whether each link comes with its sentences. One document per
 * type of node, the kinds in the order the page shows them.
 */
export const LINK_QUERIES = {
  Project: `query ProjectLinks($id: ID!, $first: Int!, $sentences: Boolean!, $investors: Boolean = false, $developers: Boolean = false,
      $locations: Boolean = false, $programs: Boolean = false, $announcedBy: Boolean = false, $sectors: Boolean = false) {
  node(id: $id) {
    ... on Project {
      investors(first: $first) @include(if: $investors) { investor { ${REF} } amount { text cny } ${SOURCES} }
      developers(first: $first) @include(if: $developers) { developer { ${REF} } ${SOURCES} }
      locations(first: $first) @include(if: $locations) { location { ${REF} } ${SOURCES} }
      programs(first: $first) @include(if: $programs) { program { ${PLAIN} } ${SOURCES} }
      announcedBy(first: $first) @include(if: $announcedBy) { announcer { ${REF} } ${SOURCES} }
      sectors(first: $first) @include(if: $sectors) { id name __typename }
    }
  }
}`,
  Organization: `query OrganizationLinks($id: ID!, $first: Int!, $sentences: Boolean!, $investments: Boolean = false,
      $developments: Boolean = false, $partnerships: Boolean = false, $locations: Boolean = false,
      $parentOrganizations: Boolean = false, $units: Boolean = false, $parentCompanies: Boolean = false,
      $subsidiaries: Boolean = false, $announcements: Boolean = false, $sectors: Boolean = false) {
  node(id: $id) {
    ... on Organization {
      investments(first: $first) @include(if: $investments) { project { ${PLAIN} } amount { text cny } ${SOURCES} }
      developments(first: $first) @include(if: $developments) { project { ${PLAIN} } ${SOURCES} }
      partnerships(first: $first) @include(if: $partnerships) { partner { ${REF} } kind status since ${SOURCES} }
      locations(first: $first) @include(if: $locations) { location { ${REF} } ${SOURCES} }
      parentOrganizations(first: $first) @include(if: $parentOrganizations) { parent { ${ORG} } ${SOURCES} }
      units(first: $first) @include(if: $units) { unit { ${ORG} } ${SOURCES} }
      parentCompanies(first: $first) @include(if: $parentCompanies) { parent { ${ORG} } ${SOURCES} }
      subsidiaries(first: $first) @include(if: $subsidiaries) { subsidiary { ${ORG} } ${SOURCES} }
      announcements(first: $first) @include(if: $announcements) { subject { ${REF} } ${SOURCES} }
      sectors(first: $first) @include(if: $sectors) { id name __typename }
    }
  }
}`,
  Park: `query ParkLinks($id: ID!, $first: Int!, $sentences: Boolean!, $locations: Boolean = false, $tenants: Boolean = false,
      $partnerships: Boolean = false, $developments: Boolean = false) {
  node(id: $id) {
    ... on Park {
      locations(first: $first) @include(if: $locations) { location { ${REF} } ${SOURCES} }
      tenants(first: $first) @include(if: $tenants) { subject { ${REF} } ${SOURCES} }
      partnerships(first: $first) @include(if: $partnerships) { partner { ${REF} } kind status since ${SOURCES} }
      developments(first: $first) @include(if: $developments) { project { ${PLAIN} } ${SOURCES} }
    }
  }
}`,
  Place: `query PlaceLinks($id: ID!, $first: Int!, $sentences: Boolean!, $located: Boolean = false, $children: Boolean = false) {
  node(id: $id) {
    ... on Place {
      located(first: $first) @include(if: $located) { subject { ${REF} } ${SOURCES} }
      children(first: $first) @include(if: $children) { id name level __typename }
    }
  }
}`,
  Program: `query ProgramLinks($id: ID!, $first: Int!, $sentences: Boolean!, $projects: Boolean = false, $announcedBy: Boolean = false,
      $locations: Boolean = false, $sectors: Boolean = false) {
  node(id: $id) {
    ... on Program {
      projects(first: $first) @include(if: $projects) { project { ${PLAIN} } ${SOURCES} }
      announcedBy(first: $first) @include(if: $announcedBy) { announcer { ${REF} } ${SOURCES} }
      locations(first: $first) @include(if: $locations) { location { ${REF} } ${SOURCES} }
      sectors(first: $first) @include(if: $sectors) { id name __typename }
    }
  }
}`,
  Sector: `query SectorLinks($id: ID!, $first: Int!, $members: Boolean = false) {
  node(id: $id) { ... on Sector { members(first: $first) @include(if: $members) { ${REF} } } }
}`,
  Article: `query ArticleLinks($id: ID!, $first: Int!, $mentions: Boolean = false) {
  node(id: $id) { ... on Article { mentions(first: $first) @include(if: $mentions) { entity { ${REF} } evidence } } }
}`,
};

// ---- review (review.js): mutations, answered in full once written, but their complexity is checked first

// The report of a preview is computed before it is selected: its lists of values cost one item each, so the whole
// preview, with the items to review and their candidates, is one request.
export const PREVIEW = `mutation PreviewArticle($input: ArticleInput!) { previewArticle(input: $input) {
  outcome
  article { id url title publisher published }
  entities { ref kind name action match matchedBy id evidence { sentence start end } mentions { start end } }
  relations { type from to fromId toId skipped evidence { sentence start end } }
  summary { newNodes matchedNodes relations reviewItems }
  review { ref candidates { id label name score } }
  problems
} }`;
export const INGEST = `mutation IngestArticle($input: ArticleInput!) { ingestArticle(input: $input) {
  outcome
  article { id title }
  entities { ref id name action }
  summary { newNodes matchedNodes relations reviewItems }
  problems
} }`;
export const MERGE = `mutation MergeReviewed($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id keptId mergedId } }`;
