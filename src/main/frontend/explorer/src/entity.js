// A page for every node: its facts, its relationships grouped by kind with the article and sentence behind each,
// a drawing of its neighbourhood, and the same question ready in GraphiQL and in Neo4j Browser.
import { gql } from './api.js';
import { ENTITY_QUERY, LINK_QUERIES } from './queries.js';
import { echarts, KIND_COLOURS } from './charts.js';
import { $, clear, entityHref, entityLink, h, highlighted, kindOf, message, namesOf, yuan } from './dom.js';

// How many links of a kind the page shows at first, and at most after "Show more" (the max-page-size limit).
const PAGE = 10;
const MORE = 100;

const amount = (item) => (item.amount ? item.amount.text ?? yuan(item.amount.cny) : null);
const partnership = (item) => [item.kind, item.status, item.since].filter(Boolean).join(', ') || null;
const self = (x) => x;

/**
 * The kinds of relationship of each type of node, in the order the page shows them: [field, label, the other
 * end of an item, its detail]. Each is asked on its own (LINK_QUERIES with the field's variable true).
 */
const KINDS = {
  Project: [['investors', 'Investors', (i) => i.investor, amount], ['developers', 'Developers', (i) => i.developer],
    ['locations', 'Located in', (i) => i.location], ['programs', 'Programs', (i) => i.program],
    ['announcedBy', 'Announced by', (i) => i.announcer], ['sectors', 'Sectors', self]],
  Organization: [['investments', 'Invests in', (i) => i.project, amount], ['developments', 'Develops', (i) => i.project],
    ['partnerships', 'Partners', (i) => i.partner, partnership], ['locations', 'Located in', (i) => i.location],
    ['parentOrganizations', 'Part of', (i) => i.parent], ['units', 'Units', (i) => i.unit],
    ['parentCompanies', 'Parent companies', (i) => i.parent], ['subsidiaries', 'Subsidiaries', (i) => i.subsidiary],
    ['announcements', 'Announced', (i) => i.subject], ['sectors', 'Sectors', self]],
  Park: [['locations', 'Located in', (i) => i.location], ['tenants', 'Tenants', (i) => i.subject],
    ['partnerships', 'Partners', (i) => i.partner, partnership], ['developments', 'Develops', (i) => i.project]],
  Place: [['located', 'Located here', (i) => i.subject], ['children', 'Places inside', self]],
  Program: [['projects', 'Projects', (i) => i.project], ['announcedBy', 'Announced by', (i) => i.announcer],
    ['locations', 'Located in', (i) => i.location], ['sectors', 'Sectors', self]],
  Sector: [['members', 'Members', self]],
  Article: [['mentions', 'Reports', (m) => m.entity]],
};

/** The first `first` links of one kind of a node: {items: [{other, detail, sources}], full: more may exist}. */
async function loadKind(node, [field, , other, detail = () => null], first) {
  const sentences = first <= PAGE + 1;
  const data = await gql('entity', LINK_QUERIES[node.__typename], { id: node.id, first, sentences, [field]: true });
  const items = data.node?.[field] ?? [];
  const article = node.__typename === 'Article' ? node : null;
  return {
    full: items.length >= first,
    items: items.map((item) => ({
      other: other(item),
      detail: detail(item),
      sources: article ? [{ article, evidence: item.evidence }] : item.sources ?? [],
    })),
  };
}

