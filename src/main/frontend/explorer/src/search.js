// Search over names, aliases and Chinese names, with the results grouped by kind.
import { gql } from './api.js';
import { SEARCH_QUERY } from './queries.js';
import { $, clear, entityLink, h, kindOf, message } from './dom.js';

const KINDS = [['Project', 'Projects'], ['Organization', 'Organizations'], ['Park', 'Parks'], ['Place', 'Places'],
  ['Program', 'Programs'], ['Sector', 'Sectors']];

export async function showSearch(text) {
  $('#search-text').value = text;
  $('#search-heading').textContent = `Search: ${text}`;
  const results = $('#search-results');
  const status = $('#search-message');
  clear(results);
  if (!text.trim()) {
    message(status, 'Type a name, an alias or a Chinese name.');
    return;
  }
  message(status, 'Searching…');
  let hits;
  try {
    hits = (await gql('search', SEARCH_QUERY, { text })).search;
  } catch (error) {
    message(status, error.message, 'error');
    return;
  }
  message(status, hits.length ? `${hits.length} found for “${text}”.` : `Nothing found for “${text}”.`);
  for (const [type, title] of KINDS) {
    const ofKind = hits.filter((hit) => hit.entity.__typename === type);
    if (ofKind.length) {
      results.append(h('section', { class: 'result-kind', dataset: { kind: type } },
        h('h3', {}, `${title} (${ofKind.length})`),
        h('ul', {}, ofKind.map(({ entity }) => h('li', {}, entityLink(entity),
          h('span', { class: 'detail' }, [kindOf(entity) !== type ? kindOf(entity) : null, entity.nameZh,
            entity.aliases.filter((a) => a !== entity.nameZh).slice(0, 3).join('; ')].filter(Boolean).join(' · ')))))));
    }
  }
}
