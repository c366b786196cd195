// A page for every node: its facts, its relationships grouped by kind with the article and sentence behind each,
// a drawing of its neighbourhood, and the same question ready in GraphiQL and in Neo4j Browser.
import { gql } from './api.js';
import { echarts, KIND_COLOURS } from './charts.js';
import { $, clear, entityHref, entityLink, h, highlighted, kindOf, message, namesOf, yuan } from './dom.js';

// the other end of a link: REF where the schema says Entity, PLAIN for a project or program, ORG for an organization
const REF = 'id name __typename aliases ... on Organization { type nameZh } ... on Place { level nameZh } ... on Park { nameZh }';
const PLAIN = 'id name __typename aliases';
const ORG = 'id name __typename aliases type nameZh';
const SOURCES = 'sources { article { id title url publishedOn } evidence }';

export const ENTITY_QUERY = `query EntityPage($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Entity { name aliases reportedIn { article { id title url publishedOn } evidence } }
    ... on Project {
      description status signedOn startYear completionYear phases year investment { text amount currency cny }
      province { id name } city { id name }
      investors { investor { ${REF} } amount { text cny } ${SOURCES} }
      developers { developer { ${REF} } ${SOURCES} }
      locations { location { ${REF} } ${SOURCES} }
      sectors { id name __typename }
      programs { program { ${PLAIN} } ${SOURCES} }
      announcedBy { announcer { ${REF} } ${SOURCES} }
    }
    ... on Organization {
      type nameZh description country orgLevel: level projectCount
      investments(first: 50) { project { ${PLAIN} } amount { text cny } ${SOURCES} }
      developments { project { ${PLAIN} } ${SOURCES} }
      partnerships { partner { ${REF} } kind status since ${SOURCES} }
      orgLocations: locations { location { ${REF} } ${SOURCES} }
      parentOrganizations { parent { ${ORG} } ${SOURCES} }
      units { unit { ${ORG} } ${SOURCES} }
      parentCompanies { parent { ${ORG} } ${SOURCES} }
      subsidiaries { subsidiary { ${ORG} } ${SOURCES} }
      announcements { subject { ${REF} } ${SOURCES} }
      sectors { id name __typename }
    }
    ... on Park {
      parkKind: kind nameZh description projectCount
      parkLocations: locations { location { ${REF} } ${SOURCES} }
      tenants { subject { ${REF} } ${SOURCES} }
      parkPartnerships: partnerships { partner { ${REF} } kind status since ${SOURCES} }
      parkDevelopments: developments { project { ${PLAIN} } ${SOURCES} }
    }
    ... on Place {
      level code nameZh description projectCount
      ancestors { id name level __typename }
      children { id name level __typename }
      located { subject { ${REF} } ${SOURCES} }
    }
    ... on Program {
      description count year investment { text amount currency cny }
      projects { project { ${PLAIN} } ${SOURCES} }
      programAnnouncedBy: announcedBy { announcer { ${REF} } ${SOURCES} }
      programLocations: locations { location { ${REF} } ${SOURCES} }
      programSectors: sectors { id name __typename }
    }
    ... on Sector { description projectCount members { ${REF} } }
    ... on Article {
      title articleKind: kind publisher url file publishedOn note mentionCount
      mentions { entity { ${REF} } evidence }
    }
  }
}`;

