// GraphiQL for China Tech Graph: one tab per example operation in graphql/examples, served by the service.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { parse } from 'graphql';
import 'graphiql/style.css';
import './workers.js';

// The page is /graphiql/; the API and the examples are found relative to it, so a context path works too.
const endpoint = new URL('../graphql', document.baseURI).href;
const examplesUrl = new URL('examples', document.baseURI).href;

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(withOwnOperationName(params)),
  });
  return response.json();
}

// Run right after switching tabs, GraphiQL can still send the previous tab's operation name; the server then
// answers "Unknown operation". Send the name only when the document defines it (or the only one it defines).
function withOwnOperationName(params) {
  try {
    const names = parse(params.query)
      .definitions.filter((definition) => definition.kind === 'OperationDefinition')
      .map((definition) => definition.name?.value);
    if (params.operationName && !names.includes(params.operationName)) {
      return { ...params, operationName: names.length === 1 ? names[0] : undefined };
    }
  } catch {
    // not valid GraphQL: the server says what is wrong with it
  }
  return params;
}

// Tabs are kept per set of examples: when an example is added or changed, the page opens on the new set.
function storageFor(examples) {
  let hash = 0;
  for (const char of JSON.stringify(examples)) {
    hash = (Math.imul(31, hash) + char.charCodeAt(0)) | 0;
  }
  const prefix = `ctg-${(hash >>> 0).toString(36)}:`;
  const own = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => own().forEach((key) => localStorage.removeItem(key)),
    get length() {
      return own().length;
    },
  };
}

async function start() {
  const response = await fetch(examplesUrl, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`Cannot load the example operations: HTTP ${response.status}`);
  }
  const examples = await response.json();
  // ?query=... (the explorer's "open in GraphiQL") opens that query in a tab of its own, first when no tabs are kept
  const asked = new URLSearchParams(location.search).get('query') ?? undefined;
  const tabs = [...(asked ? [{ query: asked }] : []), ...examples.map((example) => ({ query: example.document }))];
  createRoot(document.getElementById('graphiql')).render(
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      initialQuery={asked}
      storage={storageFor(examples)}
      defaultEditorToolsVisibility={false}
    />,
  );
}

start().catch((error) => {
  console.error(error);
  document.getElementById('graphiql').textContent = error.message;
});
