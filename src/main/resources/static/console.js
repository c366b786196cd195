// The landing page: asks the service how the graph is, and fills in the counts and addresses.
const api = new URL('graphql', document.baseURI).href;
document.getElementById('api-url').textContent = api;
document.getElementById('api-curl').textContent = api;

function show(status) {
  const section = document.getElementById('database');
  const state = document.getElementById('database-state');
  section.classList.remove('checking');
  document.getElementById('bolt').textContent = status.bolt;
  if (!status.up) {
    section.classList.add('down');
    state.textContent = `Neo4j is not reachable at ${status.bolt} right now, so there are no counts. ${status.problem}`;
    return;
  }
  section.classList.add('up');
  state.textContent = `Neo4j is up at ${status.bolt}.`;
  for (const cell of document.querySelectorAll('[data-count]')) {
    cell.textContent = status.counts[cell.dataset.count].toLocaleString('en');
  }
  document.getElementById('counts').hidden = false;
}

fetch('console/status', { headers: { Accept: 'application/json' } })
  .then((response) => {
    if (!response.ok) {
      throw new Error(`the service answered HTTP ${response.status}`);
    }
    return response.json();
  })
  .then(show)
  .catch((error) => {
    const section = document.getElementById('database');
    section.classList.remove('checking');
    section.classList.add('down');
    document.getElementById('database-state').textContent = `Cannot ask the service about the graph: ${error.message}`;
  });
