// Review an article in the browser: paste or drop it, see what previewArticle would add laid over the text,
// accept or reject each item, choose an existing node for a "to review" item, and commit. Nothing is written
// before the commit. The credentials are sent as headers and kept in memory, or in sessionStorage when asked;
// never in localStorage.
import { gql } from './api.js';
import { INGEST, MERGE, PREVIEW } from './queries.js';
import { markOverviewStale } from './overview.js';
import { $, clear, entityHref, entityLink, h, message } from './dom.js';

const STORE = 'ctg-review-credentials';
const ACTION_WORDS = { MATCH: 'matched', NEW: 'new', REVIEW: 'to review', SKIPPED: 'skipped' };

let built = false;
let credentials = null; // {kind: 'key'|'user', key, user, password}
let current = null; // {input, report, text, rejected: Set, mergeInto: Map}

export function showReview() {
  if (!built) {
    built = true;
    build();
  }
}

function build() {
  const saved = sessionStorage.getItem(STORE);
  if (saved) {
    credentials = JSON.parse(saved);
  }
  const root = $('#review-root');
  root.append(
    h('p', { class: 'muted' }, 'Paste an article or drop a file, preview what it would add to the graph, choose what '
      + 'to keep, and commit. Nothing is written before you commit.'),
    h('form', { id: 'review-form', class: 'review-form', 'aria-label': 'The article to review', onsubmit: preview },
      h('div', { class: 'review-grid' },
        h('fieldset', {},
          h('legend', {}, 'Credentials (role ingest; curate to merge)'),
          h('label', {}, h('input', { type: 'radio', name: 'credential', value: 'key', id: 'cred-key',
            checked: credentials?.kind !== 'user' }), ' API key'),
          h('label', {}, h('input', { type: 'radio', name: 'credential', value: 'user', id: 'cred-user',
            checked: credentials?.kind === 'user' }), ' User and password'),
          h('label', { for: 'api-key' }, 'API key'),
          h('input', { type: 'password', id: 'api-key', autocomplete: 'off', value: credentials?.key ?? '' }),
          h('label', { for: 'user' }, 'User'),
          h('input', { type: 'text', id: 'user', autocomplete: 'username', value: credentials?.user ?? '' }),
          h('label', { for: 'password' }, 'Password'),
          h('input', { type: 'password', id: 'password', autocomplete: 'current-password',
            value: credentials?.password ?? '' }),
          h('label', {}, h('input', { type: 'checkbox', id: 'remember', checked: Boolean(saved) }),
            ' Keep them for this tab (sessionStorage; gone when the tab closes)')),
        h('fieldset', {},
          h('legend', {}, 'The article'),
          h('label', { for: 'article-url' }, 'URL'),
          h('input', { type: 'url', id: 'article-url', placeholder: 'https://…' }),
          h('label', { for: 'article-title' }, 'Title'),
          h('input', { type: 'text', id: 'article-title' }),
          h('label', { for: 'article-publisher' }, 'Publisher'),
          h('input', { type: 'text', id: 'article-publisher' }),
          h('label', { for: 'article-date' }, 'Published on'),
          h('input', { type: 'text', id: 'article-date', inputmode: 'numeric', placeholder: 'YYYY-MM-DD, or YYYY-MM, YYYY',
            pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?', title: 'The day, or only the month or year when the article gives no more' }))),
      h('label', { for: 'article-text' }, 'Text (plain or Markdown; it may open with a --- front-matter block)'),
      h('textarea', { id: 'article-text', required: true }),
      h('div', { class: 'drop', id: 'drop' },
        h('label', { for: 'article-file' }, 'Or drop a .txt or .md file here, or choose one: '),
        h('input', { type: 'file', id: 'article-file', accept: '.txt,.md,text/plain,text/markdown' })),
      h('p', {}, h('button', { type: 'submit', id: 'preview' }, 'Preview'))),
    h('p', { id: 'review-message', class: 'message', hidden: true }),
    h('section', { id: 'review-result', 'aria-labelledby': 'review-result-title', hidden: true },
      h('h3', { id: 'review-result-title' }, 'What the article would add'),
      h('p', { id: 'review-summary' }),
      h('div', { class: 'review-grid' },
        h('div', {}, h('h4', {}, 'The text'),
          h('p', { class: 'muted' }, 'Marked: ', h('mark', { class: 'MATCH' }, 'matched'), ' ',
            h('mark', { class: 'NEW' }, 'new'), ' ', h('mark', { class: 'REVIEW' }, 'to review')),
          h('div', { id: 'article-view', class: 'article-text', tabindex: '0', 'aria-label': 'The article with what was found marked' })),
        h('div', {},
          h('h4', { id: 'entities-title' }, 'Things it names'),
          h('ul', { id: 'review-entities', class: 'items', 'aria-labelledby': 'entities-title' }),
          h('h4', { id: 'relations-title-review' }, 'Links between them'),
          h('ul', { id: 'review-relations', class: 'items', 'aria-labelledby': 'relations-title-review' }))),
      h('p', {}, h('button', { type: 'button', id: 'commit', onclick: commit }, 'Commit to the graph'), ' ',
        h('button', { type: 'button', class: 'secondary', id: 'discard', onclick: discard }, 'Discard'))),
  );
  const drop = $('#drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    if (event.dataTransfer.files[0]) {
      readFile(event.dataTransfer.files[0]);
    }
  });
  $('#article-file').addEventListener('change', (event) => event.target.files[0] && readFile(event.target.files[0]));
}

async function readFile(file) {
  $('#article-text').value = await file.text();
  $('#article-text').dataset.name = file.name;
  message($('#review-message'), `Read ${file.name} (${file.size.toLocaleString('en')} bytes).`);
}

/** The credentials of the form as headers; kept in sessionStorage only when asked, else only in this variable. */
function headers() {
  const kind = document.querySelector('input[name=credential]:checked').value;
  credentials = { kind, key: $('#api-key').value, user: $('#user').value, password: $('#password').value };
  if ($('#remember').checked) {
    sessionStorage.setItem(STORE, JSON.stringify(credentials));
  } else {
    sessionStorage.removeItem(STORE);
  }
  if (kind === 'key') {
    return credentials.key ? { 'X-API-Key': credentials.key } : {};
  }
  const bytes = new TextEncoder().encode(`${credentials.user}:${credentials.password}`);
  return credentials.user ? { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` } : {};
}

function input(exclude) {
  const text = $('#article-text').value;
  const value = (id) => $(id).value.trim() || undefined;
  return {
    text,
    name: $('#article-text').dataset.name || 'pasted.txt',
    url: value('#article-url'),
    title: value('#article-title'),
    publisher: value('#article-publisher'),
    published: value('#article-date'),
    exclude,
  };
}

async function preview(event) {
  event.preventDefault();
  const status = $('#review-message');
  message(status, 'Previewing…');
  $('#preview').disabled = true;
  try {
    const articleInput = input(undefined);
    const report = (await gql('review-preview', PREVIEW, { input: articleInput }, headers())).previewArticle;
    current = { input: articleInput, report, rejected: new Set(), mergeInto: new Map() };
    render();
    message(status, report.problems.length ? report.problems.join(' ') : `Preview ready: nothing is written yet.`,
      report.problems.length ? 'error' : 'info');
    $('#review-result-title').focus?.();
  } catch (error) {
    message(status, error.message, 'error');
  } finally {
    $('#preview').disabled = false;
  }
}

/** The text the offsets count in: the article's body, after any front-matter block. */
function bodyOf(text) {
  const match = text.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/);
  return match ? text.slice(match[0].length) : text;
}

function render() {
  const { report } = current;
  $('#review-result').hidden = false;
  const s = report.summary;
  $('#review-summary').textContent = `${report.article?.title ?? 'The article'}: ${s.matchedNodes} matched, `
    + `${s.newNodes} new, ${s.reviewItems} to review, ${s.relations} links. Outcome if committed now: `
    + `${report.outcome === 'UNCHANGED' ? 'unchanged (the graph has this text already)' : 'added'}.`;
  renderText();
  const reviewByRef = new Map(report.review.filter((r) => r.ref).map((r) => [r.ref, r]));
  clear($('#review-entities'), report.entities.map((entity) => {
    const rejected = current.rejected.has(entity.ref);
    const review = reviewByRef.get(entity.ref);
    const id = `keep-${entity.ref}`;
    return h('li', { class: rejected ? 'rejected' : '', dataset: { ref: entity.ref, action: entity.action } },
      h('input', { type: 'checkbox', id, checked: !rejected, disabled: entity.action === 'SKIPPED',
        onchange: (e) => toggle(entity.ref, e.target.checked) }), ' ',
      h('label', { for: id }, h('strong', {}, entity.name ?? entity.ref), ` ${entity.kind}`),
      h('span', { class: `badge ${entity.action}` }, ACTION_WORDS[entity.action] ?? entity.action),
      entity.match ? h('span', { class: 'detail' }, 'matches ', entityLink({ id: entity.match, name: entity.match }),
        entity.matchedBy ? ` by ${entity.matchedBy}` : '') : null,
      review ? h('span', { class: 'detail' }, review.reason) : null,
      review?.candidates.length ? h('span', { class: 'detail' },
        h('label', { for: `merge-${entity.ref}` }, 'Merge into '),
        h('select', { id: `merge-${entity.ref}`, onchange: (e) => choose(entity.ref, e.target.value) },
          h('option', { value: '' }, 'none: keep it as a new node'),
          review.candidates.map((c) => h('option', { value: c.id, selected: current.mergeInto.get(entity.ref) === c.id },
            `${c.name ?? c.id} (${c.label}, ${c.score.toFixed(2)})`)))) : null);
  }));
  const names = new Map(report.entities.map((e) => [e.ref, e.name ?? e.ref]));
  clear($('#review-relations'), report.relations.map((relation) => {
    const key = `${relation.from} ${relation.type} ${relation.to}`;
    const gone = current.rejected.has(relation.from) || current.rejected.has(relation.to);
    const rejected = gone || current.rejected.has(key);
    const id = `keep-${key.replaceAll(' ', '-')}`;
    return h('li', { class: rejected ? 'rejected' : '', dataset: { key } },
      h('input', { type: 'checkbox', id, checked: !rejected, disabled: gone || relation.skipped,
        onchange: (e) => toggle(key, e.target.checked) }), ' ',
      h('label', { for: id }, `${names.get(relation.from)} — ${relation.type.replaceAll('_', ' ').toLowerCase()} → `
        + `${names.get(relation.to)}`),
      relation.evidence ? h('span', { class: 'detail' }, h('q', {}, relation.evidence.sentence)) : null);
  }));
}

function renderText() {
  const body = bodyOf(current.input.text);
  const marks = [];
  for (const entity of current.report.entities) {
    for (const m of [entity.evidence, ...entity.mentions].filter(Boolean)) {
      if (m.start >= 0 && m.end > m.start && m.end <= body.length) {
        marks.push({ start: m.start, end: m.end, entity });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const view = $('#article-view');
  clear(view);
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) {
      continue; // overlapping: the first, longest one wins
    }
    const rejected = current.rejected.has(mark.entity.ref);
    view.append(body.slice(at, mark.start), h('mark', {
      class: `${mark.entity.action}${rejected ? ' rejected' : ''}`,
      title: `${mark.entity.name} (${mark.entity.kind}, ${ACTION_WORDS[mark.entity.action]})`,
      dataset: { ref: mark.entity.ref },
    }, body.slice(mark.start, mark.end)));
    at = mark.end;
  }
  view.append(body.slice(at));
}

function toggle(item, keep) {
  if (keep) {
    current.rejected.delete(item);
  } else {
    current.rejected.add(item);
  }
  render();
  document.getElementById(`keep-${item.replaceAll(' ', '-')}`)?.focus();
}

function choose(ref, id) {
  if (id) {
    current.mergeInto.set(ref, id);
  } else {
    current.mergeInto.delete(ref);
  }
}

function discard() {
  current = null;
  $('#review-result').hidden = true;
  message($('#review-message'), 'Discarded: nothing was written.');
}

async function commit() {
  const status = $('#review-message');
  const known = new Set(current.report.entities.map((e) => e.ref));
  const relationKeys = new Set(current.report.relations.map((r) => `${r.from} ${r.type} ${r.to}`));
  // a relation of a rejected entity goes with it: name only what the API knows
  const exclude = [...current.rejected].filter((item) => known.has(item) || relationKeys.has(item));
  message(status, 'Committing…');
  $('#commit').disabled = true;
  let report = null;
  try {
    const auth = headers();
    report = (await gql('review-commit', INGEST, { input: { ...current.input, exclude } }, auth)).ingestArticle;
    const merged = [];
    for (const [ref, keep] of current.mergeInto) {
      const entity = report.entities.find((e) => e.ref === ref);
      if (entity?.id && entity.action === 'REVIEW' && !current.rejected.has(ref)) {
        await gql('review-merge', MERGE, { keep, merge: entity.id }, auth);
        merged.push(`${entity.name} into ${keep}`);
      }
    }
    markOverviewStale();
    const result = $('#review-result');
    result.hidden = true;
    clear(status);
    status.hidden = false;
    status.className = 'message';
    status.setAttribute('role', 'status');
    status.append(`Committed: ${report.outcome.toLowerCase()}, ${report.summary.newNodes} new and `
      + `${report.summary.matchedNodes} matched nodes, ${report.summary.relations} links`
      + (exclude.length ? `, ${exclude.length} ${exclude.length === 1 ? 'item' : 'items'} left out` : '')
      + (merged.length ? `; merged ${merged.join(', ')}` : '') + '. ',
    report.article ? h('a', { href: entityHref(report.article.id), id: 'committed-article' }, 'Open the article') : '',
    ' · ', h('a', { href: '#/', id: 'committed-map' }, 'See it on the map'));
    current = null;
  } catch (error) {
    message(status, report ? `The article was committed (${report.outcome.toLowerCase()}), but a merge failed: `
      + `${error.message}` : `${error.message} Nothing was written.`, 'error');
  } finally {
    $('#commit').disabled = false;
  }
}