/** How many links of a kind the graph has, where the node's facts say it. */
function knownTotal(node, field) {
  if (node.__typename === 'Article' && field === 'mentions') {
    return node.mentionCount;
  }
  return null;
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
    node = (await gql('entity', ENTITY_QUERY, { id, reports: PAGE })).node;
  } catch (error) {
    message(status, error.message, 'error');
    return;
  }
  if (!node) {
    message(status, `The graph has no node with the id ${id}.`, 'error');
    return;
  }
  const kinds = KINDS[node.__typename] ?? [];
  // every kind at once, one more than shown to know whether there are more
  const loading = kinds.map((kind) => loadKind(node, kind, PAGE + 1).catch((error) => ({ error })));
  const name = node.name ?? node.title;
  document.title = `${name} — China Tech Graph`;
  $('#entity-title').textContent = name;
  $('#entity-kind').textContent = `${kindOf(node) || node.__typename} · ${node.id}`;
  const ownNames = namesOf(node);
  const body = $('#entity-body');
  body.append(...[
    h('p', { class: 'consoles' },
      h('a', { href: graphiqlHref(node), id: 'open-graphiql' }, 'Open in GraphiQL'), ' ',
      h('a', { href: browserHref(node.id), id: 'open-browser' }, 'Open in Neo4j Browser')),
    node.description ? h('p', { class: 'description' }, node.description) : null,
    h('section', { 'aria-labelledby': 'facts-title' }, h('h3', { id: 'facts-title' }, 'Facts'), facts(node)),
  ].filter(Boolean));
  if (node.reportedIn?.length) {
    body.append(h('section', { 'aria-labelledby': 'reported-title', id: 'reported-in' },
      h('h3', { id: 'reported-title' }, 'Reported in'), sourcesList(node.reportedIn, ownNames),
      node.reportedIn.length >= PAGE
        ? h('p', { class: 'detail' }, `The first ${PAGE} articles are shown; the node's relationships below name more.`)
        : null));
  }
  const graph = h('div', { id: 'neighbourhood', role: 'img', 'aria-label': `The neighbourhood of ${name}` });
  body.append(h('section', { 'aria-labelledby': 'neighbourhood-title' },
    h('h3', { id: 'neighbourhood-title' }, 'Neighbourhood'), graph));
  const relations = h('section', { 'aria-labelledby': 'relations-title', id: 'relations', 'aria-live': 'polite' },
    h('h3', { id: 'relations-title' }, 'Relationships'));
  body.append(relations);
  const results = await Promise.all(loading);
  const failed = results.find((r) => r.error);
  message(status, failed ? failed.error.message : '', failed ? 'error' : undefined);
  const shown = [];
  results.forEach((result, i) => {
    if (result.error || result.items.length === 0) {
      return;
    }
    const group = h('section', { class: 'group' });
    relations.append(group);
    showKind(group, node, kinds[i], result, PAGE, ownNames);
    shown.push([kinds[i][1], result.items.slice(0, PAGE), result.full]);
  });
  if (shown.length === 0 && !failed) {
    relations.append(h('p', {}, 'No relationships.'));
  }
  graph.setAttribute('aria-label', `The neighbourhood of ${name}: ${shown.map(([l, items, more]) =>
    `${l}: ${items.length}${more ? ' and more' : ''}`).join(', ') || 'no links'}`);
  drawNeighbourhood(graph, node, shown);
  view.querySelector('h2').focus();
}

/** One kind of relationship: its heading with the count, its first `limit` links, and "Show more" if it has more. */
function showKind(group, node, kind, result, limit, ownNames) {
  const [field, label] = kind;
  const more = result.items.length > limit || (result.full && limit === MORE);
  const items = result.items.slice(0, limit);
  const total = knownTotal(node, field);
  const count = total ?? (more ? `${items.length} of more` : items.length);
  clear(group);
  group.append(h('h4', {}, `${label} (${count})`),
    h('ul', { class: 'relations' }, items.map((item) => h('li', {},
      entityLink(item.other, { showKind: true }),
      item.detail ? h('span', { class: 'detail' }, item.detail) : null,
      sourcesList(item.sources, [...ownNames, ...namesOf(item.other)])))));
  if (more && limit < MORE) {
    const button = h('button', { type: 'button', class: 'more' }, `Show more ${label.toLowerCase()}`);
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      try {
        const all = await loadKind(node, kind, MORE);
        // the longer list comes without sentences: the first page's links keep theirs
        const known = new Map(result.items.map((item) => [item.other?.id, item.sources]));
        all.items.forEach((item) => { item.sources = known.get(item.other?.id) ?? item.sources; });
        showKind(group, node, kind, all, MORE, ownNames);
        group.querySelector('h4').focus?.();
      } catch (error) {
        button.replaceWith(h('p', { class: 'message error', role: 'alert' }, error.message));
      }
    });
    group.append(button);
  } else if (more) {
    group.append(h('p', { class: 'detail' }, `The first ${MORE} by name are shown; GraphiQL can ask for any of them.`));
  }
}

function drawNeighbourhood(element, node, shown) {
  const nodes = new Map([[node.id, { id: node.id, name: node.name ?? node.title, kind: kindOf(node), root: true }]]);
  const links = [];
  for (const [label, items] of shown) {
    for (const item of items) {
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

function graphiqlHref(node) {
  // the facts and the first links of every kind, the variables written in
  const links = LINK_QUERIES[node.__typename];
  const fill = (doc) => doc.replace(/\(\$id: ID!(, \$[^)]*)?\)/s, '').replaceAll('$id', JSON.stringify(node.id))
    .replaceAll('$reports', String(PAGE)).replaceAll('$first', String(PAGE)).replace(/ @include\(if: \$\w+\)/g, '');
  const query = `# The entity page of ${node.id}, as the explorer asks it: its facts, then its links\n${fill(ENTITY_QUERY)}`
    + (links ? `\n\n${fill(links)}` : '');
  return `graphiql/?query=${encodeURIComponent(query)}`;
}

function browserHref(id) {
  const cypher = `MATCH (n:Entity|Article {id: ${JSON.stringify(id)}})-[r]-(m) RETURN n, r, m LIMIT 100`;
  // no auth method preselected: Browser opens with the service's own login (or asks for one, on a database elsewhere)
  return `browser/?cmd=edit&arg=${encodeURIComponent(cypher)}`;
}
