// The explorer's only way to the graph: the public GraphQL API at /graphql. Every request is timed with the
// Performance API (a measure named "data:<view>"), and every failure becomes one plain sentence.
const endpoint = new URL('graphql', document.baseURI).href;

export class RequestError extends Error {
  constructor(message, classification) {
    super(message);
    this.classification = classification;
  }
}

let sequence = 0;

export async function gql(view, query, variables = {}, headers = {}) {
  const start = performance.now();
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new RequestError(`The service cannot be reached (${error.message}). Is it running?`, 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new RequestError(`The service answered HTTP ${response.status} without a GraphQL answer.`, 'HTTP');
  }
  performance.measure(`data:${view}`, { start, end: performance.now(), detail: { n: ++sequence } });
  if (body.errors?.length) {
    const first = body.errors[0];
    const classification = first.extensions?.classification ?? (response.ok ? 'ERROR' : 'HTTP');
    throw new RequestError(explain(classification, first.message), classification);
  }
  if (!response.ok) {
    throw new RequestError(`The service answered HTTP ${response.status}.`, 'HTTP');
  }
  return body.data;
}

function explain(classification, message) {
  switch (classification) {
    case 'UNAVAILABLE':
      return `The database is not reachable right now, so there is nothing to show. (${message})`;
    case 'UNAUTHORIZED':
      return `The service did not accept the credentials: ${message}`;
    case 'FORBIDDEN':
      return `These credentials may not do this: ${message}`;
    default:
      return message;
  }
}