/** The relationships of a node, grouped by kind: [label, [{other, detail, sources}]]. */
function groups(n) {
  const g = [];
  const add = (label, items, other, detail = () => null) => {
    if (items?.length) {
      g.push([label, items.map((item) => ({ other: other(item), detail: detail(item), sources: item.sources ?? [] }))]);
    }
  };
  const amount = (item) => (item.amount ? item.amount.text ?? yuan(item.amount.cny) : null);
  const partnership = (item) => [item.kind, item.status, item.since].filter(Boolean).join(', ') || null;
  switch (n.__typename) {
    case 'Project':
      add('Investors', n.investors, (i) => i.investor, amount);
      add('Developers', n.developers, (i) => i.developer);
      add('Located in', n.locations, (i) => i.location);
      add('Programs', n.programs, (i) => i.program);
      add('Announced by', n.announcedBy, (i) => i.announcer);
      add('Sectors', n.sectors, (s) => s);
      break;
    case 'Organization':
      add('Invests in', n.investments, (i) => i.project, amount);
      add('Develops', n.developments, (i) => i.project);
      add('Partners', n.partnerships, (i) => i.partner, partnership);
      add('Located in', n.orgLocations, (i) => i.location);
      add('Part of', n.parentOrganizations, (i) => i.parent);
      add('Units', n.units, (i) => i.unit);
      add('Parent companies', n.parentCompanies, (i) => i.parent);
      add('Subsidiaries', n.subsidiaries, (i) => i.subsidiary);
      add('Announced', n.announcements, (i) => i.subject);
      add('Sectors', n.sectors, (s) => s);
      break;
    case 'Park':
      add('Located in', n.parkLocations, (i) => i.location);
      add('Tenants', n.tenants, (i) => i.subject);
      add('Partners', n.parkPartnerships, (i) => i.partner, partnership);
      add('Develops', n.parkDevelopments, (i) => i.project);
      break;
    case 'Place':
      add('Inside', n.ancestors, (p) => p);
      add('Located here', n.located, (i) => i.subject);
      add('Places inside', n.children, (p) => p);
      break;
    case 'Program':
      add('Projects', n.projects, (i) => i.project);
      add('Announced by', n.programAnnouncedBy, (i) => i.announcer);
      add('Located in', n.programLocations, (i) => i.location);
      add('Sectors', n.programSectors, (s) => s);
      break;
    case 'Sector':
      add('Members', n.members, (m) => m);
      break;
    case 'Article':
      add('Reports', n.mentions.map((m) => ({ ...m, sources: [{ article: n, evidence: m.evidence }] })),
        (m) => m.entity);
      break;
    default:
  }
  return g;
}

function facts(n) {
  const rows = [
    ['Kind', n.articleKind ?? kindOf(n)],
    ['Chinese name', n.nameZh],
    ['Also called', n.aliases?.length ? n.aliases.join('; ') : null],
    ['Status', n.status?.replaceAll('_', ' ').toLowerCase()],
    ['Signed', n.signedOn],
    ['Construction starts', n.startYear],
    ['Completion', n.completionYear],
    ['Phases', n.phases],
    ['Counted under year', n.year],
    ['Investment', n.investment ? `${n.investment.text ?? ''} (${yuan(n.investment.cny)})`.trim() : null],
    ['Projects in the batch', n.count],
    ['Province', n.province ? entityLink(n.province) : null],
    ['City', n.city ? entityLink(n.city) : null],
    ['GB/T 2260 code', n.code],
    ['Country', n.country],
    ['Level', n.orgLevel],
    ['Park kind', n.parkKind],
    ['Projects', n.projectCount],
    ['Publisher', n.publisher],
    ['Published', n.publishedOn],
    ['Source', n.url ? h('a', { href: n.url, rel: 'noopener noreferrer' }, n.url) : null],
    ['File', n.file],
    ['Note', n.note],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('dl', { class: 'facts' }, rows.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))));
}

/** One sentence with the article that states it. */
function evidence(source, sentence, names) {
  const a = source.article;
  return h('li', { class: 'evidence' }, highlighted(sentence, names), ' ',
    h('cite', {}, '— ', h('a', { href: entityHref(a.id) }, a.title), a.publishedOn ? `, ${a.publishedOn}` : ''));
}

function sourcesList(sources, names) {
  const items = sources.flatMap((s) => s.evidence.map((sentence) => evidence(s, sentence, names)));
  return items.length ? h('ul', { class: 'sources' }, items) : null;
}

