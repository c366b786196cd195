// Monaco runs its language services in web workers; each is bundled next to this script (see build.mjs).
const workers = {
  json: 'workers/json.worker.js',
  graphql: 'workers/graphql.worker.js',
};

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = workers[label] ?? 'workers/editor.worker.js';
    return new Worker(new URL(file, document.baseURI));
  },
};
