// Bundles GraphiQL, its editor workers and the third-party licences into the service's static resources.
// Run with the machine's Node: npm ci && npm run build (see docs/consoles.md).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licenceSections } from '../licences.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../resources/static/graphiql');
const modules = join(here, 'node_modules');

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await rm(join(out, 'assets'), { recursive: true, force: true });
await rm(join(out, 'workers'), { recursive: true, force: true });

const app = await build({
  ...common,
  metafile: true,
  entryPoints: { graphiql: join(here, 'src/main.jsx') },
  outdir: out,
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
  assetNames: 'assets/[name]-[hash]',
});

const workers = await build({
  ...common,
  metafile: true,
  entryPoints: {
    'editor.worker': join(modules, 'monaco-editor/esm/vs/editor/editor.worker.js'),
    'json.worker': join(modules, 'monaco-editor/esm/vs/language/json/json.worker.js'),
    'graphql.worker': join(modules, 'monaco-graphql/esm/graphql.worker.js'),
  },
  outdir: join(out, 'workers'),
  format: 'iife',
});

// Every package in the bundle has a permissive licence (MIT, Apache-2.0, BSD, 0BSD): keep each one's licence
// and notice texts beside the bundle. The packages are the ones esbuild actually read.
const sections = await licenceSections(here,
  [...Object.keys(app.metafile.inputs), ...Object.keys(workers.metafile.inputs)]);
await mkdir(out, { recursive: true });
await writeFile(join(out, 'THIRD-PARTY-LICENSES.txt'),
  `Third-party software bundled in graphiql.js, graphiql.css and workers/\n\n${sections}\n`);
console.log(`GraphiQL bundled into ${out}`);