export async function showEntity(id) {
  const view = $('#view-entity');
  const status = $('#entity-message');
  clear($('#entity-body'));
  $('#entity-title').textContent = id;
  message(status, 'Loading…');
  let node;
  try {
    node = (await gql('entity', ENTITY_QUERY, { id })).node;
  } catch (error) {
    message(status, error.message, 'error');
    return;
  }
  if (!node) {
    message(status, `The graph has no node with the id ${id}.`, 'error');
    return;
  }
  message(status, '');
  const name = node.name ?? node.title;
  document.title = `${name} — China Tech Graph`;
  $('#entity-title').textContent = name;
  $('#entity-kind').textContent = `${kindOf(node) || node.__typename} · ${node.id}`;
  const ownNames = namesOf(node);
  const body = $('#entity-body');
  const relationGroups = groups(node);
  body.append(...[
    h('p', { class: 'consoles' },
      h('a', { href: graphiqlHref(node.id), id: 'open-graphiql' }, 'Open in GraphiQL'), ' ',
      h('a', { href: browserHref(node.id), id: 'open-browser' }, 'Open in Neo4j Browser')),
    node.description ? h('p', { class: 'description' }, node.description) : null,
    h('section', { 'aria-labelledby': 'facts-title' }, h('h3', { id: 'facts-title' }, 'Facts'), facts(node)),
  ].filter(Boolean));
  if (node.reportedIn?.length) {
    body.append(h('section', { 'aria-labelledby': 'reported-title', id: 'reported-in' },
      h('h3', { id: 'reported-title' }, 'Reported in'), sourcesList(node.reportedIn, ownNames)));
  }
  const graph = h('div', { id: 'neighbourhood', role: 'img',
    'aria-label': `The neighbourhood of ${name}: ${relationGroups.map(([l, items]) => `${l}: ${items.length}`).join(', ') || 'no links'}` });
  body.append(h('section', { 'aria-labelledby': 'neighbourhood-title' },
    h('h3', { id: 'neighbourhood-title' }, 'Neighbourhood'), graph));
  const relations = h('section', { 'aria-labelledby': 'relations-title', id: 'relations' },
    h('h3', { id: 'relations-title' }, 'Relationships'));
  if (relationGroups.length === 0) {
    relations.append(h('p', {}, 'No relationships.'));
  }
  for (const [label, items] of relationGroups) {
    relations.append(h('section', { class: 'group' }, h('h4', {}, `${label} (${items.length})`),
      h('ul', { class: 'relations' }, items.map((item) => h('li', {},
        entityLink(item.other, { showKind: true }),
        item.detail ? h('span', { class: 'detail' }, item.detail) : null,
        sourcesList(item.sources, [...ownNames, ...namesOf(item.other)]))))));
  }
  body.append(relations);
  drawNeighbourhood(graph, node, relationGroups);
  view.querySelector('h2').focus();
}

function drawNeighbourhood(element, node, relationGroups) {
  const nodes = new Map([[node.id, { id: node.id, name: node.name ?? node.title, kind: kindOf(node), root: true }]]);
  const links = [];
  for (const [label, items] of relationGroups) {
    for (const item of items.slice(0, 40)) {
      const other = item.other;
      if (!other?.id) {
        continue;
      }
      if (!nodes.has(other.id)) {
        nodes.set(other.id, { id: other.id, name: other.name ?? other.title ?? other.id, kind: kindOf(other),
          type: other.__typename });
      }
      links.push({ source: node.id, target: other.id, label });
    }
  }
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    tooltip: { formatter: (p) => (p.dataType === 'edge' ? p.data.label : `${p.data.name} (${p.data.kind})`) },
    series: [{
      type: 'graph',
      layout: 'none',
      roam: true,
      label: { show: true, position: 'right', width: 160, overflow: 'truncate' },
      edgeLabel: { show: nodes.size < 14, formatter: (p) => p.data.label, fontSize: 10 },
      data: [...nodes.values()].map((n, i, all) => ({
        ...n,
        // the node in the middle, its neighbours on a circle around it
        x: n.root ? 0 : 100 * Math.cos((2 * Math.PI * (i - 1)) / (all.length - 1)),
        y: n.root ? 0 : 100 * Math.sin((2 * Math.PI * (i - 1)) / (all.length - 1)),
        symbolSize: n.root ? 36 : 20,
        itemStyle: { color: KIND_COLOURS[n.kind] ?? KIND_COLOURS[n.type] ?? '#999' },
      })),
      links,
    }],
  });
  chart.on('click', (p) => {
    if (p.dataType === 'node' && !p.data.root) {
      location.hash = entityHref(p.data.id);
    }
  });
}

function graphiqlHref(id) {
  const query = `# The entity page of ${id}, as the explorer asks it\n${ENTITY_QUERY.replace('query EntityPage($id: ID!)', 'query EntityPage')
    .replace('node(id: $id)', `node(id: ${JSON.stringify(id)})`)}`;
  return `graphiql/?query=${encodeURIComponent(query)}`;
}

function browserHref(id) {
  const cypher = `MATCH (n:Entity|Article {id: ${JSON.stringify(id)}})-[r]-(m) RETURN n, r, m LIMIT 100`;
  return `browser/?preselectAuthMethod=NO_AUTH&cmd=edit&arg=${encodeURIComponent(cypher)}`;
}
