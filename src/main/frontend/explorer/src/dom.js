// Small helpers: building elements, formatting money, linking entities, highlighting names in sentences.

/** An element: h('a', {href: '#'}, 'text', child...). Attributes starting with "on" are listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

export function $(selector) {
  return document.querySelector(selector);
}

export function clear(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** CNY as people read it: 1.2 billion yuan, 800 million yuan. */
export function yuan(value) {
  const n = Number(value ?? 0);
  if (n >= 1e9) {
    return `¥${(n / 1e9).toLocaleString('en', { maximumFractionDigits: 2 })} bn`;
  }
  if (n >= 1e6) {
    return `¥${(n / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} m`;
  }
  return `¥${n.toLocaleString('en', { maximumFractionDigits: 0 })}`;
}

export function count(value, one, many = `${one}s`) {
  return `${Number(value).toLocaleString('en')} ${value === 1 ? one : many}`;
}

/** The kind of a node as a word: Project, Company, Province... */
export function kindOf(node) {
  if (!node) {
    return '';
  }
  if (node.__typename === 'Organization' && node.type) {
    return node.type.charAt(0) + node.type.slice(1).toLowerCase();
  }
  if (node.__typename === 'Place' && node.level) {
    return node.level.charAt(0) + node.level.slice(1).toLowerCase();
  }
  return node.__typename ?? '';
}

export function entityHref(id) {
  return `#/entity/${encodeURIComponent(id)}`;
}

/** A link to an entity's page, with its kind for screen readers and the eye. */
export function entityLink(node, { showKind = false } = {}) {
  if (!node) {
    return document.createTextNode('(unknown)');
  }
  const label = node.name ?? node.title ?? node.id;
  const link = h('a', { href: entityHref(node.id), class: 'entity-link', dataset: { id: node.id } }, label);
  return showKind && kindOf(node) ? h('span', {}, link, ' ', h('span', { class: 'kind' }, kindOf(node))) : link;
}

/** The sentence with every given name marked (longest first, any case). */
export function highlighted(sentence, names) {
  const wanted = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
  const paragraph = h('q', { class: 'sentence' });
  if (wanted.length === 0) {
    paragraph.append(sentence);
    return paragraph;
  }
  const pattern = new RegExp(wanted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    paragraph.append(sentence.slice(last, match.index), h('mark', {}, match[0]));
    last = match.index + match[0].length;
  }
  paragraph.append(sentence.slice(last));
  return paragraph;
}

/** Names an entity goes by: its name, aliases and Chinese name. */
export function namesOf(node) {
  return node ? [node.name, node.nameZh, ...(node.aliases ?? [])].filter(Boolean) : [];
}

/** A status line (role=status) or an alert (role=alert) in a view. */
export function message(element, text, kind = 'info') {
  element.hidden = !text;
  element.className = `message ${kind}`;
  element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  element.textContent = text ?? '';
}
